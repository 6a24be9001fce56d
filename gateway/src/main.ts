import 'reflect-metadata';
import { createLogger, exitOnStartupFailure, readEnvironmentOrExit, stopOnSignals, subgraphUrls } from '@jifen/kit';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { gatewayVariables } from './environment';
import { startHiveGateway } from './hive/hive-gateway';
import { startGateway } from './server';

async function main(): Promise<void> {
  const env = readEnvironmentOrExit(gatewayVariables);
  if (!env.internalTokenSecret) {
    console.error('gateway: INTERNAL_TOKEN_SECRET 必须设置（npm start 会自动设置）');
    process.exit(2);
  }
  const repoRoot = join(__dirname, '..', '..');
  const supergraphPath = isAbsolute(env.supergraphPath) ? env.supergraphPath : join(repoRoot, env.supergraphPath);
  const start = env.engine === 'hive' ? startHiveGateway : startGateway;
  const gateway = await start({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    urls: subgraphUrls(env),
    tokenSecret: env.internalTokenSecret,
    port: env.port,
    host: env.host,
    trustProxy: env.trustProxy === 'true',
    secureCookies: env.sessionCookieSecure,
    logger: createLogger('gateway', env.logLevel),
    timeouts: { queryMs: env.subgraphTimeoutMs, mutationMs: env.subgraphMutationTimeoutMs },
  });
  process.send?.({ ready: gateway.url });
  stopOnSignals(() => gateway.stop());
}

main().catch(exitOnStartupFailure({ label: '网关', portVariable: gatewayVariables.port.name }));
