/**
 * Loads one planned district through the services' APIs, phase after phase: the tree, the schemes filed and
 * approved, the quota policies, the roster, the cycle's entries (accepted in batches of up to 1,000 per branch),
 * the democratic review's votes, rejected declarations, the assemblies with their publicity windows closed, the
 * declarations still awaiting review today, the rating runs confirmed, and one account per role.
 */
import { branchDeclarations } from './branch-cycle';
import { DistrictPlan } from './district-plan';
import { DistrictLoad, DistrictSummary, LoadContext, startLoad } from './district-load';
import { drawCycle, loadCycle, loadPending } from './load-cycle';
import { loadQuotas, loadRoster, loadSchemes, loadTree } from './load-structure';

export type RatingRunSummary = DistrictSummary['ratingRuns'][number];

/**
 * The district's rating of each period previewed and confirmed, oldest first (a later run reads the grades the earlier
 * ones confirmed). With `decidedOn`, each confirmation says the day the committee decided (its rating meeting, weeks
 * after the period), so that the dual warnings it opens date from that day and their deadlines run as they would
 * have (the demo); without, the runs are decided today (the benchmark districts).
 */
export async function confirmRatings(
  load: DistrictLoad,
  districtId: string,
  periods: readonly string[],
  decidedOn?: ReadonlyMap<string, string>,
): Promise<RatingRunSummary[]> {
  const ratingRuns: RatingRunSummary[] = [];
  await load.run(
    decidedOn ? '评星定级（预览并按定星会议日期确认）' : '评星定级（预览并确认）',
    periods,
    () => 1,
    async (period, tick) => {
      const preview = await load.ctx.call<{
        previewRating: {
          id: string;
          pendingCount: number;
          summary: { rated: number; warnings: number; levels: { taken: number }[] };
        };
      }>(
        'rating',
        'mutation($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) { id pendingCount summary { rated warnings levels { taken } } } }',
        { o: districtId, p: period },
      );
      const { id, pendingCount, summary } = preview.previewRating;
      if (pendingCount > 0)
        throw new Error(`${load.plan.scale.name} ${period} 还有 ${pendingCount} 人的积分未确认，不能确认评定`);
      await load.ctx.call('rating', 'mutation($r: ID!, $d: Date) { confirmRating(runId: $r, decidedOn: $d) { id } }', {
        r: id,
        d: decidedOn?.get(period) ?? null,
      });
      ratingRuns.push({
        period,
        runId: id,
        rated: summary.rated,
        starred: summary.levels.reduce((a, l) => a + l.taken, 0),
        warnings: summary.warnings,
      });
      tick(1);
    },
    1,
  );
  return ratingRuns.sort((a, b) => periods.indexOf(a.period) - periods.indexOf(b.period));
}

export async function loadDistrict(plan: DistrictPlan, ctx: LoadContext): Promise<DistrictSummary> {
  const load = startLoad(plan, ctx);
  await loadTree(load);
  const districtId = load.idOf(plan.orgs[0].key);
  await loadSchemes(load);
  await loadQuotas(load);
  await loadRoster(load);
  const drawn = drawCycle(plan, { cycle: plan.cycle }, '');
  const cycle = await loadCycle(load, drawn);
  const pending = new Map(
    plan.branches.map((b) => [b.key, branchDeclarations(plan, b, 'pending', drawn.cycles.get(b.key)!.entryCount)]),
  );
  await loadPending(load, pending);
  const ratingRuns = await confirmRatings(load, districtId, plan.ratingPeriods);
  const accounts = await createAccounts(plan, ctx, load.idOf, load.memberIds);
  return {
    districtId,
    name: plan.scale.name,
    organizations: plan.orgs.length,
    members: plan.members.length,
    exempt: plan.members.filter((m) => m.exempt).length,
    entries: cycle.entries,
    rejected: cycle.rejected,
    pending: [...pending.values()].reduce((a, list) => a + list.length, 0),
    windows: cycle.windows,
    ratingRuns,
    accounts,
    phases: load.phases,
  };
}

/** One account per role (`bj-district`, `bj-township`, …): the first township, its first branch, a full member of it. */
async function createAccounts(
  plan: DistrictPlan,
  ctx: LoadContext,
  idOf: (key: string) => string,
  memberIds: readonly string[],
): Promise<string[]> {
  const prefix = plan.scale.code.toLowerCase();
  const township =
    plan.townships.find((t) =>
      plan.branches.some((b) => b.townshipIndex === plan.townships.indexOf(t) && b.scheme === 'district-star-rating'),
    ) ?? plan.townships[0];
  const branch = plan.branches.find((b) => b.townshipIndex === plan.townships.indexOf(township))!;
  const member =
    branch.members.find((i) => !plan.members[i].exempt && plan.members[i].kind === 'FULL') ?? branch.members[0];
  const accounts = [
    {
      username: `${prefix}-district`,
      displayName: '管理员',
      role: 'DISTRICT',
      organizationId: idOf(plan.orgs[0].key),
      memberId: null,
    },
    {
      username: `${prefix}-township`,
      displayName: '管理员',
      role: 'TOWNSHIP',
      organizationId: idOf(township.key),
      memberId: null,
    },
    {
      username: `${prefix}-secretary`,
      // The branch's secretary and recorder are members of it, as on a real branch committee.
      displayName: plan.members[branch.members[0]].name,
      role: 'BRANCH_SECRETARY',
      organizationId: idOf(branch.key),
      memberId: null,
    },
    {
      username: `${prefix}-recorder`,
      displayName: plan.members[branch.members[Math.min(1, branch.members.length - 1)]].name,
      role: 'BRANCH_RECORDER',
      organizationId: idOf(branch.key),
      memberId: null,
    },
    {
      username: `${prefix}-member`,
      displayName: plan.members[member].name,
      role: 'MEMBER',
      organizationId: idOf(branch.key),
      memberId: memberIds[member],
    },
  ];
  for (const input of accounts) {
    await ctx.call('ledger', 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { ...input, password: ctx.password },
    });
  }
  return accounts.map((a) => a.username);
}
