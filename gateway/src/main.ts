import 'reflect-metadata';
import { createLogger, subgraphUrls } from '@jifen/kit';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { readGatewayEnvironment } from './environment';
import { startGateway } from './server';

async function main(): Promise<void> {
  let env;
  try {
    env = readGatewayEnvironment();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  if (!env.internalTokenSecret) {
    console.error('gateway: INTERNAL_TOKEN_SECRET 必须设置（npm start 会自动设置）');
    process.exit(2);
  }
  const repoRoot = join(__dirname, '..', '..');
  const supergraphPath = isAbsolute(env.supergraphPath) ? env.supergraphPath : join(repoRoot, env.supergraphPath);
  const gateway = await startGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    urls: subgraphUrls(env),
    tokenSecret: env.internalTokenSecret,
    port: env.port,
    host: env.host,
    logger: createLogger('gateway', env.logLevel),
  });
  process.send?.({ ready: gateway.url });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Open client connections must not hold the process: give them a moment, then go.
    setTimeout(() => process.exit(0), 2000).unref();
    await gateway.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
}

main().catch((error: unknown) => {
  console.error('gateway failed to start:', error);
  process.exit(1);
});
