import { Application, ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { Logger } from '../logging/logger';
import { RequestErrorCode, RequestRefusal } from './json-body';

/**
 * The last two handlers of every express app of the platform (the gateway and each service): whatever
 * reaches them answers JSON with a stable code, a Chinese message and the request id, never Express's HTML
 * page, a stack or a path, in development as in production.
 *
 * GraphQL addresses answer `{ errors: [{ message, extensions: { code, requestId } }] }`, the others (downloads,
 * unknown addresses) `{ error: { code, message, requestId } }`, as the downloads do.
 */
export interface HttpErrorOptions {
  logger: Logger;
  /** The request's id, as its log lines carry it. */
  requestIdOf: (req: Request) => string;
  /** Where GraphQL answers (e.g. `/graphql`): errors there take GraphQL's shape. */
  graphqlPath: string;
  /** What the 404 says besides "no such address" (where things are). */
  notFoundHint?: string;
}

const internalMessage = '服务内部错误，请稍后重试；如持续出现请把请求编号告知管理员';

function send(
  res: Response,
  req: Request,
  options: HttpErrorOptions,
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): void {
  const requestId = options.requestIdOf(req);
  if (!req.complete) res.set('Connection', 'close');
  res.status(status).set('Cache-Control', 'no-store');
  if (req.path === options.graphqlPath)
    res.json({ errors: [{ message, extensions: { code, ...details, requestId } }] });
  else res.json({ error: { code, message, ...details, requestId } });
}

/** Any address no route answered: 404 NOT_FOUND. */
export function jsonNotFound(options: HttpErrorOptions): RequestHandler {
  return (req, res) => {
    const hint = options.notFoundHint ? `；${options.notFoundHint}` : '';
    send(res, req, options, 404, RequestErrorCode.NOT_FOUND, `没有这个地址${hint}`, { method: req.method });
  };
}

/** A known address asked with a method it does not take: 405 METHOD_NOT_ALLOWED, with `Allow`. */
export function methodNotAllowed(allowed: readonly string[], options: HttpErrorOptions): RequestHandler {
  return (req, res) => {
    res.set('Allow', allowed.join(', '));
    send(
      res,
      req,
      options,
      405,
      RequestErrorCode.METHOD_NOT_ALLOWED,
      `此地址只接受 ${allowed.join('、')} 请求，不接受 ${req.method}`,
      { method: req.method },
    );
  };
}

/**
 * Errors a handler or a middleware passed on: a refusal as it is; an error express's own parts raise about the
 * request (a status in the 400s: an undecodable path, say) as BAD_REQUEST; anything else INTERNAL, logged
 * with its stack under the request id.
 */
export function jsonErrorHandler(options: HttpErrorOptions): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (res.headersSent) return void res.destroy();
    if (error instanceof RequestRefusal)
      return send(res, req, options, error.status, error.code, error.message, error.details);
    const status =
      (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      options.logger.warn('request refused', { requestId: options.requestIdOf(req), status, error: String(error) });
      return send(
        res,
        req,
        options,
        status === 413 ? 413 : 400,
        status === 413 ? RequestErrorCode.REQUEST_TOO_LARGE : RequestErrorCode.BAD_REQUEST,
        '请求格式有误，无法处理',
      );
    }
    options.logger.error('unexpected error', {
      requestId: options.requestIdOf(req),
      error: String(error),
      stack: (error as Error)?.stack,
    });
    send(res, req, options, 500, 'INTERNAL', internalMessage);
  };
}

/** Mounts both at the end of `app`: call after every route. */
export function mountHttpErrors(app: Application, options: HttpErrorOptions): void {
  app.use(jsonNotFound(options));
  app.use(jsonErrorHandler(options));
}
