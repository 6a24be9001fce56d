import { Application, Request, Response } from 'express';
import { ClientRequest, IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  discardRest,
  fileTooLarge,
  INTERNAL_TOKEN_HEADER,
  KitErrorCode,
  mintInternalToken,
  PeerUrls,
  Role,
  SERVICE_LABELS,
} from '@jifen/kit';
import { AuthProblem } from './caller';
import { FileProxyOptions, sendFileError } from './file-proxy';
import { requestIdOf } from './http/request-door';

/** What the upload route is given (file-proxy.ts). */
export type UploadsProxyOptions = FileProxyOptions;

const MB = 1024 * 1024;

/**
 * The kinds of file the platform receives, the service that keeps each and its size limit (the service counts
 * the same limit again as the body reaches it): evidence photos and scans, and import files (a 1,000-row sheet is
 * about 100 KB).
 */
const UPLOAD_KINDS: Record<string, { service: keyof PeerUrls; maxBytes: number }> = {
  evidence: { service: 'ledger', maxBytes: 10 * MB },
  import: { service: 'ledger', maxBytes: 5 * MB },
};

/** The most of a service's answer passed back (it is a small JSON object). */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * Mounts `POST /uploads/:kind` (the file as the body, its type as Content-Type, `organizationId` and `fileName`
 * as query parameters): the caller is resolved first, as for GraphQL (anonymous: 401, nothing read); then the
 * body streams to the service with a short-lived internal token naming the caller, counted as it passes, and
 * refused with 413 the moment it exceeds the kind's limit (the service sees an interrupted upload and keeps
 * nothing). The service's JSON answer passes through with its status.
 */
export function mountUploadsProxy(app: Application, options: UploadsProxyOptions): void {
  const now = options.now ?? Date.now;
  app.post('/uploads/:kind', async (req: Request<{ kind: string }>, res: Response) => {
    const requestId = requestIdOf(req, res);
    const kind = Object.hasOwn(UPLOAD_KINDS, req.params.kind) ? UPLOAD_KINDS[req.params.kind] : undefined;
    try {
      if (!kind || !options.urls[kind.service]) {
        return void refuse(
          req,
          res,
          404,
          KitErrorCode.NOT_FOUND,
          `没有名为“${req.params.kind}”的上传，可用：${Object.keys(UPLOAD_KINDS).join('、')}`,
          requestId,
        );
      }
      const caller = await options.callers.resolve(req);
      if (caller instanceof AuthProblem)
        return void refuse(req, res, caller.status, caller.code, caller.message, requestId);
      if (caller.role === Role.ANONYMOUS)
        return void refuse(
          req,
          res,
          401,
          KitErrorCode.UNAUTHENTICATED,
          '请先登录，再以 Authorization: Bearer <token> 上传文件',
          requestId,
        );
      if (Number(req.headers['content-length'] ?? NaN) > kind.maxBytes) {
        const error = fileTooLarge(kind.maxBytes);
        return void refuse(req, res, 413, error.code, error.message, requestId);
      }
      const token = mintInternalToken(options.tokenSecret, caller, requestId, now());
      forward(
        req,
        res,
        uploadUrl(options.urls[kind.service], req.params.kind, req.originalUrl),
        token,
        kind,
        requestId,
        options,
      );
    } catch (error) {
      options.logger.error('upload failed', { error: String(error), stack: (error as Error)?.stack, requestId });
      refuse(
        req,
        res,
        500,
        KitErrorCode.INTERNAL,
        '服务内部错误，请稍后重试；如持续出现请把请求编号告知管理员',
        requestId,
      );
    }
  });
}

/** Streams the body to the service, counting it; answers once: the service's answer, 413, or 502/504. */
function forward(
  req: Request,
  res: Response,
  url: URL,
  token: string,
  kind: { service: keyof PeerUrls; maxBytes: number },
  requestId: string,
  options: UploadsProxyOptions,
): void {
  const headers: Record<string, string> = {
    [INTERNAL_TOKEN_HEADER]: token,
    'content-type': req.headers['content-type'] ?? '',
  };
  if (req.headers['content-length'] !== undefined) headers['content-length'] = req.headers['content-length'];
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream: ClientRequest = send(url, { method: 'POST', headers, timeout: options.timeoutMs ?? 60_000 });
  let settled = false;
  let sent = 0;
  const settle = (answer: () => void) => {
    if (settled) return;
    settled = true;
    req.off('data', onData).off('end', onEnd);
    upstream.destroy();
    answer();
  };
  const unavailable = (status: number, why: string) => () => {
    options.logger.warn('upload: subgraph unreachable', { subgraph: kind.service, why, requestId });
    refuse(
      req,
      res,
      status,
      'SUBGRAPH_UNAVAILABLE',
      `${SERVICE_LABELS[kind.service]}服务暂时无法接收文件，请稍后重试`,
      requestId,
    );
  };
  const onData = (chunk: Buffer) => {
    sent += chunk.length;
    if (sent > kind.maxBytes) {
      const error = fileTooLarge(kind.maxBytes);
      return settle(() => refuse(req, res, 413, error.code, error.message, requestId));
    }
    if (!upstream.write(chunk)) {
      req.pause();
      upstream.once('drain', () => req.resume());
    }
  };
  const onEnd = () => upstream.end();
  upstream.on('response', (answer: IncomingMessage) => {
    const chunks: Buffer[] = [];
    let size = 0;
    answer.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_ANSWER_BYTES) chunks.push(chunk);
    });
    answer.on('end', () =>
      settle(() => {
        discardRest(req);
        if (res.headersSent) return;
        const body = Buffer.concat(chunks);
        res
          .status(answer.statusCode ?? 502)
          .set({
            'Content-Type': answer.headers['content-type'] ?? 'application/json; charset=utf-8',
            'Cache-Control': 'no-store',
          })
          .end(body);
      }),
    );
    answer.on('error', () => settle(unavailable(502, 'answer cut')));
  });
  upstream.on('timeout', () => settle(unavailable(504, 'timeout')));
  upstream.on('error', (error) => settle(unavailable(502, String(error))));
  // A client that goes away mid-upload: the service sees the upload interrupted and keeps nothing.
  req.on('close', () => {
    if (!req.complete) settle(() => undefined);
  });
  req.on('data', onData).on('end', onEnd);
}

/** `…/graphql` → `…/uploads/<kind>?<the request's own query string>`. */
export function uploadUrl(subgraphUrl: string, kind: string, originalUrl: string): URL {
  const url = new URL(subgraphUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/uploads/${encodeURIComponent(kind)}`;
  const at = originalUrl.indexOf('?');
  url.search = at < 0 ? '' : originalUrl.slice(at);
  url.hash = '';
  return url;
}

/** A JSON error, after which what the client still sends is read and dropped (so it sees this answer, not a reset). */
function refuse(
  req: IncomingMessage,
  res: Response,
  status: number,
  code: string,
  message: string,
  requestId: string,
): void {
  discardRest(req);
  if (res.headersSent || res.destroyed) return;
  sendFileError(res, status, code, message, requestId);
}
