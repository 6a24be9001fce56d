import express, { Application, Request, Response } from 'express';
import { Role } from '../context/caller';
import { RequestContext } from '../context/request-context';
import { AppError, KitErrorCode } from '../errors/app-error';
import { Logger } from '../logging/logger';
import { Authenticate, sendError } from './downloads';

/** Answers one platform-internal call (JSON in, JSON out). Throws AppError to refuse. */
export type InternalHandler<L = unknown> = (body: unknown, context: RequestContext<L>) => Promise<unknown>;

/**
 * Calls only the platform itself makes (the gateway checking an API key, for one): registered in a service's
 * `wire` map under this class, served at `POST /internal/:name`, and refused to anyone but a SYSTEM caller.
 * The gateway never forwards public requests here.
 */
export class InternalEndpoints<L = unknown> {
  constructor(readonly handlers: Record<string, InternalHandler<L>>) {}
}

export function mountInternalEndpoints<L>(
  app: Application,
  options: { handlers: Record<string, InternalHandler<L>>; authenticate: Authenticate<L>; logger: Logger },
): void {
  app.post(
    '/internal/:name',
    express.json({ limit: '64kb' }),
    async (req: Request<{ name: string }>, res: Response) => {
      const context = options.authenticate(req);
      if (context instanceof AppError) return void sendError(res, context, undefined, options.logger);
      const handler = Object.hasOwn(options.handlers, req.params.name) ? options.handlers[req.params.name] : undefined;
      if (context.caller.role !== Role.SYSTEM || !handler) {
        return void sendError(
          res,
          new AppError(KitErrorCode.NOT_FOUND, '没有这个内部接口', { name: req.params.name }),
          context.requestId,
          options.logger,
        );
      }
      try {
        res
          .status(200)
          .set('Cache-Control', 'no-store')
          .json(await handler(req.body ?? {}, context));
      } catch (error) {
        sendError(res, error, context.requestId, options.logger);
      }
    },
  );
}
