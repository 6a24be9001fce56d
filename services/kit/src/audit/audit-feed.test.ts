import express from 'express';
import { IncomingMessage } from 'node:http';
import { Right } from '../rights/right';
import { anonymousCaller, Caller, Role, systemCaller } from '../context/caller';
import { INTERNAL_TOKEN_HEADER } from '../context/internal-token';
import { RequestContext } from '../context/request-context';
import { AppError, KitErrorCode } from '../errors/app-error';
import { Logger } from '../logging/logger';
import { listenHttp } from '../http/http-listener';
import { MAX_PAGE } from '../page';
import { AuditKind } from './audit-event';
import { auditFeedQuery, auditFeedUrl, mountAuditFeed, readAuditFeed } from './audit-feed';

const district = '0f6c8a4e2b3d4c5e9f1a2b3c4d5e6f70';
const east = `${district}.1a2b3c4d5e6f40718293a4b5c6d7e8f9`;
const west = `${district}.2a2b3c4d5e6f40718293a4b5c6d7e8f9`;
const eastCommittee: Caller = { role: Role.TOWNSHIP, scopePath: east, subject: 'account:east' };

describe('who may read which page of a service’s audit log', () => {
  const refusal = (caller: Caller, params: Record<string, string>) => {
    try {
      auditFeedQuery(caller, params);
    } catch (error) {
      return (error as AppError).code;
    }
    return 'ALLOWED';
  };
  it.each<[string, Caller, Record<string, string>, string]>([
    ['a township committee, its own node', eastCommittee, { organizationPath: east }, 'ALLOWED'],
    [
      'a township committee, a node below it',
      eastCommittee,
      { organizationPath: `${east}.3a2b3c4d5e6f40718293a4b5c6d7e8f9` },
      'ALLOWED',
    ],
    ['a township committee, its sister township', eastCommittee, { organizationPath: west }, KitErrorCode.NOT_FOUND],
    [
      'a township committee, the district above it',
      eastCommittee,
      { organizationPath: district },
      KitErrorCode.NOT_FOUND,
    ],
    ['the platform, anywhere', systemCaller, { organizationPath: west }, 'ALLOWED'],
    [
      'a branch secretary (no right to read the log)',
      { role: Role.BRANCH_SECRETARY, scopePath: east, subject: 'account:b' },
      { organizationPath: east },
      'FORBIDDEN',
    ],
    [
      'a committee’s key issued without the right',
      { ...eastCommittee, subject: 'key:k', rights: [Right.READ, Right.EXPORT] },
      { organizationPath: east },
      'FORBIDDEN',
    ],
    [
      'a committee’s key issued with it',
      { ...eastCommittee, subject: 'key:k', rights: [Right.READ_AUDIT] },
      { organizationPath: east },
      'ALLOWED',
    ],
    ['someone not logged in', anonymousCaller, { organizationPath: east }, 'FORBIDDEN'],
    ['no path', eastCommittee, {}, KitErrorCode.BAD_USER_INPUT],
    [
      'a path that is not an organisation path',
      eastCommittee,
      { organizationPath: `${east}|x` },
      KitErrorCode.BAD_USER_INPUT,
    ],
    [
      'a page too large',
      eastCommittee,
      { organizationPath: east, first: String(MAX_PAGE + 1) },
      KitErrorCode.BAD_USER_INPUT,
    ],
    [
      'a page that is not a number',
      eastCommittee,
      { organizationPath: east, first: 'all' },
      KitErrorCode.BAD_USER_INPUT,
    ],
    [
      'a before that is not an instant',
      eastCommittee,
      { organizationPath: east, before: 'yesterday' },
      KitErrorCode.BAD_USER_INPUT,
    ],
    [
      'a before without its zone',
      eastCommittee,
      { organizationPath: east, before: '2026-11-21T08:00:00' },
      KitErrorCode.BAD_USER_INPUT,
    ],
  ])('%s', (_case, caller, params, expected) => {
    expect(refusal(caller, params)).toBe(expected);
  });

  it('pages 50 events unless told otherwise, and keeps before to the microsecond', () => {
    expect(auditFeedQuery(eastCommittee, { organizationPath: east })).toEqual({
      organizationPath: east,
      before: null,
      first: 50,
    });
    expect(
      auditFeedQuery(eastCommittee, { organizationPath: east, first: '200', before: '2026-11-21T08:00:00.123456Z' }),
    ).toEqual({ organizationPath: east, before: '2026-11-21T08:00:00.123456Z', first: 200 });
  });

  it.each([
    ['http://127.0.0.1:4002/graphql', 'http://127.0.0.1:4002/audit'],
    ['https://rating.internal/rating/graphql/', 'https://rating.internal/rating/audit'],
  ])('finds the feed of %s', (graphqlUrl, feed) => {
    expect(
      auditFeedUrl(graphqlUrl, { organizationPath: east, before: '2026-11-21T08:00:00.000001+08:00', first: 20 }),
    ).toBe(`${feed}?organizationPath=${east}&first=20&before=2026-11-21T08%3A00%3A00.000001%2B08%3A00`);
  });
});

