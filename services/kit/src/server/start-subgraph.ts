import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Request } from 'express';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '../context/internal-token';
import { RequestContext } from '../context/request-context';
import { AppError, KitErrorCode, toGraphQLError } from '../errors/app-error';
import { Logger } from '../logging/logger';
import { readRightPlugin } from './read-right-plugin';
import { inputCheckPlugin } from '../graphql/input-check-plugin';
import { DownloadHandler, mountDownloads } from './downloads';
import { InternalHandler, mountInternalEndpoints } from './internal-endpoints';
import { mountUploads, UploadHandler } from './uploads';
import { listenHttp } from '../http/http-listener';
import { mountHttpErrors } from '../http/http-errors';
import { graphqlBody } from '../http/json-body';
import { AuditDb } from '../audit/audit-event';
import { mountAuditFeed } from '../audit/audit-feed';
import { auditPlugin } from '../audit/audit-plugin';

export interface SubgraphServerOptions<L> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  tokenSecret: string;
  logger: Logger;
  /** Builds the request's DataLoaders; called once per request, never shared. */
  makeLoaders: (caller: RequestContext['caller']) => L;
  /** Files served at `GET /downloads/:name`, under the same token check as /graphql. */
  downloads?: Record<string, DownloadHandler<L>>;
  /** Files received at `POST /uploads/:kind` (streamed, capped per kind), under the same token check as /graphql. */
  uploads?: Record<string, UploadHandler<L, unknown>>;
  /** Platform-internal calls at `POST /internal/:name`, for SYSTEM callers only. */
  internal?: Record<string, InternalHandler<L>>;
  /** Where every mutation is logged (the service's `<schema>.audit_event`), also read at `GET /audit`. */
  audit?: { dataSource: AuditDb; schema: string };
  now?: () => number;
}

/** How long a subgraph keeps an idle connection from the gateway open. */
export const SUBGRAPH_KEEP_ALIVE_MS = 10 * 60_000;

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves one subgraph. Every request, `_service` and `_entities` included, must carry a valid internal
 * token from the gateway; the caller's scope inside it becomes the request context.
 */
export async function startSubgraphServer<L>(options: SubgraphServerOptions<L>): Promise<RunningServer> {
  const authenticate = (request: IncomingMessage) => authenticateRequest(request, options);
  const server = new ApolloServer<RequestContext<L>>({
    schema: options.schema,
    csrfPrevention: false,
    // The process owns its signals (service-main.ts); Apollo must not stop itself behind our back.
    stopOnTerminationSignals: false,
    // No cache hints are set anywhere: the cache-control plugin would only wrap every field's resolution for nothing.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      readRightPlugin(),
      inputCheckPlugin(),
      ...(options.audit ? [auditPlugin<L>({ ...options.audit, logger: options.logger })] : []),
    ],
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      const mapped = toGraphQLError(error, undefined);
      if (mapped.extensions.code === KitErrorCode.INTERNAL)
        options.logger.error('unexpected error', { error: String(error), stack: (error as Error)?.stack });
      return { ...formatted, message: mapped.message, extensions: { ...formatted.extensions, ...mapped.extensions } };
    },
  });
  await server.start();
  const requestIdOf = requestIds(options);
  const app = express();
  // A JSON body of at most 1 MB (json-body.ts), as at the gateway; anything else answers a coded JSON error.
  app.use(
    '/graphql',
    graphqlBody({
      requestIdOf,
      onRefusal: (refusal, requestId) => options.logger.warn('request refused', { requestId, code: refusal.code }),
    }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const context = authenticate(req);
        if (context instanceof AppError) {
          throw new GraphQLError(context.message, {
            extensions: { code: context.code, ...context.details, http: { status: 401 } },
          });
        }
        return context;
      },
    }),
  );
  if (options.downloads) mountDownloads(app, { handlers: options.downloads, authenticate, logger: options.logger });
  if (options.uploads)
    mountUploads(app, { handlers: options.uploads, authenticate, logger: options.logger, audit: options.audit });
  if (options.internal)
    mountInternalEndpoints(app, { handlers: options.internal, authenticate, logger: options.logger });
  if (options.audit) mountAuditFeed(app, { authenticate, ...options.audit, logger: options.logger });
  mountHttpErrors(app, { logger: options.logger, requestIdOf, graphqlPath: '/graphql' });
  // The gateway keeps its connections to a subgraph open without an idle limit of its own: with Node's 5 s, a
  // connection the subgraph closed just as the gateway sent a request on it failed that request (ECONNRESET).
  const listener = await listenHttp(app, options.port, options.host ?? '127.0.0.1', '/graphql', SUBGRAPH_KEEP_ALIVE_MS);
  const url = listener.url;
  options.logger.info(`${options.name} subgraph listening`, { url });
  return {
    url,
    // Stop taking requests, drop idle keep-alive connections (the gateway's), then stop Apollo.
    stop: async () => {
      await listener.close();
      await server.stop();
    },
  };
}

/** A request's id: the one its internal token carries (the gateway's, in every log line of the request), else a fresh one. */
function requestIds<L>(options: Pick<SubgraphServerOptions<L>, 'tokenSecret' | 'now'>): (req: Request) => string {
  const ids = new WeakMap<Request, string>();
  return (req) => {
    let id = ids.get(req);
    if (id === undefined) {
      const header = req.headers[INTERNAL_TOKEN_HEADER];
      const verified = verifyInternalToken(
        options.tokenSecret,
        Array.isArray(header) ? header[0] : header,
        (options.now ?? Date.now)(),
      );
      id = typeof verified === 'string' ? randomUUID() : verified.requestId;
      ids.set(req, id);
    }
    return id;
  };
}

/** The request's context from its internal token (the gateway's), or the UNAUTHENTICATED error refusing it. */
export function authenticateRequest<L>(
  request: IncomingMessage,
  options: Pick<SubgraphServerOptions<L>, 'tokenSecret' | 'logger' | 'makeLoaders' | 'now'>,
): RequestContext<L> | AppError {
  const header = request.headers[INTERNAL_TOKEN_HEADER];
  const token = Array.isArray(header) ? header[0] : header;
  const verified = verifyInternalToken(options.tokenSecret, token, (options.now ?? Date.now)());
  if (typeof verified === 'string') {
    return new AppError(KitErrorCode.UNAUTHENTICATED, '请求未经网关签发或令牌已失效，子服务拒绝直接访问', {
      reason: verified,
    });
  }
  return {
    caller: verified.caller,
    requestId: verified.requestId,
    token: token as string,
    logger: options.logger,
    loaders: options.makeLoaders(verified.caller),
  };
}
