import {
  hostVariable,
  servicePortVariables,
  sharedVariables,
  subgraphUrls,
  subgraphUrlVariables,
} from '../config/shared-variables';
import { createLogger } from '../logging/logger';
import { readEnvironmentOrExit, stopOnSignals } from '../process/process-lifecycle';
import { ServiceDefinition, startService } from './service-definition';

export const serviceVariables = {
  ...sharedVariables,
  ...servicePortVariables,
  ...subgraphUrlVariables,
  host: hostVariable,
} as const;

/**
 * A service process: reads and checks its configuration, starts, tells a parent launcher it is ready
 * (over IPC when forked) and stops cleanly on SIGTERM or Ctrl-C.
 */
export async function runServiceMain<L>(definition: ServiceDefinition<L>): Promise<void> {
  const env = readEnvironmentOrExit(serviceVariables);
  const logger = createLogger(definition.name, env.logLevel);
  if (!env.databaseUrl || !env.internalTokenSecret) {
    console.error(`${definition.name}: DATABASE_URL 和 INTERNAL_TOKEN_SECRET 必须设置（npm start 会自动设置）`);
    process.exit(2);
  }
  const running = await startService(definition, {
    databaseUrl: env.databaseUrl,
    port: env[definition.name],
    host: env.host,
    tokenSecret: env.internalTokenSecret,
    logger,
    peers: subgraphUrls(env),
    background: true,
  });
  process.send?.({ ready: running.url });
  stopOnSignals(() => running.stop());
}
