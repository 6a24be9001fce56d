import { Caller, INTERNAL_TOKEN_HEADER, mintInternalToken, Role } from '@jifen/kit';
import { randomUUID } from 'node:crypto';
import { dataOf, errorCodeOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { ledgerGraphql } from './generated/ledger';

interface AuditEventView {
  service: string;
  kind: string;
  operation: string;
  outcome: string;
  subject: string;
  keyId: string | null;
  at: string;
  detail: string;
}

const AUDIT_LOG = ledgerGraphql(
  `query AuditTrailOrganization($o: ID!, $first: Int, $before: String) { organization(id: $o) { auditLog(first: $first, before: $before) { id at service subject role keyId requestId kind operation outcome detail } } }`,
);

describe('the audit log: every write and every export in the three services, read by the upper levels', () => {
  let platform: TestPlatform;
  const org: Record<string, { id: string; path: string }> = {};
  const as = (role: Role, key: string, extra: Partial<Caller> = {}): Caller => ({
    role,
    scopePath: org[key].path,
    subject: `account:${role.toLowerCase()}-${key}`,
    ...extra,
  });
  const keyId = randomUUID();

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    const create = async (key: string, level: string, name: string, parent?: string) => {
      const data = dataOf(
        await platform.querySubgraph(
          'ledger',
          'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }',
          { input: { level, name, parentId: parent ? org[parent].id : null } },
        ),
      );
      org[key] = data.createOrganization;
    };
    await create('district', 'DISTRICT', '审计区');
    await create('east', 'TOWNSHIP', '东镇党委', 'district');
    await create('west', 'TOWNSHIP', '西镇党委', 'district');
    await create('westBranch', 'BRANCH', '西村党支部', 'west');
    const east = as(Role.TOWNSHIP, 'east');
    // Inside the east township: a branch created, a quota policy set, a template adopted, one refusal, one export.
    dataOf(
      await platform.querySubgraph(
        'ledger',
        'mutation($p: ID!) { createOrganization(input: { level: BRANCH, name: "东村党支部", parentId: $p }) { id } }',
        { p: org.east.id },
        east,
      ),
    );
    dataOf(
      await platform.querySubgraph(
        'rating',
        'mutation($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, fiveStarPercent: 12, reason: "先进支部较多" }) { id } }',
        { o: org.east.id },
        east,
      ),
    );
    const branches = dataOf(
      await platform.querySubgraph('ledger', '{ organizations(level: BRANCH) { id path } }', {}, east),
    ).organizations;
    org.eastBranch = branches[0];
    await platform.querySubgraph(
      'scheme',
      'mutation($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "pioneer-index") { id } }',
      { o: org.eastBranch.id },
      east,
    );
    const refused = await platform.querySubgraph(
      'ledger',
      'mutation($p: ID!) { createOrganization(input: { level: BRANCH, name: "越权支部", parentId: $p }) { id } }',
      { p: org.west.id },
      east,
    );
    expect(errorCodeOf(refused)).toBe('ORGANIZATION_NOT_FOUND');
    const recorder = as(Role.BRANCH_RECORDER, 'eastBranch', { subject: `key:${keyId}`, keyId });
    const token = mintInternalToken(platform.tokenSecret, recorder, randomUUID(), Date.now());
    const ledgerOrigin = new URL(platform.urls.ledger).origin;
    const download = await fetch(
      `${ledgerOrigin}/downloads/ledger-book.xlsx?organizationId=${org.eastBranch.id}&period=2026`,
      { headers: { [INTERNAL_TOKEN_HEADER]: token } },
    );
    expect(download.status).toBe(400);
    // In the west township: one write, which the east must not see.
    dataOf(
      await platform.querySubgraph(
        'ledger',
        'mutation($id: ID!) { renameOrganization(id: $id, name: "西村第一党支部") { id } }',
        { id: org.westBranch.id },
        as(Role.TOWNSHIP, 'west'),
      ),
    );
  });
  afterAll(() => platform?.stop());

  const auditLog = async (caller: Caller, key: string, first = 50, before?: string): Promise<AuditEventView[]> =>
    dataOf(await platform.querySubgraph('ledger', AUDIT_LOG, { o: org[key].id, first, before: before ?? null }, caller))
      .organization!.auditLog;

  it('shows a township committee what was done inside it, in every service, newest first', async () => {
    const events = await auditLog(as(Role.TOWNSHIP, 'east'), 'east');
    expect(events.map((e) => `${e.service}:${e.kind}:${e.operation}:${e.outcome}`)).toEqual([
      'ledger:EXPORT:ledger-book.xlsx:INVALID_PERIOD',
      'ledger:WRITE:createOrganization:ORGANIZATION_NOT_FOUND',
      'scheme:WRITE:adoptTemplate:OK',
      'rating:WRITE:setQuotaPolicy:OK',
      'ledger:WRITE:createOrganization:OK',
    ]);
    expect(events[0]).toMatchObject({ subject: `key:${keyId}`, keyId });
    expect(JSON.parse(events[4].detail)).toEqual({
      input: { level: 'BRANCH', name: '东村党支部', parentId: org.east.id },
    });
    expect([...events].sort((a, b) => (a.at < b.at ? 1 : -1))).toEqual(events);
  });

  it('shows the district everything below it, in pages chained by the instant of the last event', async () => {
    const district = as(Role.DISTRICT, 'district');
    const all = await auditLog(district, 'district');
    expect(all.filter((e) => e.operation === 'renameOrganization')).toHaveLength(1);
    expect(all.filter((e) => e.subject === 'system')).toHaveLength(0);
    const first = await auditLog(district, 'district', 3);
    const rest = await auditLog(district, 'district', 50, first[2].at);
    expect([...first, ...rest]).toEqual(all);
  });

  it('shows a branch’s log (what its own callers did) only to those with the right to read it', async () => {
    expect((await auditLog(as(Role.TOWNSHIP, 'east'), 'eastBranch')).map((e) => e.operation)).toEqual([
      'ledger-book.xlsx',
    ]);
    const secretary = await platform.querySubgraph(
      'ledger',
      AUDIT_LOG,
      { o: org.eastBranch.id },
      as(Role.BRANCH_SECRETARY, 'eastBranch'),
    );
    expect(errorCodeOf(secretary)).toBe('FORBIDDEN');
  });

  it('answers another township’s node as not found, and refuses it at each service’s feed', async () => {
    const west = await platform.querySubgraph('ledger', AUDIT_LOG, { o: org.west.id }, as(Role.TOWNSHIP, 'east'));
    expect(dataOf(west).organization).toBeNull();
    const token = mintInternalToken(platform.tokenSecret, as(Role.TOWNSHIP, 'east'), randomUUID(), Date.now());
    for (const service of ['ledger', 'scheme', 'rating'] as const) {
      const response = await fetch(
        `${new URL(platform.urls[service]).origin}/audit?organizationPath=${org.west.path}`,
        { headers: { [INTERNAL_TOKEN_HEADER]: token } },
      );
      expect(response.status).toBe(404);
      const unsigned = await fetch(`${new URL(platform.urls[service]).origin}/audit?organizationPath=${org.east.path}`);
      expect(unsigned.status).toBe(401);
    }
  });
});
