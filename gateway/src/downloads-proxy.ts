import { Application, Request, Response } from 'express';
import { INTERNAL_TOKEN_HEADER, KitErrorCode, mintInternalToken, PeerUrls, Role, SERVICE_LABELS } from '@jifen/kit';
import { AuthProblem } from './caller';
import { formatGatewayError } from './format-error';
import { FileProxyOptions, sendFileError } from './file-proxy';
import { requestIdOf } from './http/request-door';

/** What the download route is given (file-proxy.ts). */
export type DownloadsProxyOptions = FileProxyOptions;

/** What a download answer carries back from the subgraph to the client. */
const passedHeaders = ['content-type', 'content-disposition', 'cache-control'];

/**
 * Mounts `GET /downloads/:service/:name`: the caller is resolved as for GraphQL, and the subgraph is asked with
 * the same short-lived internal token, so its scope rules decide; its answer (a file or a JSON error) passes through.
 */
export function mountDownloadsProxy(app: Application, options: DownloadsProxyOptions): void {
  const now = options.now ?? Date.now;
  app.get('/downloads/:service/:name', async (req: Request<{ service: string; name: string }>, res: Response) => {
    const service = req.params.service as keyof PeerUrls;
    const requestId = requestIdOf(req, res);
    if (!Object.hasOwn(SERVICE_LABELS, service) || !options.urls[service]) {
      return void sendFileError(
        res,
        404,
        KitErrorCode.NOT_FOUND,
        `没有名为“${req.params.service}”的服务可供下载`,
        requestId,
      );
    }
    try {
      const caller = await options.callers.resolve(req, { cookieNeedsCsrfHeader: false });
      if (caller instanceof AuthProblem)
        return void sendFileError(res, caller.status, caller.code, caller.message, requestId);
      if (caller.role === Role.ANONYMOUS)
        return void sendFileError(
          res,
          401,
          'UNAUTHENTICATED',
          '请先登录，再以 Authorization: Bearer <token> 下载文件',
          requestId,
        );
      const token = mintInternalToken(options.tokenSecret, caller, requestId, now());
      const url = downloadUrl(options.urls[service], req.params.name, req.originalUrl);
      let answer: globalThis.Response;
      let body: Buffer;
      try {
        answer = await fetch(url, {
          headers: { [INTERNAL_TOKEN_HEADER]: token },
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
        });
        body = Buffer.from(await answer.arrayBuffer());
      } catch (error) {
        options.logger.warn('download: subgraph unreachable', {
          subgraph: service,
          url,
          error: String(error),
          requestId,
        });
        return void sendFileError(
          res,
          502,
          'SUBGRAPH_UNAVAILABLE',
          `${SERVICE_LABELS[service]}服务暂时不可用，请稍后重试`,
          requestId,
          { service },
        );
      }
      res.status(answer.status);
      for (const name of passedHeaders) {
        const value = answer.headers.get(name);
        if (value !== null) res.set(name, value);
      }
      res.set('Content-Length', String(body.length)).end(body);
    } catch (error) {
      options.logger.error('download failed', {
        subgraph: service,
        error: String(error),
        stack: (error as Error)?.stack,
        requestId,
      });
      const masked = formatGatewayError({ message: String(error) });
      sendFileError(res, 500, KitErrorCode.INTERNAL, masked.message, requestId);
    }
  });
  app.all('/downloads/:service/:name', (req, res) => {
    res.set('Allow', 'GET, HEAD');
    sendFileError(
      res,
      405,
      'METHOD_NOT_ALLOWED',
      `文件下载只接受 GET 请求，不接受 ${req.method}`,
      requestIdOf(req, res),
      { method: req.method },
    );
  });
}

/** `…/graphql` → `…/downloads/<name>?<the request's own query string>`. */
export function downloadUrl(subgraphUrl: string, name: string, originalUrl: string): string {
  const url = new URL(subgraphUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/downloads/${encodeURIComponent(name)}`;
  const at = originalUrl.indexOf('?');
  url.search = at < 0 ? '' : originalUrl.slice(at);
  url.hash = '';
  return url.toString();
}
