import { DEFAULT_DEMO_PASSWORD, demoAccounts } from '../demo/demo-accounts';
import { loadDemoIfEmpty } from '../demo/load-demo';
import { dataOf, startTestPlatform, TestPlatform } from '../testing/test-platform';

const TODAY = '2026-11-21';

describe('the demo district through the gateway', () => {
  let platform: TestPlatform;
  let loaded: Awaited<ReturnType<typeof loadDemoIfEmpty>>;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date(`${TODAY}T08:00:00Z`) });
    loaded = await loadDemoIfEmpty({
      urls: platform.urls,
      tokenSecret: platform.tokenSecret,
      today: TODAY,
      password: DEFAULT_DEMO_PASSWORD,
      progress: () => {},
    });
  });
  afterAll(() => platform.stop());

  it('loads 示范区 once: a second load finds data and does nothing', async () => {
    expect(loaded?.organizations).toBeGreaterThanOrEqual(30);
    expect(loaded?.members).toBeGreaterThan(800);
    expect(
      await loadDemoIfEmpty({
        urls: platform.urls,
        tokenSecret: platform.tokenSecret,
        today: TODAY,
        password: DEFAULT_DEMO_PASSWORD,
        progress: () => {},
      }),
    ).toBeNull();
  });

  it('answers the district tree with member counts that add up', async () => {
    const data = dataOf(
      await platform.query(
        '{ organizations(level: DISTRICT) { name memberCount children { name memberCount children { name memberCount } } } }',
      ),
    );
    expect(data.organizations).toHaveLength(1);
    const [district] = data.organizations;
    expect(district.name).toBe('示范区');
    expect(district.children).toHaveLength(3);
    expect(district.memberCount).toBe(loaded?.members);
    const townshipTotal = district.children.reduce((sum: number, t: { memberCount: number }) => sum + t.memberCount, 0);
    expect(townshipTotal).toBe(district.memberCount);
    for (const township of district.children) {
      const childTotal = township.children.reduce((sum: number, c: { memberCount: number }) => sum + c.memberCount, 0);
      expect(childTotal).toBe(township.memberCount);
    }
  });

  it('answers one branch with fields from all three services: inherited scheme and quota policy', async () => {
    const [district] = dataOf(await platform.query('{ organizations(level: DISTRICT) { id path } }')).organizations;
    const branches = dataOf(
      await platform.query('{ organizations(level: BRANCH) { id schemeAssignment { organizationId } } }'),
    ).organizations;
    expect(branches.length).toBeGreaterThanOrEqual(28);
    // Paths are made of ids, so their order differs from one load to the next: take a branch that follows the district's scheme.
    const inheriting = branches.find(
      (b: { schemeAssignment: { organizationId: string } | null }) =>
        b.schemeAssignment?.organizationId === district.id,
    );
    expect(inheriting).toBeDefined();
    const data = dataOf(
      await platform.query(
        `query($id: ID!) { organization(id: $id) { name path effectiveScheme { name } quotaPolicy { fiveStarPercent fourStarPercent threeStarPercent inherited isDefault } } }`,
        { id: inheriting.id },
      ),
    );
    expect(data.organization.path.startsWith(`${district.path}.`)).toBe(true);
    expect(data.organization.effectiveScheme.name).toBe('示范区党员“先锋指数”积分管理办法');
    expect(data.organization.quotaPolicy).toEqual({
      fiveStarPercent: 10,
      fourStarPercent: 15,
      threeStarPercent: 20,
      inherited: true,
      isDefault: false,
    });
  });

  it('has no scheme in force before the date it was assigned from', async () => {
    const [district] = dataOf(await platform.query('{ organizations(level: DISTRICT) { id } }')).organizations;
    const data = dataOf(
      await platform.query(
        'query($id: ID!) { organization(id: $id) { before: effectiveScheme(on: "2025-12-31") { name } after: effectiveScheme(on: "2026-01-01") { name } } }',
        { id: district.id },
      ),
    );
    expect(data.organization.before).toBeNull();
    expect(data.organization.after.name).toContain('先锋指数');
  });

  it('has one account per role, each logging in through the gateway as the README says', async () => {
    const seen = new Map<string, { organizationId: string; memberId: string | null }>();
    for (const account of demoAccounts) {
      const login = dataOf(
        await platform.query(
          'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token account { role } } }',
          { u: account.username, p: DEFAULT_DEMO_PASSWORD },
          null,
        ),
      ).login;
      expect(login.account.role).toBe(account.role);
      const me = dataOf(
        await platform.query('{ me { role subject organizationId memberId } }', {}, { bearer: login.token }),
      ).me;
      expect(me).toMatchObject({ role: account.role, subject: expect.stringMatching(/^account:/) });
      seen.set(account.username, me);
    }
    expect(seen.get('secretary')!.organizationId).toBe(seen.get('recorder')!.organizationId);
    expect(seen.get('member')!.memberId).toBeTruthy();
    const member = dataOf(
      await platform.query('query($id: ID!) { member(id: $id) { organizationId } }', {
        id: seen.get('member')!.memberId,
      }),
    ).member;
    expect(member.organizationId).toBe(seen.get('secretary')!.organizationId);
  });

  it('serves the IDE page to a browser from local files', async () => {
    const page = await fetch(platform.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/ide/graphiql.js');
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      const response = await fetch(platform.gatewayUrl.replace('/graphql', `/ide/${asset}`));
      expect([asset, response.status]).toEqual([asset, 200]);
      expect(response.headers.get('content-type')).toContain(asset.endsWith('.css') ? 'text/css' : 'javascript');
      expect((await response.text()).length).toBeGreaterThan(5_000);
    }
  });
});
