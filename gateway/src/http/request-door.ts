import { Application, Request, RequestHandler, Response } from 'express';
import { graphqlBody, Logger, mountHttpErrors } from '@jifen/kit';
import { randomUUID } from 'node:crypto';

/**
 * What both gateways (Apollo's in server.ts, Hive's in hive/hive-gateway.ts) do with a request before and
 * after GraphQL: give it its id, read its body within 1 MB before anyone is identified
 * (kit's json-body.ts), and answer every address, method or failure nothing else answered with a coded
 * Chinese JSON error (kit's http-errors.ts).
 */

export const GRAPHQL_PATH = '/graphql';

/** Every request's correlation id, made first: the body's refusal, the caller's, GraphQL's errors and the subgraphs' logs all carry it. */
export const assignRequestId: RequestHandler = (_req, res, next) => {
  res.locals.requestId = randomUUID();
  next();
};

/** The request's id (assignRequestId's; one is made if it did not run). */
export function requestIdOf(req: Request, res: Response | undefined = req.res): string {
  const locals = res?.locals ?? {};
  if (typeof locals.requestId !== 'string') locals.requestId = randomUUID();
  return locals.requestId as string;
}

/** The /graphql body: JSON of at most 1 MB, every refusal logged with the request id. */
export function gatewayGraphqlBody(logger: Logger): RequestHandler {
  return graphqlBody({
    requestIdOf: (req) => requestIdOf(req),
    onRefusal: (refusal, requestId) =>
      logger.warn('request refused', { requestId, code: refusal.code, ...refusal.details }),
  });
}

/** JSON 404 for any other address and JSON for any error: mount after every route. */
export function mountGatewayHttpErrors(app: Application, logger: Logger): void {
  mountHttpErrors(app, {
    logger,
    requestIdOf: (req) => requestIdOf(req),
    graphqlPath: GRAPHQL_PATH,
    notFoundHint:
      'GraphQL 接口在 /graphql，文件下载在 /downloads/<服务>/<文件名>，上传在 /uploads/<evidence 或 import>',
  });
}
