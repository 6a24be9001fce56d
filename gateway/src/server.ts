import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { listenHttp, Logger, PeerUrls } from '@jifen/kit';
import express from 'express';
import { randomUUID } from 'node:crypto';
import { buildGateway } from './build-gateway';
import { mountDownloadsProxy } from './downloads-proxy';
import { mountUploadsProxy } from './uploads-proxy';
import { GraphQLError } from 'graphql';
import { anonymousGuardPlugin } from './anonymous-guard';
import { AuthProblem, CallerResolver } from './caller';
import { hardeningOptions } from './hardening/hardening-options';
import { GatewayContext } from './gateway-context';
import { ideAssetPath, ideAssets, idePage } from './ide-page';

export interface GatewayOptions {
  supergraphSdl: string;
  urls: PeerUrls;
  tokenSecret: string;
  port: number;
  host: string;
  logger: Logger;
  /** Production mode: no introspection, no field suggestions in errors. Default: NODE_ENV is "production". */
  production?: boolean;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';

/** The only public door: GraphQL at /graphql (POST), the IDE page there for a browser (GET), files at /downloads/:service/:name. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const app = express();
  const callers = new CallerResolver({ tokenSecret: options.tokenSecret, urls: options.urls });
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const hardening = hardeningOptions({ production, logger: options.logger });
  const apollo = new ApolloServer<GatewayContext>({
    gateway: buildGateway(options.supergraphSdl, options.urls, options.tokenSecret),
    ...hardening,
    // Someone not signed in is told to sign in before any limit is weighed.
    // No cache hints are set anywhere: the cache-control plugin would only wrap every field's resolution for nothing.
    plugins: [anonymousGuardPlugin({ allowIntrospection: !production }), ApolloServerPluginCacheControlDisabled(), ...hardening.plugins],
    // The process owns its signals (main.ts).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.get('/ide/:asset', (req, res) => {
    const asset = ideAssets[req.params.asset];
    if (!asset) return void res.status(404).send('not found');
    res.type(asset.type).sendFile(ideAssetPath(asset));
  });
  app.get(['/', GRAPHQL_PATH], (req, res, next) => {
    if (req.method === 'GET' && req.accepts(['text/html', 'application/json']) === 'text/html') {
      return void res.type('html').send(idePage(GRAPHQL_PATH));
    }
    next();
  });
  mountDownloadsProxy(app, { urls: options.urls, tokenSecret: options.tokenSecret, logger: options.logger, callers });
  mountUploadsProxy(app, { urls: options.urls, tokenSecret: options.tokenSecret, logger: options.logger, callers });
  app.use(
    GRAPHQL_PATH,
    // Evidence files and imports come base64-encoded in mutations.
    express.json({ limit: '20mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = randomUUID();
        const caller = await callers.resolve(req);
        if (caller instanceof AuthProblem) {
          throw new GraphQLError(caller.message, { extensions: { code: caller.code, ...caller.details, requestId, http: { status: caller.status } } });
        }
        return { caller, requestId };
      },
    }),
  );

  const listener = await listenHttp(app, options.port, options.host, GRAPHQL_PATH);
  const url = listener.url;
  options.logger.info('gateway listening', { url });
  return {
    url,
    stop: async () => {
      await listener.close();
      await apollo.stop();
    },
  };
}
