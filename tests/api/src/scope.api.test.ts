import { Caller, INTERNAL_TOKEN_HEADER, mintInternalToken, Role, systemCaller } from '@jifen/kit';
import { dataOf, errorCodeOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import { ledgerGraphql } from './generated/ledger';
import type { OrgLevel } from './generated/ledger/graphql';
import { ratingGraphql } from './generated/rating';

describe('the caller scope carried from the gateway filters every service', () => {
  let platform: TestPlatform;
  const org: Record<string, { id: string; path: string }> = {};
  let westMemberId: string;
  let east: Caller;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
    const create = async (key: string, level: OrgLevel, name: string, parent?: string) => {
      const data = dataOf(
        await platform.querySubgraph(
          'ledger',
          ledgerGraphql(
            `mutation ScopeCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
          ),
          { input: { level, name, parentId: parent ? org[parent].id : null } },
        ),
      );
      org[key] = data.createOrganization;
    };
    await create('district', 'DISTRICT', '范围区');
    await create('east', 'TOWNSHIP', '东镇党委', 'district');
    await create('west', 'TOWNSHIP', '西镇党委', 'district');
    await create('eastBranch', 'BRANCH', '东村党支部', 'east');
    await create('westBranch', 'BRANCH', '西村党支部', 'west');
    const member = dataOf(
      await platform.querySubgraph(
        'ledger',
        ledgerGraphql(`mutation ScopeAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`),
        {
          input: {
            organizationId: org.westBranch.id,
            memberNo: 'W1',
            name: '黄磊',
            gender: 'MALE',
            kind: 'FULL',
            joinDate: '2000-07-01',
            birthDate: '1970-01-01',
          },
        },
      ),
    );
    westMemberId = member.addMember.id;
    east = { role: Role.TOWNSHIP, scopePath: org.east.path, subject: 'east-committee' };
  });
  afterAll(() => platform.stop());

  it('lists only the subtree of the caller', async () => {
    const data = dataOf(
      await platform.querySubgraph(
        'ledger',
        ledgerGraphql(`query ScopeOrganizations { organizations { id } }`),
        {},
        east,
      ),
    );
    expect(data.organizations.map((o: { id: string }) => o.id).sort()).toEqual([org.east.id, org.eastBranch.id].sort());
  });

  it("answers another scope's ids as if they did not exist", async () => {
    const data = dataOf(
      await platform.querySubgraph(
        'ledger',
        ledgerGraphql(
          `query ScopeOrganization($o: ID!, $m: ID!) { organization(id: $o) { id } member(id: $m) { id } }`,
        ),
        { o: org.west.id, m: westMemberId },
        east,
      ),
    );
    expect(data).toEqual({ organization: null, member: null });
    const parent = dataOf(
      await platform.querySubgraph(
        'ledger',
        ledgerGraphql(`query ScopeOrganization2($o: ID!) { organization(id: $o) { parent { id } } }`),
        { o: org.east.id },
        east,
      ),
    );
    expect(parent.organization!.parent).toBeNull();
  });

  it('refuses changes outside the scope with the not-found answer', async () => {
    const response = await platform.querySubgraph(
      'ledger',
      ledgerGraphql(
        `mutation ScopeCreateOrganization2($p: ID!) { createOrganization(input: { level: BRANCH, name: "越权支部", parentId: $p }) { id } }`,
      ),
      { p: org.west.id },
      east,
    );
    expect(errorCodeOf(response)).toBe('ORGANIZATION_NOT_FOUND');
    const quota = await platform.querySubgraph(
      'rating',
      ratingGraphql(
        `mutation ScopeSetQuotaPolicy($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026 }) { id } }`,
      ),
      { o: org.west.id },
      east,
    );
    expect(errorCodeOf(quota)).toBe('ORGANIZATION_NOT_FOUND');
  });

  it('lets a township committee set its own quota policy, inherited by its branches only', async () => {
    const set = dataOf(
      await platform.querySubgraph(
        'rating',
        ratingGraphql(
          `mutation ScopeSetQuotaPolicy2($o: ID!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, fiveStarPercent: 12, reason: "先进支部较多" }) { id organizationId setAt } }`,
        ),
        { o: org.east.id },
        east,
      ),
    );
    expect(set.setQuotaPolicy).toMatchObject({ organizationId: org.east.id, setAt: '2026-11-21T08:00:00.000Z' });
    const history = dataOf(
      await platform.query(
        apiGraphql(`query ScopeOrganization3($e: ID!) { organization(id: $e) { quotaPolicyHistory { id setAt } } }`),
        {
          e: org.east.id,
        },
      ),
    );
    expect(history.organization!.quotaPolicyHistory).toEqual([
      { id: set.setQuotaPolicy.id, setAt: set.setQuotaPolicy.setAt },
    ]);
    const data = dataOf(
      await platform.query(
        apiGraphql(
          `query ScopeOrganization4($e: ID!, $w: ID!) { e: organization(id: $e) { quotaPolicy(cycle: 2026) { fiveStarPercent inherited reason } } w: organization(id: $w) { quotaPolicy(cycle: 2026) { fiveStarPercent isDefault } } }`,
        ),
        { e: org.eastBranch.id, w: org.westBranch.id },
      ),
    );
    expect(data.e!.quotaPolicy).toEqual({ fiveStarPercent: 12, inherited: true, reason: '先进支部较多' });
    expect(data.w!.quotaPolicy).toEqual({ fiveStarPercent: 10, isDefault: true });
  });

  it.each([
    ['no token', {}],
    [
      'a token signed with another secret',
      { [INTERNAL_TOKEN_HEADER]: mintInternalToken('not-the-secret', systemCaller, 'r', Date.now()) },
    ],
    ['an expired token', { [INTERNAL_TOKEN_HEADER]: 'EXPIRED' }],
  ])('refuses a direct call to a subgraph with %s, _service included', async (_case, headers) => {
    const token =
      headers[INTERNAL_TOKEN_HEADER as keyof typeof headers] === 'EXPIRED'
        ? {
            [INTERNAL_TOKEN_HEADER]: mintInternalToken(platform.tokenSecret, systemCaller, 'r', Date.now() - 3_600_000),
          }
        : headers;
    for (const service of ['ledger', 'scheme', 'rating'] as const) {
      const response = await fetch(platform.urls[service], {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...token },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      expect(response.status).toBe(401);
      expect(errorCodeOf((await response.json()) as any)).toBe('UNAUTHENTICATED');
      const entities = await fetch(platform.urls[service], {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...token },
        body: JSON.stringify({
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
          variables: { r: [{ __typename: 'Organization', id: org.west.id, path: org.west.path }] },
        }),
      });
      expect(entities.status).toBe(401);
      expect(errorCodeOf((await entities.json()) as any)).toBe('UNAUTHENTICATED');
    }
  });
});
