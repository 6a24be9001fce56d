import { Application } from 'express';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo, Socket } from 'node:net';

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
export async function listenHttp(
  app: Application,
  port: number,
  host: string,
  path = '/graphql',
  keepAliveMs?: number,
): Promise<HttpListener> {
  const httpServer = createServer(app);
  httpServer.on('clientError', answerUnreadableRequest);
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

/**
 * A request Node could not even read as HTTP (a malformed request line, headers too large): answered, as
 * every other refusal, with a coded Chinese JSON error and an id, where Node would answer a bare status line.
 */
export function answerUnreadableRequest(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    error: {
      code: tooLarge ? 'REQUEST_HEADER_TOO_LARGE' : 'BAD_REQUEST',
      message: tooLarge ? '请求头过大，请精简请求头（如 Cookie、Authorization）' : '请求不符合 HTTP 格式，无法处理',
      requestId: randomUUID(),
    },
  });
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
