import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { anonymousCaller, inputCheckPlugin, listenHttp, Logger, PeerUrls } from '@jifen/kit';
import express from 'express';
import { buildGateway } from './build-gateway';
import { mountDownloadsProxy } from './downloads-proxy';
import { mountUploadsProxy } from './uploads-proxy';
import { GraphQLError } from 'graphql';
import { anonymousGuardPlugin } from './anonymous-guard';
import { AuthProblem, CallerResolver, mayBeSetAside } from './caller';
import { hardeningOptions } from './hardening/hardening-options';
import { GatewayContext } from './gateway-context';
import { ideAssetPath, ideAssets, idePage } from './ide-page';
import { assignRequestId, gatewayGraphqlBody, mountGatewayHttpErrors, requestIdOf } from './http/request-door';
import { SubgraphTimeouts } from './subgraph-timeouts';
import { clientAddress, LoginThrottle } from './login-throttle';
import { SignInGate, signInGatePlugin } from './sign-in-gate';
import { mountBrowserSessions, Operation, RunOperation } from './browser-session/auth-routes';
import { defaultWebDir, mountWebApp } from './http/web-app';
import { enumChoicesOf } from './enum-choices';

export interface GatewayOptions {
  supergraphSdl: string;
  urls: PeerUrls;
  tokenSecret: string;
  port: number;
  host: string;
  logger: Logger;
  /** Production mode: no introspection, no field suggestions in errors. Default: NODE_ENV is "production". */
  production?: boolean;
  /** How long a subgraph may take to answer (SUBGRAPH_TIMEOUT_MS, SUBGRAPH_MUTATION_TIMEOUT_MS). */
  timeouts?: Partial<SubgraphTimeouts>;
  /** Behind a proxy the operator trusts (TRUST_PROXY): the client address is the last X-Forwarded-For entry. */
  trustProxy?: boolean;
  /** The built web app served at `/` (default: the repository's web/dist). */
  webDir?: string;
  /** The Secure flag of the browser's session cookies (SESSION_COOKIE_SECURE): `auto` sets it for https requests. */
  secureCookies?: 'auto' | 'always' | 'never';
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/**
 * The only public door: the web app at `/`, GraphQL at /graphql (POST), the IDE page there for a browser (GET), the
 * browser's sign-in at /auth/*, files at /downloads/:service/:name and /uploads/:kind.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const app = express();
  const callers = new CallerResolver({ tokenSecret: options.tokenSecret, urls: options.urls, logger: options.logger });
  const signIn = new SignInGate(new LoginThrottle(), callers.endedSessions);
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const hardening = hardeningOptions({
    production,
    logger: options.logger,
    enumChoices: enumChoicesOf(options.supergraphSdl),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway: buildGateway(options.supergraphSdl, options.urls, options.tokenSecret, {
      timeouts: options.timeouts,
      logger: options.logger,
    }),
    ...hardening,
    // Someone not signed in is told to sign in before any limit is weighed; then every argument is checked as the
    // services check it (kit input-check-plugin.ts): a literal 1e400 would otherwise fail in query planning.
    // No cache hints are set anywhere: the cache-control plugin would only wrap every field's resolution for nothing.
    plugins: [
      anonymousGuardPlugin({ allowIntrospection: !production }),
      inputCheckPlugin<GatewayContext>(),
      ApolloServerPluginCacheControlDisabled(),
      ...hardening.plugins,
      signInGatePlugin(signIn),
    ],
    // The process owns its signals (main.ts).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.use(assignRequestId);
  app.get('/ide/:asset', (req, res, next) => {
    const asset = ideAssets[req.params.asset];
    if (!asset) return void next();
    res.type(asset.type).sendFile(ideAssetPath(asset));
  });
  app.get(GRAPHQL_PATH, (req, res, next) => {
    if (req.method === 'GET' && req.accepts(['text/html', 'application/json']) === 'text/html') {
      return void res.type('html').send(idePage(GRAPHQL_PATH));
    }
    next();
  });
  mountBrowserSessions(app, {
    run: runOperation(apollo),
    logger: options.logger,
    trustProxy: options.trustProxy ?? false,
    secureCookies: options.secureCookies,
  });
  mountDownloadsProxy(app, { urls: options.urls, tokenSecret: options.tokenSecret, logger: options.logger, callers });
  mountUploadsProxy(app, { urls: options.urls, tokenSecret: options.tokenSecret, logger: options.logger, callers });
  app.use(
    GRAPHQL_PATH,
    // At most 1 MB of JSON, refused as it streams in, before anyone is identified (http/request-door.ts).
    gatewayGraphqlBody(options.logger),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdOf(req, res);
        const caller = await callers.resolve(req);
        const address = clientAddress(req, options.trustProxy ?? false);
        if (caller instanceof AuthProblem) {
          if (mayBeSetAside(caller))
            return { caller: anonymousCaller, requestId, clientAddress: address, setAside: caller };
          throw new GraphQLError(caller.message, {
            extensions: { code: caller.code, ...caller.details, requestId, http: { status: caller.status } },
          });
        }
        return { caller, requestId, clientAddress: address };
      },
    }),
  );

  mountWebApp(app, options.webDir ?? defaultWebDir);
  mountGatewayHttpErrors(app, options.logger);

  const listener = await listenHttp(app, options.port, options.host, GRAPHQL_PATH);
  const url = listener.url;
  options.logger.info('gateway listening', { url });
  return {
    url,
    stop: async () => {
      callers.stop();
      await listener.close();
      await apollo.stop();
    },
  };
}

/** The browser's sign-in routes run their operation through this Apollo server, plugins and all. */
function runOperation(apollo: ApolloServer<GatewayContext>): RunOperation {
  return async <R, V extends Record<string, unknown>>(operation: Operation<R, V>, context: GatewayContext) => {
    const response = await apollo.executeOperation(operation, { contextValue: context });
    const result = response.body.kind === 'single' ? response.body.singleResult : { data: null, errors: undefined };
    const headers: Record<string, string> = {};
    const retryAfter = response.http.headers.get('retry-after');
    if (retryAfter) headers['retry-after'] = retryAfter;
    return {
      data: result.data as R | null | undefined,
      errors: result.errors,
      status: response.http.status ?? 200,
      headers,
    };
  };
}
