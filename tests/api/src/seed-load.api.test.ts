import { loadScale, ScaleLoadResult, SeedRefused } from '@jifen/launcher';
import { progressReporter } from '@jifen/seed';
import { customScale, DistrictScale } from '@jifen/seed';
import { dataOf, Document, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

/**
 * A tiny district seeded end to end through the services' APIs, then read through the gateway as a dashboard
 * would: the cycle's scores final, votes recorded, the half-years and the year rated and confirmed with stars
 * and dual warnings, declarations awaiting review, an account per role; a second load of the same name refused.
 */
const TODAY = '2026-11-21';
const CYCLE = '2025';
const PASSWORD = 'Seed-test-2026';
const TINY: DistrictScale = {
  name: '试点区',
  code: 'SD',
  townships: 2,
  branches: 6,
  members: 60,
  entriesPerMember: 10,
  seed: 7,
};

describe('seeding a small district through the services', () => {
  let platform: TestPlatform;
  let result: ScaleLoadResult;
  let districtId = '';
  const q = async <R, V>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  const quiet = { phase: progressReporter({ out: { isTTY: false, write: () => {} } }), say: () => {}, concurrency: 4 };

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date(`${TODAY}T08:00:00Z`) });
    result = await loadScale(customScale(TINY), {
      urls: platform.urls,
      tokenSecret: platform.tokenSecret,
      today: TODAY,
      password: PASSWORD,
      ...quiet,
    });
    districtId = result.districts[0].districtId;
  });
  afterAll(() => platform?.stop());

  it('builds the tree and roster the plan asked for', async () => {
    const data = await q(
      apiGraphql(
        `query SeedLoadOrganization($id: ID!) { organization(id: $id) { name memberCount children { level children { level } } } }`,
      ),
      { id: districtId },
    );
    expect(data.organization!.name).toBe('试点区');
    expect(data.organization!.memberCount).toBe(60);
    expect(data.organization!.children).toHaveLength(2);
    const branches = data
      .organization!.children.flatMap((t: { children: { level: string }[] }) => t.children)
      .filter((c: { level: string }) => c.level === 'BRANCH');
    expect(branches).toHaveLength(6);
    const summary = result.districts[0];
    expect(summary.entries / (summary.members - summary.exempt)).toBeGreaterThan(5);
    expect(summary.entries / (summary.members - summary.exempt)).toBeLessThan(20);
  });

  it('makes every score of the cycle final after the publicity windows closed', async () => {
    const scores = (
      await q(
        apiGraphql(
          `query SeedLoadOrganization2($id: ID!, $p: String!) { organization(id: $id) { periodScores(period: $p, first: 1000) { items { state status total } } } }`,
        ),
        { id: districtId, p: CYCLE },
      )
    ).organization!.periodScores.items as { state: string; status: string; total: number | null }[];
    expect(scores).toHaveLength(60);
    expect(new Set(scores.map((s) => s.state))).toEqual(new Set(['FINAL']));
    const totals = scores.filter((s) => s.status === 'SCORED').map((s) => s.total!);
    expect(totals.some((t) => t < 50)).toBe(true);
    expect(totals.filter((t) => t >= 60).length).toBeGreaterThan(totals.length / 2);
    const rollup = (
      await q(
        apiGraphql(
          `query SeedLoadOrganization3($id: ID!, $p: String!) { organization(id: $id) { scoreRollup(period: $p) { finalScores runningWindows } } }`,
        ),
        { id: districtId, p: CYCLE },
      )
    ).organization!.scoreRollup;
    expect(rollup).toMatchObject({ finalScores: 60, runningWindows: 0 });
  });

  it('records the democratic review’s votes where the scheme has one', async () => {
    const members = (
      await q(
        apiGraphql(
          `query SeedLoadOrganization4($id: ID!) { organization(id: $id) { members(first: 100) { items { reviewVotes { periodKey counts { level count } } } } } }`,
        ),
        { id: districtId },
      )
    ).organization!.members.items as { reviewVotes: { periodKey: string; counts: { count: number }[] }[] }[];
    const voted = members.filter((m) =>
      m.reviewVotes.some((v) => v.periodKey === CYCLE && v.counts.reduce((a, c) => a + c.count, 0) >= 5),
    );
    expect(voted.length).toBeGreaterThan(0);
  });

  it('confirms the rating runs: stars under quota in the half-years, dual warnings opened', async () => {
    const runs = (
      await q(
        apiGraphql(
          `query SeedLoadOrganization5($id: ID!) { organization(id: $id) { ratingRuns { id period status summary { rated warnings levels { stars places taken } } } } }`,
        ),
        { id: districtId },
      )
    ).organization!.ratingRuns as {
      id: string;
      period: string;
      status: string;
      summary: { rated: number; warnings: number; levels: { stars: number; places: number; taken: number }[] };
    }[];
    expect(runs.map((r) => [r.period, r.status]).sort()).toEqual([
      [CYCLE, 'CONFIRMED'],
      [`${CYCLE}-H1`, 'CONFIRMED'],
      [`${CYCLE}-H2`, 'CONFIRMED'],
    ]);
    const h2 = runs.find((r) => r.period === `${CYCLE}-H2`)!;
    const taken = h2.summary.levels.reduce((a, l) => a + l.taken, 0);
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(h2.summary.rated);
    const starred = (
      await q(
        apiGraphql(
          `query SeedLoadRatingRun($r: ID!) { ratingRun(id: $r) { results(first: 5, stars: 5) { items { stars explanation } } } }`,
        ),
        {
          r: h2.id,
        },
      )
    ).ratingRun!.results.items;
    expect(starred.length).toBeGreaterThan(0);
    const cases = (
      await q(
        apiGraphql(
          `query SeedLoadOrganization6($id: ID!) { organization(id: $id) { warningCases(first: 100) { memberName periodKey trigger total warnedPeriods } } }`,
        ),
        { id: districtId },
      )
    ).organization!.warningCases!;
    expect(cases.length).toBeGreaterThan(0);
    // A member warned again in the next half-year continues the same case: each warning is one period of one case.
    expect(cases.reduce((a, c) => a + c.warnedPeriods.length, 0)).toBe(
      runs.reduce((a, r) => a + r.summary.warnings, 0),
    );
    for (const c of cases) expect(c.total).toBeLessThan(50);
  });

  it('leaves declarations awaiting the committee’s review, and rejected ones with their reason', async () => {
    const pending = (
      await q(
        apiGraphql(
          `query SeedLoadOrganization7($id: ID!) { organization(id: $id) { entries(states: [DECLARED], first: 5) { total items { occurredOn } } } }`,
        ),
        { id: districtId },
      )
    ).organization!.entries;
    expect(pending.total).toBe(result.districts[0].pending);
    expect(pending.total).toBeGreaterThan(0);
    for (const e of pending.items) expect(e.occurredOn > CYCLE && e.occurredOn <= TODAY).toBe(true);
    const rejected = (
      await q(
        apiGraphql(
          `query SeedLoadOrganization8($id: ID!) { organization(id: $id) { entries(states: [REJECTED], first: 5) { total } } }`,
        ),
        {
          id: districtId,
        },
      )
    ).organization!.entries;
    expect(rejected.total).toBe(result.districts[0].rejected);
  });

  it('opens an account per role that signs in through the gateway', async () => {
    expect(result.districts[0].accounts).toEqual([
      'sd-district',
      'sd-township',
      'sd-secretary',
      'sd-recorder',
      'sd-member',
    ]);
    const login = dataOf(
      await platform.query(
        apiGraphql(`mutation SeedLoadLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`),
        { u: 'sd-secretary', p: PASSWORD },
        null,
      ),
    ).login;
    const me = dataOf(
      await platform.query(apiGraphql(`query SeedLoadMe { me { role } }`), {}, { bearer: login.token }),
    ).me;
    expect(me.role).toBe('BRANCH_SECRETARY');
  });

  it('refuses to load a district whose name is taken, writing nothing', async () => {
    await expect(
      loadScale(customScale(TINY), {
        urls: platform.urls,
        tokenSecret: platform.tokenSecret,
        today: TODAY,
        password: PASSWORD,
        ...quiet,
      }),
    ).rejects.toThrow(SeedRefused);
    const districts = (await q(apiGraphql(`query SeedLoadOrganizations { organizations(level: DISTRICT) { name } }`)))
      .organizations;
    expect(districts).toEqual([{ name: '试点区' }]);
  });
});
