import { Application } from 'express';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface HttpListener {
  /** Where GraphQL answers, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Stop taking connections and drop idle keep-alive ones; resolves when the last one is gone. */
  close(): Promise<void>;
}

/**
 * Serves an express app on host:port (0: any free port) and says where it answers. `keepAliveMs`: how long an
 * idle kept-alive connection stays open (Node's default is 5 s).
 */
export async function listenHttp(app: Application, port: number, host: string, path = '/graphql', keepAliveMs?: number): Promise<HttpListener> {
  const httpServer = createServer(app);
  if (keepAliveMs !== undefined) httpServer.keepAliveTimeout = keepAliveMs;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${(httpServer.address() as AddressInfo).port}${path}`,
    close: () => {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      return closed;
    },
  };
}
