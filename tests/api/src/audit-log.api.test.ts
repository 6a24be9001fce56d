import { ApolloServer } from '@apollo/server';
import {
  anonymousCaller,
  Caller,
  createLogger,
  idOfLabel,
  INTERNAL_TOKEN_HEADER,
  listenHttp,
  mintInternalToken,
  RequestContext,
  Role,
  systemCaller,
} from '@jifen/kit';
import {
  auditEventsUnder,
  auditPlugin,
  authenticateRequest,
  createActorNames,
  createAuditTable,
  dropActorNames,
  dropAuditTable,
  mountAuditFeed,
  openServiceDatabase,
  recordExport,
} from '@jifen/kit/server';
import express from 'express';
import { buildSchema } from 'graphql';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../support/src/test-database';

/** Labels as the ledger makes them: ids without dashes. */
const label = (n: number) => `${n.toString(16).padStart(8, '0')}00004000800000000000000${n}`.slice(0, 32);
const district = label(1);
const east = `${district}.${label(2)}`;
const eastBranch = `${east}.${label(3)}`;
const west = `${district}.${label(4)}`;
const as = (role: Role, scopePath: string, subject: string): Caller => ({ role, scopePath, subject });
const callers = {
  district: as(Role.DISTRICT, district, 'account:district'),
  east: as(Role.TOWNSHIP, east, 'account:east'),
  eastBranch: {
    ...as(Role.BRANCH_RECORDER, eastBranch, 'key:5c7a9d1e-2b3f-4a6c-8d9e-0f1a2b3c4d5e'),
    keyId: '5c7a9d1e-2b3f-4a6c-8d9e-0f1a2b3c4d5e',
  },
  west: as(Role.TOWNSHIP, west, 'account:west'),
};

class AuditEvents1765000000000 implements MigrationInterface {
  name = 'AuditEvents1765000000000';
  up = async (q: QueryRunner) => {
    await createAuditTable(q, 'rating');
    await createActorNames(q, 'rating');
  };
  down = async (q: QueryRunner) => {
    await dropActorNames(q, 'rating');
    await dropAuditTable(q, 'rating');
  };
}

