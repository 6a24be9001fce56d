import { AppError, Caller, Logger, MAX_PAGE, Right, Role, systemCaller } from '@jifen/kit';
import { AuditEventRecord, AuditFeedQuery, AuditKind } from '@jifen/kit/server';
import { AuditLogService, AuditReader } from './audit-log.service';
import { AuditSource } from './audit-sources';

const district = '0f6c8a4e2b3d4c5e9f1a2b3c4d5e6f70';
const east = { id: '1a2b3c4d-5e6f-4071-8293-a4b5c6d7e8f9', path: `${district}.1a2b3c4d5e6f40718293a4b5c6d7e8f9` };
const west = { id: '2a2b3c4d-5e6f-4071-8293-a4b5c6d7e8f9', path: `${district}.2a2b3c4d5e6f40718293a4b5c6d7e8f9` };
const eastCommittee: Caller = { role: Role.TOWNSHIP, scopePath: east.path, subject: 'account:east' };

const event = (id: string, at: string, operation = 'x'): AuditEventRecord => ({
  id,
  at,
  subject: 'account:east',
  subjectName: '东镇党委 管理员',
  role: 'TOWNSHIP',
  keyId: null,
  requestId: `r-${id}`,
  kind: AuditKind.WRITE,
  operation,
  detail: { id },
  outcome: 'OK',
});

class FakeSource implements AuditSource {
  readonly asked: { token: string; query: AuditFeedQuery }[] = [];
  constructor(
    readonly service: AuditSource['service'],
    private readonly events: AuditEventRecord[] | Error,
  ) {}
  async read(token: string, query: AuditFeedQuery): Promise<AuditEventRecord[]> {
    this.asked.push({ token, query });
    if (this.events instanceof Error) throw this.events;
    return this.events.filter((e) => !query.before || e.at < query.before).slice(0, query.first);
  }
}

describe('the audit log of a node, across the three services', () => {
  const logged: Record<string, unknown>[] = [];
  const logger: Logger = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (message, fields) => logged.push({ message, ...fields }),
  };
  const reader = (caller: Caller): AuditReader => ({ caller, token: 'internal-token', requestId: 'req-a', logger });
  const sources = () => [
    new FakeSource('ledger', [
      event('9', '2026-11-21T08:00:03.000002Z', 'reviewEntry'),
      event('8', '2026-11-21T08:00:01.000000Z', 'addMember'),
    ]),
    new FakeSource('scheme', [
      event('4', '2026-11-21T08:00:03.000002Z', 'adoptTemplate'),
      event('3', '2026-11-21T08:00:00.500000Z', 'submitFiling'),
    ]),
    new FakeSource('rating', [event('2', '2026-11-21T08:00:02.000000Z', 'setQuotaPolicy')]),
  ];

  it('merges each service’s newest events, newest first, forwarding the request’s token and page', async () => {
    const [ledger, scheme, rating] = sources();
    const events = await new AuditLogService([ledger, scheme, rating]).under(reader(eastCommittee), east, { first: 4 });
    expect(events.map((e) => `${e.service}:${e.operation}`)).toEqual([
      'ledger:reviewEntry',
      'scheme:adoptTemplate',
      'rating:setQuotaPolicy',
      'ledger:addMember',
    ]);
    expect(events[0]).toMatchObject({
      id: 'ledger:9',
      at: '2026-11-21T08:00:03.000002Z',
      detail: '{"id":"9"}',
      keyId: null,
      kind: 'WRITE',
    });
    expect(scheme.asked).toEqual([
      { token: 'internal-token', query: { organizationPath: east.path, before: null, first: 4 } },
    ]);
  });

  it('reads the next page from the last event’s instant', async () => {
    const events = await new AuditLogService(sources()).under(reader(eastCommittee), east, {
      first: 10,
      before: '2026-11-21T08:00:02.000000Z',
    });
    expect(events.map((e) => e.id)).toEqual(['ledger:8', 'scheme:3']);
  });

  it.each<[string, Caller, { id: string; path: string }, string]>([
    ['a node outside the caller’s scope, as if it did not exist', eastCommittee, west, 'ORGANIZATION_NOT_FOUND'],
    [
      'a branch secretary',
      { role: Role.BRANCH_SECRETARY, scopePath: east.path, subject: 'account:b' },
      east,
      'FORBIDDEN',
    ],
    ['a member', { role: Role.MEMBER, scopePath: east.path, subject: 'account:m', memberId: 'm' }, east, 'FORBIDDEN'],
    [
      'a committee key issued without the right',
      { ...eastCommittee, subject: 'key:k', rights: [Right.READ] },
      east,
      'FORBIDDEN',
    ],
  ])('refuses %s', async (_case, caller, org, code) => {
    const all = sources();
    await expect(new AuditLogService(all).under(reader(caller), org, { first: 10 })).rejects.toMatchObject({ code });
    expect(all.every((source) => source.asked.length === 0)).toBe(true);
  });

  it.each([
    [{ first: MAX_PAGE + 1 }, 'BAD_USER_INPUT'],
    [{ first: -1 }, 'BAD_USER_INPUT'],
    [{ first: 10, before: '上周' }, 'BAD_USER_INPUT'],
  ])('refuses the page %p', async (page, code) => {
    await expect(new AuditLogService(sources()).under(reader(systemCaller), east, page)).rejects.toMatchObject({
      code,
    });
  });

  it('says which service did not answer, and logs why with the request id', async () => {
    const [ledger, scheme] = sources();
    const down = new FakeSource('rating', new TypeError('fetch failed'));
    const failure = new AuditLogService([ledger, scheme, down]).under(reader(eastCommittee), east, { first: 10 });
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({
      code: 'INTERNAL',
      message: '评星定级服务的审计日志暂时无法读取，请稍后重试',
    });
    expect(logged).toEqual([
      expect.objectContaining({ service: 'rating', requestId: 'req-a', error: 'TypeError: fetch failed' }),
    ]);
  });

  it('passes a service’s own refusal on as it is', async () => {
    const refused = new FakeSource('scheme', new AppError('FORBIDDEN', '您没有查看审计日志的权限'));
    await expect(
      new AuditLogService([refused]).under(reader(eastCommittee), east, { first: 10 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
