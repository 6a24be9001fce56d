import { DEFAULT_DEMO_PASSWORD, demoAccounts } from '@jifen/demo';
import { buildDemoPlan } from '@jifen/demo';
import { DemoSummary, loadDemoIfEmpty } from '@jifen/demo';
import { dataOf, Document, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

const TODAY = '2026-12-07';
const LAST = '2025';
const RATED = ['2025-H1', '2025-H2', '2025', '2026-H1'];
/** The district confirms the last cycle; the current half-year is rated per township (柳林镇 confirmed, 青山镇 a preview). */
const DISTRICT_RATED = ['2025-H1', '2025-H2', '2025'];

interface Warnings {
  open: number;
  overdue: number;
  escalated: number;
  closed: number;
}

describe('the demo district through the gateway', () => {
  let platform: TestPlatform;
  let loaded: DemoSummary | null;
  /** The services' clock: the load day (what is overdue is overdue on it). */
  const now = new Date(`${TODAY}T08:00:00Z`);
  const plan = buildDemoPlan(TODAY);
  const q = async <R, V>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  const townshipId = async (name: string) =>
    (
      await q(apiGraphql(`query DemoDistrictTownshipIds { organizations(level: TOWNSHIP) { id name } }`))
    ).organizations.find((t) => t.name === name)!.id as string;
  const districtId = async () =>
    (await q(apiGraphql(`query DemoDistrictOrganizations { organizations(level: DISTRICT) { id } }`))).organizations[0]
      .id as string;
  const ratingRollups = async (id: string) =>
    Promise.all(
      RATED.map(
        async (period) =>
          (
            await q(
              apiGraphql(
                `query DemoDistrictOrganization($id: ID!, $p: String!) { organization(id: $id) { ratingRollup(period: $p) { rated grades { code count } stars { stars places taken } warnings { open overdue escalated closed } children { organizationId warnings { open overdue } } } } }`,
              ),
              { id, p: period },
            )
          ).organization!.ratingRollup!,
      ),
    );
  const sumWarnings = (rollups: { warnings: Warnings }[]) =>
    rollups.reduce(
      (a, r) => ({
        open: a.open + r.warnings.open,
        overdue: a.overdue + r.warnings.overdue,
        escalated: a.escalated + r.warnings.escalated,
        closed: a.closed + r.warnings.closed,
      }),
      { open: 0, overdue: 0, escalated: 0, closed: 0 },
    );

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    loaded = await loadDemoIfEmpty({
      urls: platform.urls,
      tokenSecret: platform.tokenSecret,
      today: TODAY,
      password: DEFAULT_DEMO_PASSWORD,
      progress: () => {},
    });
  }, 600_000);
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
        apiGraphql(
          `query DemoDistrictOrganizations2 { organizations(level: DISTRICT) { name memberCount children { name memberCount children { name memberCount } } } }`,
        ),
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
    const [district] = dataOf(
      await platform.query(
        apiGraphql(
          `query DemoDistrictOrganizations3 { organizations(level: DISTRICT) { id path children { name children { id level schemeAssignment { organizationId } } } } }`,
        ),
      ),
    ).organizations;
    // 河西街道 sets no policy of its own: its branches that follow the district's scheme inherit the district's quotas too.
    const street = district.children.find((t) => t.name === '河西街道党工委')!;
    const inheriting = street.children.find(
      (b) => b.level === 'BRANCH' && b.schemeAssignment?.organizationId === district.id,
    );
    expect(inheriting).toBeDefined();
    const data = dataOf(
      await platform.query(
        apiGraphql(
          `query DemoDistrictOrganization2($id: ID!) { organization(id: $id) { name path effectiveScheme { name } quotaPolicy { fiveStarPercent fourStarPercent threeStarPercent inherited isDefault } } }`,
        ),
        { id: inheriting!.id },
      ),
    );
    expect(data.organization!.path.startsWith(`${district.path}.`)).toBe(true);
    expect(data.organization!.effectiveScheme!.name).toBe('示范区党员“先锋指数”积分管理办法');
    expect(data.organization!.quotaPolicy).toEqual({
      fiveStarPercent: 10,
      fourStarPercent: 15,
      threeStarPercent: 20,
      inherited: true,
      isDefault: false,
    });
  });

  it('has no scheme in force before the date it was assigned from', async () => {
    const [district] = dataOf(
      await platform.query(apiGraphql(`query DemoDistrictOrganizations4 { organizations(level: DISTRICT) { id } }`)),
    ).organizations;
    const data = dataOf(
      await platform.query(
        apiGraphql(
          `query DemoDistrictOrganization3($id: ID!) { organization(id: $id) { before: effectiveScheme(on: "2024-12-31") { name } after: effectiveScheme(on: "2025-01-01") { name } } }`,
        ),
        { id: district.id },
      ),
    );
    expect(data.organization!.before).toBeNull();
    expect(data.organization!.after!.name).toContain('先锋指数');
  });

  it('has one account per role, each logging in through the gateway as the README says', async () => {
    const seen = new Map<string, { organizationId: string | null; memberId: string | null }>();
    for (const account of demoAccounts) {
      const login = dataOf(
        await platform.query(
          apiGraphql(
            `mutation DemoDistrictLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token account { role } } }`,
          ),
          { u: account.username, p: DEFAULT_DEMO_PASSWORD },
          null,
        ),
      ).login;
      expect(login.account.role).toBe(account.role);
      const me = dataOf(
        await platform.query(
          apiGraphql(`query DemoDistrictMe { me { role subject organizationId memberId } }`),
          {},
          { bearer: login.token },
        ),
      ).me;
      expect(me).toMatchObject({ role: account.role, subject: expect.stringMatching(/^account:/) });
      seen.set(account.username, me);
    }
    expect(seen.get('secretary')!.organizationId).toBe(seen.get('recorder')!.organizationId);
    expect(seen.get('member')!.memberId).toBeTruthy();
    const member = dataOf(
      await platform.query(apiGraphql(`query DemoDistrictMember($id: ID!) { member(id: $id) { organizationId } }`), {
        id: seen.get('member')!.memberId!,
      }),
    ).member;
    expect(member!.organizationId).toBe(seen.get('secretary')!.organizationId);
  });

  it('rolls up the last cycle: every scored member final, the spread the demo planned', async () => {
    const id = await districtId();
    const rollup = (
      await q(
        apiGraphql(
          `query DemoDistrictOrganization4($id: ID!, $p: String!) { organization(id: $id) { scoreRollup(period: $p) { membersScored membersExempt mean median finalScores distribution { label count } grades { code count } } } }`,
        ),
        { id, p: LAST },
      )
    ).organization!.scoreRollup;
    const scored = plan.plan.members.filter((m) => !m.exempt).length;
    expect(rollup.membersScored).toBe(scored);
    expect(rollup.membersExempt).toBe(loaded!.exempt);
    expect(rollup.membersExempt).toBe(plan.plan.members.filter((m) => m.exempt).length);
    expect(rollup.finalScores).toBe(plan.plan.members.length);
    // Most between 60 and 95, the low scorers below 50 (star-rated members' year is the mean of their two halves).
    const band = (label: string) => rollup.distribution.find((b) => b.label === label)!.count;
    expect(band('50 分以下')).toBe(plan.plan.members.filter((m) => m.tail).length);
    expect(rollup.median).toBeGreaterThanOrEqual(70);
    expect(rollup.median).toBeLessThanOrEqual(90);
    expect(rollup.grades.reduce((a, g) => a + g.count, 0)).toBeGreaterThan(scored / 2);
  });

  it('has confirmed the rating runs of the last cycle (and 柳林镇 the half-year just over), with stars under quota', async () => {
    const id = await districtId();
    const runsOf = async (orgId: string) =>
      (
        await q(
          apiGraphql(
            `query DemoDistrictOrganization5($id: ID!) { organization(id: $id) { ratingRuns { period status pendingCount } } }`,
          ),
          { id: orgId },
        )
      ).organization!.ratingRuns!;
    const runs = await runsOf(id);
    expect(runs.map((r) => [r.period, r.status]).sort()).toEqual(DISTRICT_RATED.map((p) => [p, 'CONFIRMED']).sort());
    expect((await runsOf(await townshipId('柳林镇党委'))).map((r) => [r.period, r.status])).toEqual([
      ['2026-H1', 'CONFIRMED'],
    ]);
    expect((await runsOf(await townshipId('青山镇党委'))).map((r) => [r.period, r.status, r.pendingCount])).toEqual([
      ['2026-H1', 'PREVIEW', 0],
    ]);
    expect(loaded!.ratingRuns.map((r) => [r.period, r.organization])).toEqual([
      ...DISTRICT_RATED.map((p) => [p, '示范区']),
      ['2026-H1', '柳林镇党委'],
    ]);
    expect(loaded!.ratingPreviews.map((r) => [r.period, r.organization, r.pendingCount])).toEqual([
      ['2026-H1', '青山镇党委', 0],
    ]);
    const rollups = await ratingRollups(id);
    for (const [i, period] of RATED.entries()) {
      const run = loaded!.ratingRuns.find((r) => r.period === period)!;
      const taken = rollups[i].stars.reduce((a, l) => a + l.taken, 0);
      expect([period, taken]).toEqual([period, run.starred]);
      expect(rollups[i].rated).toBe(run.rated);
    }
    const h2 = rollups[RATED.indexOf('2025-H2')];
    expect(h2.stars.map((l) => l.stars).sort()).toEqual([3, 4, 5]);
    for (const level of h2.stars) {
      expect(level.taken).toBeGreaterThan(0);
      expect(level.taken).toBeLessThanOrEqual(level.places);
    }
    const year = rollups[RATED.indexOf(LAST)];
    expect(year.grades.reduce((a, g) => a + g.count, 0)).toBe(year.rated);
  });

  it('opens a case for each low scorer (one per member across consecutive periods), disposal cases where the scheme says so', async () => {
    expect(loaded!.plannedWarnings).toBe(plan.plannedWarnings);
    expect(plan.plannedWarnings).toBeGreaterThanOrEqual(plan.plan.members.filter((m) => m.tail).length);
    expect(loaded!.ratingRuns.reduce((a, r) => a + r.warnings, 0)).toBe(plan.plannedWarnings);
    const cases = (
      await q(
        apiGraphql(
          `query DemoDistrictOrganization6($id: ID!) { organization(id: $id) { warningCases(first: 200) {
            status trigger triggerNote total warnedPeriods helperName plan disposals { measure steps { step } }
          } } }`,
        ),
        { id: await districtId() },
      )
    ).organization!.warningCases!;
    // 先锋指数 (the district's scheme) puts 不合格 in disposal: those cases start there (also for a member warned).
    const disposal = cases.filter((c) => c.trigger === 'DISPOSAL_CONSEQUENCE');
    const warning = cases.filter((c) => c.trigger !== 'DISPOSAL_CONSEQUENCE');
    expect(disposal.length).toBeGreaterThan(0);
    expect(warning.length).toBeGreaterThan(0);
    // Each warning of a run is one period of one case: a member warned again continues the same case.
    expect(
      warning.reduce((a, c) => a + c.warnedPeriods.length, 0) +
        disposal.filter((c) => c.triggerNote.includes('双预警')).length,
    ).toBe(plan.plannedWarnings);
    for (const c of warning) expect(c.total).toBeLessThan(50);
    for (const c of disposal) {
      expect(c.status).toBe('ESCALATED');
      // 不合格 (below 60), or a probationary member's 基本合格 (below 70: probation extended).
      expect(c.triggerNote).toMatch(/^评定结果运用：/);
      expect(c.total).toBeLessThan(70);
    }
    const totals = sumWarnings(await ratingRollups(await districtId()));
    // One dual warning escalated to the disposal procedure beside the disposal cases (all open: under way), none
    // closed yet; what is overdue on the load day is counted case by case in the next test.
    const { overdue: _overdue, ...counted } = totals;
    expect(counted).toEqual({ open: cases.length, escalated: disposal.length + 1, closed: 0 });
    expect(Object.values(loaded!.warningCases).reduce((a, n) => a + n, 0)).toBe(cases.length);
    // The first branch's low scorers are under 先锋指数, in disposal; the dual warnings are followed up to each stage.
    for (const status of ['INTERVIEWED', 'HELPER_PAIRED', 'RECTIFYING'])
      expect([status, (loaded!.warningCases[status] ?? 0) > 0]).toEqual([status, true]);
    expect(loaded!.warningCases.ESCALATED).toBe(disposal.length + 1);
    const escalated = warning.find((c) => c.status === 'ESCALATED')!;
    expect(escalated.disposals).toEqual([
      { measure: 'RECTIFY_DEADLINE', steps: [{ step: 'PROPOSED' }, { step: 'INVESTIGATED' }, { step: 'TALKED' }] },
    ]);
    expect(cases.filter((c) => c.status === 'RECTIFYING').every((c) => c.plan && c.helperName)).toBe(true);
  });

  it('shows today’s period in progress: declarations awaiting review, windows running, objections open', async () => {
    const id = await districtId();
    const rollup = (
      await q(
        apiGraphql(
          `query DemoDistrictOrganization7($id: ID!) { organization(id: $id) { scoreRollup(period: "2026") { pendingReviews openObjections runningWindows children { organizationId pendingReviews openObjections runningWindows } } } }`,
        ),
        { id },
      )
    ).organization!.scoreRollup;
    const plannedPending = [...plan.pending.values()].reduce((a, list) => a + list.length, 0);
    const plannedRunning = [...plan.currentCycle.cycles.values()].reduce(
      (a, c) => a + c.assemblies.filter((x) => x.running).length,
      0,
    );
    expect(rollup.pendingReviews).toBe(plannedPending);
    expect(rollup.pendingReviews).toBe(loaded!.pending);
    expect(rollup.runningWindows).toBe(plannedRunning);
    expect(rollup.runningWindows).toBe(loaded!.windowsRunning);
    // The rollup counts appeals awaiting the upper level's decision with the open objections.
    expect(rollup.openObjections).toBe(loaded!.objectionsOpen + loaded!.objectionsAppealed);
    expect(loaded!.objectionsOpen).toBeGreaterThanOrEqual(2);
    expect(loaded!.objectionsAnswered).toBe(1);
    expect(loaded!.objectionsAppealed).toBe(1);
    // The first township (where `township` works) has every kind of item in progress.
    const township = (
      await q(apiGraphql(`query DemoDistrictOrganizations5 { organizations(level: TOWNSHIP) { id name } }`))
    ).organizations.find((t) => t.name === '青山镇党委')!;
    const first = rollup.children.find((c) => c.organizationId === township.id)!;
    expect(first.pendingReviews).toBeGreaterThan(0);
    expect(first.runningWindows).toBeGreaterThan(0);
    expect(first.openObjections).toBeGreaterThan(0);
    const declared = (
      await q(
        apiGraphql(
          `query DemoDistrictOrganization8($id: ID!) { organization(id: $id) { entries(states: [DECLARED], first: 5) { total items { occurredOn } } } }`,
        ),
        { id },
      )
    ).organization!.entries;
    expect(declared.total).toBe(plannedPending);
    for (const e of declared.items) expect(e.occurredOn <= TODAY && e.occurredOn > '2026-11-01').toBe(true);
  });

  it('shows interviews overdue on the day it is loaded: each run dated on its rating meeting', async () => {
    const id = await districtId();
    const runDays = async (orgId: string) =>
      (
        await q(
          apiGraphql(
            `query DemoDistrictRunDays($id: ID!) { organization(id: $id) { ratingRuns { period decidedOn periodEnd status } } }`,
          ),
          { id: orgId },
        )
      ).organization!.ratingRuns!;
    const runs = [...(await runDays(id)), ...(await runDays(await townshipId('柳林镇党委')))];
    for (const period of RATED) {
      const run = runs.find((r) => r.period === period && r.status === 'CONFIRMED')!;
      expect([period, run.decidedOn]).toEqual([period, plan.decidedOn.get(period)]);
      expect(run.decidedOn! >= run.periodEnd! && run.decidedOn! < TODAY).toBe(true);
    }
    const cases = (
      await q(
        apiGraphql(
          `query DemoDistrictCaseDays($id: ID!) { organization(id: $id) { warningCases(first: 200) { periodKey status trigger openedOn interviewDue interviewedOn isOverdue overdue } } }`,
        ),
        { id },
      )
    ).organization!.warningCases!;
    for (const c of cases) expect([c.periodKey, c.openedOn]).toEqual([c.periodKey, plan.decidedOn.get(c.periodKey)]);
    // Awaiting the interview past its due day, on the load day itself: the rollups count them with the rest overdue.
    const lateInterviews = cases.filter((c) => c.status === 'OPEN' && c.interviewDue < TODAY);
    expect(lateInterviews.length).toBe(loaded!.overdueInterviews);
    expect(cases.some((c) => c.isOverdue)).toBe(true);
    for (const c of lateInterviews)
      expect(c.overdue[0]).toMatch(/^书记约谈逾期：应于 \d{4}-\d{2}-\d{2} 前约谈，已逾期 \d+ 天$/);
    // The other dual warnings were interviewed the day after the decision, never before it (disposal cases have no interview).
    for (const c of cases.filter((x) => x.status !== 'OPEN' && x.trigger !== 'DISPOSAL_CONSEQUENCE'))
      expect(c.interviewedOn! > c.openedOn).toBe(true);
    const rollups = await ratingRollups(id);
    const overdue = sumWarnings(rollups).overdue;
    expect(overdue).toBe(cases.filter((c) => c.isOverdue).length);
    expect(overdue).toBeGreaterThanOrEqual(loaded!.overdueInterviews);
    // The late interviews are in the first township (where `township` works; a day for the interview); its 先锋指数
    // low scorers' cases wait in the disposal stage for the branch's proposal, overdue too.
    const township = (
      await q(apiGraphql(`query DemoDistrictTownships { organizations(level: TOWNSHIP) { id name } }`))
    ).organizations.find((t) => t.name === '青山镇党委')!;
    const inTownship = rollups.reduce(
      (a, r) => a + (r.children.find((c) => c.organizationId === township.id)?.warnings.overdue ?? 0),
      0,
    );
    expect(inTownship).toBeGreaterThanOrEqual(loaded!.overdueInterviews);
  });

  it('gives the `member` account’s member a score, entries and no warning; the first branch every item in progress', async () => {
    const login = dataOf(
      await platform.query(
        apiGraphql(
          `mutation DemoDistrictLogin2($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        ),
        { u: 'member', p: DEFAULT_DEMO_PASSWORD },
        null,
      ),
    ).login;
    const me = dataOf(
      await platform.query(
        apiGraphql(`query DemoDistrictMe2 { me { memberId organizationId } }`),
        {},
        { bearer: login.token },
      ),
    ).me;
    const own = dataOf(
      await platform.query(
        apiGraphql(
          `query DemoDistrictMember2($id: ID!) { member(id: $id) { name score(period: "2025") { total state grade { name } } entries(first: 5) { total } warningCases { id } } }`,
        ),
        { id: me.memberId! },
        { bearer: login.token },
      ),
    ).member!;
    expect(own.name).toBe(plan.plan.members[plan.accounts.memberIndex].name);
    expect(own.score!.state).toBe('FINAL');
    expect(own.score!.total).toBeGreaterThanOrEqual(80);
    expect(own.entries.total).toBeGreaterThan(5);
    expect(own.warningCases).toEqual([]);
    const branch = (
      await q(
        apiGraphql(
          `query DemoDistrictOrganization9($id: ID!) { organization(id: $id) { name scoreRollup(period: "2026") { pendingReviews openObjections runningWindows } warningCases { status trigger interviewedOn disposalStep isOverdue } } }`,
        ),
        { id: me.organizationId! },
      )
    ).organization!;
    expect(branch.name).toBe('青山镇机关党支部');
    expect(branch.scoreRollup!.pendingReviews).toBe(plan.pending.get(plan.accounts.branchKey)!.length);
    expect(branch.scoreRollup!.runningWindows).toBe(1);
    expect(branch.scoreRollup!.openObjections).toBe(1);
    expect(branch.warningCases!.length).toBeGreaterThan(0);
    // Nothing followed up yet in the first branch: dual warnings await the interview, disposal cases the proposal.
    for (const c of branch.warningCases!)
      expect([c.status, c.interviewedOn, c.disposalStep]).toEqual([
        c.trigger === 'DISPOSAL_CONSEQUENCE' ? 'ESCALATED' : 'OPEN',
        null,
        null,
      ]);
    expect(branch.warningCases!.some((c) => c.isOverdue)).toBe(true);
  });

  it('gives `township` one of each to do in 青山镇: cases in each stage, filings, a run to confirm, an appeal', async () => {
    const { token } = dataOf(
      await platform.query(
        apiGraphql(
          `mutation DemoDistrictLogin3($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        ),
        { u: 'township', p: DEFAULT_DEMO_PASSWORD },
        null,
      ),
    ).login;
    const as = { bearer: token };
    const id = await townshipId('青山镇党委');
    const township = dataOf(
      await platform.query(
        apiGraphql(
          `query DemoDistrictTownshipDesk($id: ID!) { organization(id: $id) {
            warningCases(first: 200) { status trigger isOverdue interviewDue }
            children { name filings(status: SUBMITTED) { status } children { name filings(status: SUBMITTED) { status } } }
            ratingRuns(period: "2026-H1") { id status pendingCount }
            objections(status: [APPEALED]) { status appealText }
          } }`,
        ),
        { id },
        as,
      ),
    ).organization!;
    // Warning cases by stage: the dual warnings (below 50) in each, beside the disposal cases of 先锋指数.
    const dual = township.warningCases!.filter((c) => c.trigger === 'SCORE_BELOW_50');
    const stage = (status: string) => dual.filter((c) => c.status === status);
    expect(stage('OPEN').filter((c) => c.isOverdue && c.interviewDue < TODAY).length).toBeGreaterThanOrEqual(1);
    expect(['INTERVIEWED', 'HELPER_PAIRED', 'RECTIFYING', 'ESCALATED'].map((s) => [s, stage(s).length])).toEqual([
      ['INTERVIEWED', 1],
      ['HELPER_PAIRED', 1],
      ['RECTIFYING', 1],
      ['ESCALATED', 1],
    ]);
    const byStatus: Record<string, number> = {};
    for (const c of township.warningCases!) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    expect(loaded!.township).toMatchObject({ name: '青山镇党委', warningCases: byStatus });
    expect(loaded!.township.overdueInterviews).toBe(stage('OPEN').filter((c) => c.interviewDue < TODAY).length);
    // Two branch schemes awaiting approval: 柏树湾村's revision, 石桥村's adoption.
    const filings = township.children
      .flatMap((c) => [c, ...c.children])
      .filter((c) => (c.filings ?? []).length > 0)
      .map((c) => [c.name, c.filings!.map((f) => f.status)]);
    expect(filings.sort()).toEqual([
      ['柏树湾村党支部', ['SUBMITTED']],
      ['石桥村党支部', ['SUBMITTED']],
    ]);
    expect(loaded!.filingsSubmitted).toBe(2);
    // An appeal awaiting the township's decision.
    expect(township.objections.map((o) => o.status)).toEqual(['APPEALED']);
    // The run ready to confirm: every score final, and nobody above has confirmed the period over it.
    expect(township.ratingRuns!.map((r) => [r.status, r.pendingCount])).toEqual([['PREVIEW', 0]]);
    const confirmed = dataOf(
      await platform.query(
        apiGraphql(
          `mutation DemoDistrictTownshipConfirm($r: ID!) { confirmRating(runId: $r) { status organizationName } }`,
        ),
        { r: township.ratingRuns![0].id },
        as,
      ),
    ).confirmRating;
    expect(confirmed).toEqual({ status: 'CONFIRMED', organizationName: '青山镇党委' });
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
