import { RunningGateway, startGateway, startHiveGateway } from '@jifen/gateway';
import { createLogger, systemCaller } from '@jifen/kit';
import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataOf, startTestPlatform, TestPlatform, textOf } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

const repoRoot = join(__dirname, '..', '..', '..');
/** Short, so that the test is quick; npm start's defaults are far longer (SUBGRAPH_TIMEOUT_MS). */
const TIMEOUT_MS = 1500;

const mixed = apiGraphql(`query Mixed($id: ID!) {
  organization(id: $id) {
    name memberCount
    effectiveScheme { name }
    filings { status }
    quotaPolicy(cycle: 2026) { fiveStarPercent }
    ratingRollup(period: "2026") { rated }
    warningCases { id }
  }
}`);

interface Answer {
  status: number;
  ms: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
}

/** The built rating service (`npm run build`) as its own process, on the test platform's database; resolves once it listens. */
async function forkRating(platform: TestPlatform): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(repoRoot, 'services', 'rating', 'dist', 'main.js'), [], {
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: platform.databaseUrl,
      INTERNAL_TOKEN_SECRET: platform.tokenSecret,
      RATING_PORT: '0',
      HOST: '127.0.0.1',
      LEDGER_URL: platform.urls.ledger,
      SCHEME_URL: platform.urls.scheme,
      LOG_LEVEL: 'silent',
    },
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(() => {
      throw new Error('the rating service exited before it was ready');
    }),
  ])) as [{ ready?: string }];
  if (!message.ready) throw new Error(`unexpected message from the rating service: ${JSON.stringify(message)}`);
  return { child, url: message.ready };
}

/**
 * Issue 19, item 4: every subgraph request has a deadline, and a service that is frozen (SIGSTOP: its
 * connections are accepted, nothing answers) or killed (SIGKILL: connection refused) costs only its own
 * fields. A query mixing the ledger's, the scheme service's and the rating service's fields still answers
 * the others' within the timeout, the rating fields null, with SUBGRAPH_UNAVAILABLE naming the service in
 * Chinese. Both gateways, on a real rating process.
 */
describe('a rating service that is frozen or killed nulls only its own fields', () => {
  let platform: TestPlatform;
  let rating: { child: ChildProcess; url: string };
  const gateways: Record<'apollo' | 'hive', RunningGateway> = {} as never;
  let townId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    const district = dataOf(
      await platform.query('mutation { createOrganization(input: { level: DISTRICT, name: "停摆区" }) { id } }'),
    ).createOrganization.id;
    townId = dataOf(
      await platform.query(
        'mutation($p: ID!) { createOrganization(input: { level: TOWNSHIP, name: "停摆镇", parentId: $p }) { id } }',
        { p: district },
      ),
    ).createOrganization.id;
    rating = await forkRating(platform);
    const common = {
      supergraphSdl: readFileSync(join(repoRoot, 'schema', 'supergraph.graphql'), 'utf8'),
      urls: { ...platform.urls, rating: rating.url },
      tokenSecret: platform.tokenSecret,
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('test', 'silent'),
      timeouts: { queryMs: TIMEOUT_MS, mutationMs: TIMEOUT_MS },
    };
    gateways.apollo = await startGateway(common);
    gateways.hive = await startHiveGateway(common);
  }, 60_000);

  afterAll(async () => {
    if (rating?.child.exitCode === null && rating.child.signalCode === null) {
      rating.child.kill('SIGCONT');
      rating.child.kill('SIGKILL');
      await once(rating.child, 'exit');
    }
    await Promise.all(Object.values(gateways).map((gateway) => gateway.stop()));
    await platform?.stop();
  });

  const ask = async (engine: 'apollo' | 'hive'): Promise<Answer> => {
    const started = Date.now();
    const response = await fetch(gateways[engine].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.sessionFor(systemCaller)}` },
      body: JSON.stringify({ query: textOf(mixed), variables: { id: townId } }),
    });
    const text = await response.text();
    return { status: response.status, ms: Date.now() - started, body: JSON.parse(text), text };
  };

  /** The ledger's and the scheme service's fields answered, the rating service's null, each error naming it. */
  function expectRatingMissing(answer: Answer): void {
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(TIMEOUT_MS + 3000);
    expect(answer.body.data.organization).toEqual({
      name: '停摆镇',
      memberCount: 0,
      effectiveScheme: null,
      filings: [],
      quotaPolicy: null,
      ratingRollup: null,
      warningCases: null,
    });
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    for (const error of answer.body.errors ?? []) {
      expect(error.extensions).toMatchObject({
        code: 'SUBGRAPH_UNAVAILABLE',
        service: 'rating',
        requestId: expect.any(String),
      });
      expect(error.message).toContain('评星定级服务暂时不可用');
    }
    expect(answer.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|_entities|representations|aborted|timeout/i);
  }

  it('answers the whole mixed query while the rating service runs', async () => {
    for (const engine of ['apollo', 'hive'] as const) {
      const answer = await ask(engine);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.organization).toMatchObject({
        name: '停摆镇',
        quotaPolicy: { fiveStarPercent: 10 },
        ratingRollup: { rated: 0 },
        warningCases: [],
      });
    }
  });

  it('frozen (SIGSTOP): answers the other services’ fields within the timeout, and recovers when it resumes', async () => {
    rating.child.kill('SIGSTOP');
    try {
      const [apollo, hive] = await Promise.all([ask('apollo'), ask('hive')]);
      expectRatingMissing(apollo);
      expectRatingMissing(hive);
      expect(hive.body.data).toEqual(apollo.body.data);
    } finally {
      rating.child.kill('SIGCONT');
    }
    for (const engine of ['apollo', 'hive'] as const) expect((await ask(engine)).body.errors).toBeUndefined();
  });

  it('killed (SIGKILL, connection refused): answers the other services’ fields at once', async () => {
    rating.child.kill('SIGKILL');
    await once(rating.child, 'exit');
    for (const engine of ['apollo', 'hive'] as const) {
      const answer = await ask(engine);
      expectRatingMissing(answer);
      expect(answer.ms).toBeLessThan(TIMEOUT_MS);
    }
  });
});