describe('the audit log on PostgreSQL: append-only, read by the path of who acted', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const logger = createLogger('audit-test', 'silent');
  const schema = buildSchema(
    'type Query { hello: String } type Mutation { setQuotaPolicy(organizationId: ID!, fiveStarPercent: Int): String, login(username: String!, password: String!): String }',
  );
  const rootValue = {
    setQuotaPolicy: ({ organizationId }: { organizationId: string }) => organizationId,
    login: () => null,
  };
  let ran: ApolloServer<RequestContext>;
  const mutate = (caller: Caller, query: string, requestId: string) =>
    ran.executeOperation({ query }, { contextValue: { caller, requestId, token: 't', loaders: {}, logger } });
  const count = async () => Number((await dataSource.query('SELECT count(*) AS n FROM rating.audit_event'))[0].n);

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ dataSource } = await openServiceDatabase({
      url: database.url,
      schema: 'rating',
      entities: [],
      migrations: [AuditEvents1765000000000],
      logger,
    }));
    ran = new ApolloServer<RequestContext>({
      schema,
      rootValue,
      plugins: [auditPlugin({ dataSource, schema: 'rating', logger })],
    });
    await ran.start();
    await mutate(
      callers.district,
      'mutation { setQuotaPolicy(organizationId: "d", fiveStarPercent: 10) }',
      'r-district',
    );
    await mutate(
      callers.east,
      'mutation { a: setQuotaPolicy(organizationId: "e1") b: setQuotaPolicy(organizationId: "e2") }',
      'r-east',
    );
    await mutate(callers.eastBranch, 'mutation { setQuotaPolicy(organizationId: "b") }', 'r-branch');
    await mutate(callers.west, 'mutation { setQuotaPolicy(organizationId: "w") }', 'r-west');
    await mutate(systemCaller, 'mutation { setQuotaPolicy(organizationId: "s") }', 'r-system');
    await mutate(anonymousCaller, 'mutation { login(username: "zhang", password: "hunter2") }', 'r-login');
    await ran.executeOperation(
      { query: '{ hello }' },
      { contextValue: { caller: callers.east, requestId: 'r-query', token: 't', loaders: {}, logger } },
    );
    await recordExport(dataSource, 'rating', callers.eastBranch, 'r-export', 'ledger-book.xlsx', {
      organizationId: 'b',
      period: '2026',
    });
  });
  afterAll(async () => {
    await ran?.stop();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('holds one row per root mutation field and per export, none for queries, with who acted and from where', async () => {
    expect(await count()).toBe(8);
    const rows = await dataSource.query(
      `SELECT district_id, actor_path::text AS path, subject, role, key_id, request_id, kind, operation, detail, outcome FROM rating.audit_event ORDER BY id`,
    );
    expect(rows[1]).toEqual({
      district_id: idOfLabel(district),
      path: east,
      subject: 'account:east',
      role: 'TOWNSHIP',
      key_id: null,
      request_id: 'r-east',
      kind: 'WRITE',
      operation: 'setQuotaPolicy',
      detail: { organizationId: 'e1' },
      outcome: 'OK',
    });
    expect(rows[3]).toMatchObject({
      path: eastBranch,
      key_id: callers.eastBranch.keyId,
      subject: callers.eastBranch.subject,
    });
    expect(rows[6]).toEqual(
      expect.objectContaining({
        district_id: null,
        path: null,
        subject: 'anonymous',
        role: 'ANONYMOUS',
        operation: 'login',
        detail: { username: 'zhang', password: '［已隐去］' },
      }),
    );
    expect(rows[7]).toMatchObject({
      kind: 'EXPORT',
      operation: 'ledger-book.xlsx',
      request_id: 'r-export',
      detail: { organizationId: 'b', period: '2026' },
    });
    expect(new Set(rows.map((r: { district_id: string | null }) => r.district_id))).toEqual(
      new Set([idOfLabel(district), null]),
    );
    expect(JSON.stringify(rows)).not.toContain('hunter2');
  });

  it.each([
    ['change', "UPDATE rating.audit_event SET outcome = 'OK'"],
    ['delete', "DELETE FROM rating.audit_event WHERE subject = 'account:west'"],
    ['empty', 'TRUNCATE rating.audit_event'],
  ])('refuses to %s rows', async (_case, sql) => {
    await expect(dataSource.query(sql)).rejects.toThrow('审计日志只能追加，不能修改或删除');
    expect(await count()).toBe(8);
  });

  it('shows a committee what was done by callers inside its scope, newest first', async () => {
    const under = async (path: string) =>
      (await auditEventsUnder(dataSource, 'rating', path, { first: 50 })).map((e) => `${e.requestId}/${e.kind}`);
    expect(await under(east)).toEqual(['r-export/EXPORT', 'r-branch/WRITE', 'r-east/WRITE', 'r-east/WRITE']);
    expect(await under(eastBranch)).toEqual(['r-export/EXPORT', 'r-branch/WRITE']);
    expect(await under(west)).toEqual(['r-west/WRITE']);
    expect(await under(district)).toHaveLength(6);
  });

  it('pages by the instant of the last event, to the microsecond, without gaps or repeats', async () => {
    const first = await auditEventsUnder(dataSource, 'rating', district, { first: 4 });
    expect(first[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    const rest = await auditEventsUnder(dataSource, 'rating', district, { first: 4, before: first[3].at });
    const all = await auditEventsUnder(dataSource, 'rating', district, { first: 50 });
    expect([...first, ...rest].map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(
      await auditEventsUnder(dataSource, 'rating', district, { first: 5, before: new Date(Date.parse(all[5].at) + 1) }),
    ).toEqual([all[5]]);
  });

  it('serves the feed to a committee over HTTP under the internal token, and nothing outside its scope', async () => {
    const tokenSecret = 'audit-test-secret';
    const app = express();
    mountAuditFeed(app, {
      authenticate: (req) => authenticateRequest(req, { tokenSecret, logger, makeLoaders: () => ({}) }),
      dataSource,
      schema: 'rating',
      logger,
    });
    const listener = await listenHttp(app, 0, '127.0.0.1');
    try {
      const get = (caller: Caller, path: string) =>
        fetch(`${new URL(listener.url).origin}/audit?organizationPath=${path}&first=2`, {
          headers: { [INTERNAL_TOKEN_HEADER]: mintInternalToken(tokenSecret, caller, 'r-feed', Date.now()) },
        });
      const mine = await get(callers.east, east);
      expect(mine.status).toBe(200);
      expect(((await mine.json()) as { events: { requestId: string }[] }).events.map((e) => e.requestId)).toEqual([
        'r-export',
        'r-branch',
      ]);
      expect((await get(callers.east, west)).status).toBe(404);
      expect((await get(callers.eastBranch, eastBranch)).status).toBe(403);
    } finally {
      await listener.close();
    }
  });

  it('goes with its migration', async () => {
    await dataSource.undoLastMigration({ transaction: 'each' });
    const left = await dataSource.query(
      `SELECT to_regclass('rating.audit_event') AS t, to_regprocedure('rating.audit_event_refuse_change()') AS f`,
    );
    expect(left).toEqual([{ t: null, f: null }]);
  });
});
