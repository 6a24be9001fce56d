import { createLogger, HttpListener, listenHttp } from '@jifen/kit';
import express, { Express } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunningGateway, startGateway } from './server';

export interface GatewayOverFakeLedger {
  gateway: RunningGateway;
  /** Where the gateway answers, e.g. http://127.0.0.1:41234 (its /downloads and /uploads hang off it). */
  origin: string;
  stop(): Promise<void>;
}

/** The address of a server that was listening and is closed: whatever is sent there is refused. */
async function closedUrl(): Promise<string> {
  const closed = await listenHttp(express(), 0, '127.0.0.1');
  await closed.close();
  return closed.url;
}

/**
 * The Apollo gateway in front of a fake ledger (the file routes' tests): the fake answers the feed of ended
 * sessions with none ended, as the gateway checks session tokens against it; scheme and rating are closed.
 * `fake` null: the ledger cannot be reached at all.
 */
export async function startOverFakeLedger(fake: Express | null, tokenSecret: string): Promise<GatewayOverFakeLedger> {
  let ledger: HttpListener | null = null;
  if (fake) {
    fake.post(
      '/internal/ended-sessions',
      (_req, res) => void res.json({ feed: 'fake', version: 0, at: new Date().toISOString(), sessions: [] }),
    );
    ledger = await listenHttp(fake, 0, '127.0.0.1');
  }
  const closed = await closedUrl();
  const gateway = await startGateway({
    supergraphSdl: readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'),
    urls: { ledger: ledger?.url ?? closed, scheme: closed, rating: closed },
    tokenSecret,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('gateway-test', 'silent'),
  });
  return {
    gateway,
    origin: new URL(gateway.url).origin,
    stop: async () => {
      await gateway.stop();
      await ledger?.close();
    },
  };
}
