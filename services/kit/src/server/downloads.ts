import { Application, Request, Response } from 'express';
import { IncomingMessage } from 'node:http';
import { RequestContext } from '../context/request-context';
import { AppError, KitErrorCode, toGraphQLError } from '../errors/app-error';
import { Logger } from '../logging/logger';

/** One file to send: its name as a person sees it, its type and its bytes. */
export interface Download {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** Serves one kind of file; `query` is the request's query string (single values). Throws AppError for bad input / not found. */
export type DownloadHandler<L = unknown> = (
  query: Record<string, string>,
  context: RequestContext<L>,
) => Promise<Download>;

/** Registered in a service's `wire` map under this class, so handlers share the resolvers' service instances. */
export class Downloads<L = unknown> {
  constructor(readonly handlers: Record<string, DownloadHandler<L>>) {}
}

/** The request's context from its internal token, or the AppError (UNAUTHENTICATED) that refuses it. */
export type Authenticate<L> = (request: IncomingMessage) => RequestContext<L> | AppError;

export interface DownloadsOptions<L> {
  handlers: Record<string, DownloadHandler<L>>;
  /** The same check /graphql makes (start-subgraph.ts). */
  authenticate: Authenticate<L>;
  logger: Logger;
}

/** Mounts `GET /downloads/:name`: the internal token is checked as for /graphql, then the named handler answers. */
export function mountDownloads<L>(app: Application, options: DownloadsOptions<L>): void {
  app.get('/downloads/:name', async (req: Request<{ name: string }>, res: Response) => {
    const context = options.authenticate(req);
    if (context instanceof AppError) return void sendError(res, context, undefined, options.logger);
    const handler = Object.hasOwn(options.handlers, req.params.name) ? options.handlers[req.params.name] : undefined;
    if (!handler) {
      return void sendError(
        res,
        new AppError(KitErrorCode.NOT_FOUND, `没有名为“${req.params.name}”的下载`, { name: req.params.name }),
        context.requestId,
        options.logger,
      );
    }
    try {
      sendFile(res, await handler(singleValues(req.originalUrl), context));
    } catch (error) {
      sendError(res, error, context.requestId, options.logger);
    }
  });
}

/** The query string's parameters, the first value of each. */
export function singleValues(url: string): Record<string, string> {
  const at = url.indexOf('?');
  const query: Record<string, string> = {};
  if (at < 0) return query;
  for (const [key, value] of new URLSearchParams(url.slice(at + 1))) if (!Object.hasOwn(query, key)) query[key] = value;
  return query;
}

function sendFile(res: Response, download: Download): void {
  res.status(200).set({
    'Content-Type': download.contentType,
    'Content-Length': String(download.body.length),
    'Content-Disposition': contentDisposition(download.fileName),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(download.body);
}

/** `attachment` with an ASCII name for old clients and the real (Chinese) one in UTF-8 (RFC 6266 / RFC 5987). */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

function asciiFallback(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  const clean = (text: string) => text.replace(/[^\x20-\x7e]+|["\\%]/g, '_').replace(/_{2,}/g, '_');
  const asciiStem = clean(stem).replace(/^[_\s]+|[_\s]+$/g, '');
  return `${/[A-Za-z0-9]/.test(asciiStem) ? asciiStem : 'download'}${clean(extension)}`;
}

function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An AppError as `{ error: { code, message, ...details } }` with its HTTP status; anything else as the kit's generic internal error, logged. */
export function sendError(
  res: Response,
  error: unknown,
  requestId: string | undefined,
  logger: Logger,
  what = 'download failed',
): void {
  let mapped = toGraphQLError(error, requestId);
  if (mapped.extensions.code === KitErrorCode.INTERNAL) {
    logger.error(what, { error: String(error), stack: (error as Error)?.stack, requestId });
    // Not even an INTERNAL AppError's details leave the service: only the generic message and the request id.
    mapped = toGraphQLError(null, requestId);
  }
  const { code, ...details } = mapped.extensions as { code: string } & Record<string, unknown>;
  res
    .status(statusOf(code))
    .set('Cache-Control', 'no-store')
    .json({ error: { code, message: mapped.message, ...details } });
}

function statusOf(code: string): number {
  if (code === KitErrorCode.UNAUTHENTICATED) return 401;
  if (code === 'FORBIDDEN') return 403;
  if (code === KitErrorCode.NOT_FOUND || code.endsWith('_NOT_FOUND')) return 404;
  if (code === KitErrorCode.INTERNAL) return 500;
  return 400;
}
