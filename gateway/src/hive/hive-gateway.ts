import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { anonymousCaller, listenHttp } from '@jifen/kit';
import express from 'express';
import { GraphQLError, parse, print } from 'graphql';
import { AuthProblem, CallerResolver, mayBeSetAside } from '../caller';
import { GatewayContext } from '../gateway-context';
import { errorReporting } from '../hardening/error-reporting';
import type { GatewayOptions, RunningGateway } from '../server';
import { errorPlugin } from './error-plugin';
import { hardeningPlugin } from './hardening-plugin';
import { hiveLogger } from './hive-logger';
import { internalTokenPlugin } from './internal-token-plugin';
import { signInPlugin } from './sign-in-plugin';
import { subgraphCallEndPlugin } from './subgraph-call-end';
import { clientAddress, LoginThrottle } from '../login-throttle';
import { SignInGate } from '../sign-in-gate';
import { subgraphLocations } from './subgraph-locations';
import { subgraphTimeouts, timeoutFor } from '../subgraph-timeouts';
import { mountBrowserSessions, Operation, OperationAnswer, RunOperation } from '../browser-session/auth-routes';
import { defaultWebDir, mountWebApp } from '../http/web-app';
import {
  assignRequestId,
  gatewayGraphqlBody,
  GRAPHQL_PATH,
  mountGatewayHttpErrors,
  requestIdOf,
} from '../http/request-door';

/** Apollo's CSRF rule: a GET or a "simple" POST must carry one of these headers. */
const CSRF_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * The same public API as `startGateway` (server.ts), served by Hive Gateway instead of Apollo Gateway:
 * POST (and GET) /graphql over the committed supergraph, the same sign-in, guard, limits and errors.
 * The web app at `/` and the browser's sign-in at /auth/* as well; no IDE page and no /downloads/: files stay on the
 * Apollo gateway's express server.
 */
export async function startHiveGateway(options: GatewayOptions): Promise<RunningGateway> {
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const supergraph = parse(options.supergraphSdl, { noLocation: true });
  const callers = new CallerResolver({ tokenSecret: options.tokenSecret, urls: options.urls, logger: options.logger });
  const signIn = new SignInGate(new LoginThrottle(), callers.endedSessions);
  const reporting = errorReporting({ production, logger: options.logger });
  const timeouts = subgraphTimeouts(options.timeouts);
  const runtime = createGatewayRuntime<GatewayContext>({
    supergraph,
    transports: { http: httpTransport },
    transportEntries: subgraphLocations(supergraph, options.urls),
    graphqlEndpoint: GRAPHQL_PATH,
    logging: hiveLogger(options.logger),
    landingPage: false,
    graphiql: false,
    // Same-origin only, as the Apollo gateway (no CORS headers).
    cors: false,
    csrfPrevention: { requestHeaders: CSRF_HEADERS },
    // Every subgraph request has a deadline (subgraph-timeouts.ts); past it Hive answers GATEWAY_TIMEOUT for
    // that subgraph's part only, which request-errors.ts names as SUBGRAPH_UNAVAILABLE.
    upstreamTimeout: ({ executionRequest }) => timeoutFor(timeouts, executionRequest?.operationType),
    // Correlation ids are the platform's (in the internal token and every error), not Hive's x-request-id.
    requestId: false,
    // error-plugin.ts masks with formatGatewayError, after logging the original.
    maskedErrors: false,
    // A subgraph's error keeps its own code; one without a code is masked (no DOWNSTREAM_SERVICE_ERROR).
    subgraphErrors: { errorCode: false },
    // The error plugin first: it notes the operation name before the hardening plugin may stop execution.
    plugins: () => [
      internalTokenPlugin(options.tokenSecret),
      errorPlugin(reporting),
      hardeningPlugin({ production }),
      signInPlugin(signIn),
      subgraphCallEndPlugin(),
    ],
  });

  const app = express();
  app.use(assignRequestId);
  mountBrowserSessions(app, {
    run: runThroughHive(runtime),
    logger: options.logger,
    trustProxy: options.trustProxy ?? false,
    secureCookies: options.secureCookies,
  });
  app.use(
    GRAPHQL_PATH,
    // At most 1 MB of JSON, refused as it streams in, before anyone is identified (http/request-door.ts).
    gatewayGraphqlBody(options.logger),
    async (req, res) => {
      const requestId = requestIdOf(req, res);
      const caller = await callers.resolve(req);
      const address = clientAddress(req, options.trustProxy ?? false);
      if (caller instanceof AuthProblem && !mayBeSetAside(caller)) {
        const error = new GraphQLError(caller.message, {
          extensions: { code: caller.code, ...caller.details, requestId },
        });
        res.status(caller.status).json({ errors: [reporting.formatError(error.toJSON(), error)] });
        return;
      }
      const context = caller instanceof AuthProblem ? { caller: anonymousCaller, setAside: caller } : { caller };
      await runtime.handle(req, res, { ...context, requestId, clientAddress: address });
    },
  );

  mountWebApp(app, options.webDir ?? defaultWebDir);
  mountGatewayHttpErrors(app, options.logger);

  const listener = await listenHttp(app, options.port, options.host, GRAPHQL_PATH);
  const url = listener.url;
  options.logger.info('hive gateway listening', { url });
  return {
    url,
    stop: async () => {
      callers.stop();
      await listener.close();
      await runtime.dispose();
    },
  };
}

/** The browser's sign-in routes run their operation through Hive's runtime, as a request to /graphql would. */
function runThroughHive(runtime: {
  fetch: (url: string, init: RequestInit, context: GatewayContext) => Promise<Response> | Response;
}): RunOperation {
  return async <R, V extends Record<string, unknown>>(operation: Operation<R, V>, context: GatewayContext) => {
    const response = await runtime.fetch(
      `http://gateway.internal${GRAPHQL_PATH}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: print(operation.query), variables: operation.variables }),
      },
      context,
    );
    const body = (await response.json().catch(() => ({}))) as OperationAnswer<R>;
    const retryAfter = response.headers.get('retry-after');
    const headers: Record<string, string> = retryAfter ? { 'retry-after': retryAfter } : {};
    return {
      data: body.data,
      errors: body.errors,
      status: response.status,
      headers,
    };
  };
}