describe('the feed over HTTP', () => {
  const event = {
    id: '7',
    at: '2026-11-21T08:00:00.123456Z',
    subject: 'account:east',
    role: 'TOWNSHIP',
    keyId: null,
    requestId: 'r-1',
    kind: AuditKind.WRITE,
    operation: 'setQuotaPolicy',
    detail: { input: {} },
    outcome: 'OK',
  };
  const asked: unknown[][] = [];
  const logged: Record<string, unknown>[] = [];
  const logger: Logger = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (message, fields) => logged.push({ message, ...fields }),
  };
  const callers: Record<string, Caller> = {
    east: eastCommittee,
    branch: { role: Role.BRANCH_SECRETARY, scopePath: east, subject: 'account:b' },
  };
  const authenticate = (request: IncomingMessage): RequestContext | AppError => {
    const caller = callers[String(request.headers[INTERNAL_TOKEN_HEADER])];
    return caller
      ? { caller, requestId: 'req-feed', token: 't', loaders: {}, logger }
      : new AppError(KitErrorCode.UNAUTHENTICATED, '请求未经网关签发或令牌已失效，子服务拒绝直接访问');
  };
  let failing = false;
  const db = {
    query: async (_sql: string, parameters?: unknown[]) => {
      if (failing) throw new Error('relation "rating.audit_event" does not exist');
      asked.push(parameters ?? []);
      return [event];
    },
  };
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const app = express();
    mountAuditFeed(app, { authenticate, dataSource: db, schema: 'rating', logger });
    const listener = await listenHttp(app, 0, '127.0.0.1');
    url = listener.url;
    close = listener.close;
  });
  afterAll(() => close());

  /** A JSON body, loosely typed for assertions. */
  const jsonOf = (response: Response): Promise<any> => response.json();
  const get = (token: string, query: string) =>
    fetch(`${new URL(url).origin}/audit?${query}`, { headers: { [INTERNAL_TOKEN_HEADER]: token } });

  it('answers a committee with its events, as JSON, and the client reads them back', async () => {
    const response = await get('east', `organizationPath=${east}&first=10`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ events: [event] });
    expect(
      await readAuditFeed(url, 'east', { organizationPath: east, before: '2026-11-21T09:00:00.000000Z', first: 5 }),
    ).toEqual([event]);
    expect(asked[1]).toEqual([east, '2026-11-21T09:00:00.000000Z', 5, '0f6c8a4e-2b3d-4c5e-9f1a-2b3c4d5e6f70']);
  });

  it.each([
    ['no valid token', 'nobody', `organizationPath=${east}`, 401, 'UNAUTHENTICATED'],
    ['no right to read the log', 'branch', `organizationPath=${east}`, 403, 'FORBIDDEN'],
    ['a node outside the scope', 'east', `organizationPath=${west}`, 404, 'NOT_FOUND'],
    ['a bad page', 'east', `organizationPath=${east}&first=${MAX_PAGE + 1}`, 400, 'BAD_USER_INPUT'],
  ])('refuses %s', async (_case, token, query, status, code) => {
    const response = await get(token, query);
    expect(response.status).toBe(status);
    expect((await jsonOf(response)).error.code).toBe(code);
  });

  it('passes a refusal on to the client as its AppError', async () => {
    await expect(
      readAuditFeed(url, 'branch', { organizationPath: east, before: null, first: 5 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('hides a database failure behind the generic message, logged with the request id', async () => {
    failing = true;
    const response = await get('east', `organizationPath=${east}`);
    failing = false;
    expect(response.status).toBe(500);
    const body = await jsonOf(response);
    expect(body.error).toMatchObject({ code: 'INTERNAL', requestId: 'req-feed' });
    expect(JSON.stringify(body)).not.toContain('relation');
    expect(logged).toEqual([expect.objectContaining({ message: 'audit feed failed', requestId: 'req-feed' })]);
  });
});
