import { Application, Request, Response } from 'express';
import { IncomingMessage } from 'node:http';
import { auditDetail } from '../audit/audit-detail';
import { actorOf, AUDIT_OK, AuditDb, AuditKind, insertAuditRows } from '../audit/audit-event';
import { RequestContext } from '../context/request-context';
import { AppError, KitErrorCode, toGraphQLError } from '../errors/app-error';
import { discardRest, fileTooLarge, readBody, UploadErrorCode, uploadStatusOf } from '../http/file-bodies';
import { Logger } from '../logging/logger';
import { Authenticate, singleValues } from './downloads';

/** What the request says about the file besides its bytes. */
export interface UploadRequest {
  /** The query string's parameters (first value of each), e.g. organizationId, fileName (percent-encoded in the URL). */
  query: Record<string, string>;
  /** The Content-Type header without parameters, lower case; '' when none was sent. */
  contentType: string;
}

/**
 * One kind of file (`POST /uploads/<kind>`): `prepare` checks the caller's rights and the parameters before a
 * byte of the body is read; the body is then read with `maxBytes` counted as it streams in; `store` checks the
 * bytes (their type) and keeps them, answering the JSON the caller gets. Both throw AppError to refuse.
 */
export interface UploadHandler<L = unknown, P = unknown> {
  maxBytes: number;
  prepare(request: UploadRequest, context: RequestContext<L>): Promise<P>;
  store(body: Buffer, prepared: P, context: RequestContext<L>): Promise<unknown>;
}

/** Registered in a service's `wire` map under this class, like Downloads. */
export class Uploads<L = unknown> {
  constructor(readonly handlers: Record<string, UploadHandler<L, unknown>>) {}
}

export interface UploadsOptions<L> {
  handlers: Record<string, UploadHandler<L, unknown>>;
  /** The same check /graphql makes (start-subgraph.ts). */
  authenticate: Authenticate<L>;
  logger: Logger;
  /** Where each upload is recorded (kind WRITE, operation `upload:<kind>`). */
  audit?: { dataSource: AuditDb; schema: string };
  /** Bodies held in memory at once (each up to its kind's limit); one more is answered 503 UPLOADS_BUSY. Default 4. */
  maxConcurrent?: number;
}

/** Mounts `POST /uploads/:kind`: the internal token checked as for /graphql, the body capped while it streams in. */
export function mountUploads<L>(app: Application, options: UploadsOptions<L>): void {
  const maxConcurrent = options.maxConcurrent ?? 4;
  let inFlight = 0;
  app.post('/uploads/:kind', async (req: Request<{ kind: string }>, res: Response) => {
    const context = options.authenticate(req);
    if (context instanceof AppError) return void answerError(req, res, context, undefined, options.logger);
    const kind = req.params.kind;
    const handler = Object.hasOwn(options.handlers, kind) ? options.handlers[kind] : undefined;
    if (!handler)
      return void answerError(
        req,
        res,
        new AppError(KitErrorCode.NOT_FOUND, `没有名为“${kind}”的上传`, { kind }),
        context.requestId,
        options.logger,
      );
    const query = singleValues(req.originalUrl);
    const record = (outcome: string, extra: Record<string, unknown> = {}) =>
      options.audit
        ? insertAuditRows(options.audit.dataSource, options.audit.schema, [
            {
              ...actorOf(context.caller),
              requestId: context.requestId,
              kind: AuditKind.WRITE,
              operation: `upload:${kind}`,
              detail: auditDetail({ ...query, ...extra }),
              outcome,
            },
          ]).catch((error) =>
            options.logger.error('audit: upload not recorded', { requestId: context.requestId, error: String(error) }),
          )
        : Promise.resolve();
    if (inFlight >= maxConcurrent) {
      res.set('Retry-After', '5');
      return void answerError(
        req,
        res,
        new AppError(UploadErrorCode.UPLOADS_BUSY, '正在处理的上传较多，请稍后重试'),
        context.requestId,
        options.logger,
      );
    }
    inFlight++;
    try {
      const declared = Number(req.headers['content-length'] ?? NaN);
      if (declared > handler.maxBytes) throw fileTooLarge(handler.maxBytes);
      const prepared = await handler.prepare({ query, contentType: contentTypeOf(req) }, context);
      const body = await readBody(req, handler.maxBytes);
      const answer = await handler.store(body, prepared, context);
      await record(AUDIT_OK, { size: body.length });
      res.status(201).set('Cache-Control', 'no-store').json(answer);
    } catch (error) {
      await record(error instanceof AppError ? error.code : KitErrorCode.INTERNAL);
      answerError(req, res, error, context.requestId, options.logger);
    } finally {
      inFlight--;
    }
  });
}

function contentTypeOf(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/** `{ error: { code, message, requestId, ...details } }` with the code's status; anything but an AppError is logged and masked. */
function answerError(
  req: IncomingMessage,
  res: Response,
  error: unknown,
  requestId: string | undefined,
  logger: Logger,
): void {
  let mapped = toGraphQLError(error, requestId);
  if (mapped.extensions.code === KitErrorCode.INTERNAL) {
    logger.error('upload failed', { error: String(error), stack: (error as Error)?.stack, requestId });
    mapped = toGraphQLError(null, requestId);
  }
  discardRest(req);
  if (res.headersSent || res.destroyed || req.socket.destroyed) return;
  const { code, ...details } = mapped.extensions as { code: string } & Record<string, unknown>;
  res
    .status(uploadStatusOf(code))
    .set('Cache-Control', 'no-store')
    .json({ error: { code, message: mapped.message, ...details } });
}
