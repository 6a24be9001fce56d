/**
 * Loads one planned district through the services' APIs, phase after phase: the tree, the schemes filed and
 * approved, the quota policies, the roster, the cycle's entries (accepted in batches of up to 1,000 per branch),
 * the democratic review's votes, rejected declarations, the assemblies with their publicity windows closed, the
 * declarations still awaiting review today, the rating runs confirmed, and one account per role.
 */
import { branchCycle, branchDeclarations, MemberEntry, SeedAssembly } from './branch-cycle';
import { DistrictPlan, PlanBranch } from './district-plan';
import { EntryDraft } from './entries/entry-kit';
import { PhaseProgress } from './progress';
import { inPool } from '../demo/in-pool';
import { SeedCall } from './seed-client';

export interface LoadContext {
  call: SeedCall;
  phase: (label: string, total: number) => PhaseProgress;
  say: (line: string) => void;
  /** Requests at a time (branches worked on at once). */
  concurrency: number;
  /** Password of the district's accounts (one per role). */
  password: string;
}

export interface DistrictSummary {
  districtId: string;
  name: string;
  organizations: number;
  members: number;
  exempt: number;
  entries: number;
  rejected: number;
  pending: number;
  windows: number;
  ratingRuns: { period: string; runId: string; rated: number; starred: number; warnings: number }[];
  accounts: string[];
  /** Phase label → milliseconds. */
  phases: [string, number][];
}

const MAX_BATCH = 1000;

/** Entries grouped member by member into batches of at most 1,000 (a member's entries never split unless they alone exceed it). */
export function batchesOf(entries: readonly MemberEntry[], max = MAX_BATCH): MemberEntry[][] {
  const batches: MemberEntry[][] = [];
  let current: MemberEntry[] = [];
  let i = 0;
  while (i < entries.length) {
    let j = i;
    while (j < entries.length && entries[j].memberIndex === entries[i].memberIndex) j++;
    const member = entries.slice(i, j);
    if (current.length + member.length > max && current.length > 0) {
      batches.push(current);
      current = [];
    }
    for (let k = 0; k < member.length; k += max) {
      const part = member.slice(k, k + max);
      if (current.length + part.length > max) {
        batches.push(current);
        current = [];
      }
      current.push(...part);
    }
    i = j;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const toInput = (memberId: string, d: EntryDraft) => ({ memberId, ...d });

export async function loadDistrict(plan: DistrictPlan, ctx: LoadContext): Promise<DistrictSummary> {
  const { call } = ctx;
  const phases: [string, number][] = [];
  const run = async <T>(
    label: string,
    items: readonly T[],
    weight: (item: T) => number,
    work: (item: T, tick: (n: number) => void) => Promise<void>,
    size = ctx.concurrency,
  ) => {
    const bar = ctx.phase(
      label,
      items.reduce((a, item) => a + weight(item), 0),
    );
    await inPool(items, size, (item) => work(item, (n) => bar.add(n)));
    phases.push([label, bar.finish()]);
  };

  // 组织机构: level by level, so that every parent exists first.
  const orgIds = new Map<string, string>();
  const levels = ['DISTRICT', 'TOWNSHIP', 'GENERAL_BRANCH', 'BRANCH'] as const;
  const bar = ctx.phase('组织机构', plan.orgs.length);
  for (const level of levels) {
    await inPool(
      plan.orgs.filter((o) => o.level === level),
      ctx.concurrency,
      async (org) => {
        const data = await call<{ createOrganization: { id: string } }>(
          'ledger',
          'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
          {
            input: { parentId: org.parentKey ? orgIds.get(org.parentKey) : null, name: org.name, level: org.level },
          },
        );
        orgIds.set(org.key, data.createOrganization.id);
        bar.add(1);
      },
    );
  }
  phases.push(['组织机构', bar.finish()]);
  const idOf = (key: string) => orgIds.get(key)!;
  const districtId = idOf(plan.orgs[0].key);

  await run(
    '积分方案报审批准',
    plan.adoptions,
    () => 1,
    async (adoption, tick) => {
      const draft = await call<{ adoptTemplate: { id: string } }>(
        'scheme',
        'mutation($org: ID!, $code: String!, $name: String) { adoptTemplate(organizationId: $org, templateCode: $code, name: $name) { id } }',
        {
          org: idOf(adoption.ownerKey),
          code: adoption.templateCode,
          name: adoption.name,
        },
      );
      const id = draft.adoptTemplate.id;
      await call('scheme', 'mutation($id: ID!) { submitFiling(id: $id, comment: "报上级党组织审核备案") { id } }', {
        id,
      });
      await call(
        'scheme',
        'mutation($id: ID!, $from: Date!) { approveFiling(id: $id, effectiveFrom: $from, comments: "同意备案") { id } }',
        { id, from: adoption.effectiveFrom },
      );
      tick(1);
    },
    4,
  );

  await run(
    '星级名额政策',
    plan.quotas,
    () => 1,
    async (quota, tick) => {
      await call('rating', 'mutation($input: SetQuotaPolicyInput!) { setQuotaPolicy(input: $input) { id } }', {
        input: {
          organizationId: idOf(quota.ownerKey),
          cycle: plan.cycle,
          scope: quota.scope,
          reason: quota.reason,
          overrides: quota.overrides.map((o) => ({
            branchId: idOf(o.branchKey),
            fiveStarPercent: o.fiveStarPercent,
            reason: o.reason,
          })),
        },
      });
      tick(1);
    },
    1,
  );

  const memberIds: string[] = new Array(plan.members.length);
  await run(
    '党员名册',
    plan.members,
    () => 1,
    async (m, tick) => {
      const added = await call<{ addMember: { id: string } }>(
        'ledger',
        'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }',
        {
          input: {
            organizationId: idOf(m.branchKey),
            memberNo: m.memberNo,
            name: m.name,
            gender: m.gender,
            kind: m.kind,
            joinDate: m.joinDate,
            birthDate: m.birthDate,
          },
        },
      );
      memberIds[m.index] = added.addMember.id;
      if (m.exempt) {
        await call(
          'ledger',
          'mutation($id: ID!, $input: ExemptMemberInput!) { exemptMember(id: $id, input: $input) { id } }',
          {
            id: memberIds[m.index],
            input: {
              reason: 'AGE',
              note: '年满 75 周岁、年老体弱，本人申请',
              ...plan.exemption,
              approvedBy: '所在镇(街道)党(工)委',
            },
          },
        );
      }
      tick(1);
    },
    Math.max(ctx.concurrency, 8),
  );

  // The cycle's entries, branch by branch (a branch's batches in order: its entries form one hash chain).
  const entryCounts = new Map<string, number>();
  const cycles = new Map<string, { votes: ReturnType<typeof branchCycle>['votes']; assemblies: SeedAssembly[] }>();
  for (const branch of plan.branches) {
    const cycle = branchCycle(plan, branch);
    entryCounts.set(branch.key, cycle.entries.length);
    cycles.set(branch.key, { votes: cycle.votes, assemblies: cycle.assemblies });
  }
  const recordEntries = async (branch: PlanBranch, batch: MemberEntry[], accept: boolean) =>
    (
      await call<{ recordEntries: { id: string }[] }>(
        'ledger',
        'mutation($input: RecordEntriesInput!) { recordEntries(input: $input) { id } }',
        {
          input: {
            organizationId: idOf(branch.key),
            accept,
            entries: batch.map((e) => toInput(memberIds[e.memberIndex], e.draft)),
          },
        },
      )
    ).recordEntries;
  await run(
    '积分记录（支委认定）',
    plan.branches,
    (b) => entryCounts.get(b.key)!,
    async (branch, tick) => {
      for (const batch of batchesOf(branchCycle(plan, branch).entries)) {
        await recordEntries(branch, batch, true);
        tick(batch.length);
      }
    },
  );

  const voting = plan.branches.filter((b) => cycles.get(b.key)!.votes.length > 0);
  await run(
    '民主评议票数',
    voting,
    (b) => cycles.get(b.key)!.votes.length,
    async (branch, tick) => {
      const votes = cycles.get(branch.key)!.votes;
      await call('ledger', 'mutation($input: RecordReviewVotesInput!) { recordReviewVotes(input: $input) { id } }', {
        input: {
          organizationId: idOf(branch.key),
          period: String(plan.cycle),
          votes: votes.map((v) => ({
            memberId: memberIds[v.memberIndex],
            counts: Object.entries(v.counts).map(([level, count]) => ({ level, count })),
          })),
        },
      });
      tick(votes.length);
    },
  );

  const rejected = new Map(
    plan.branches.map((b) => [b.key, branchDeclarations(plan, b, 'rejected', entryCounts.get(b.key)!)]),
  );
  await run(
    '不予认定的申报',
    plan.branches,
    (b) => rejected.get(b.key)!.length,
    async (branch, tick) => {
      const declared = rejected.get(branch.key)!;
      if (declared.length === 0) return;
      const ids = (await recordEntries(branch, declared, false)).map((e) => e.id);
      await call('ledger', 'mutation($input: ReviewEntriesInput!) { reviewEntries(input: $input) { id } }', {
        input: { entryIds: ids, accept: false, reason: '证明材料不足，经支委会研究不予认定' },
      });
      tick(declared.length);
    },
  );

  await run(
    '党员大会评定与公示',
    plan.branches,
    (b) => cycles.get(b.key)!.assemblies.length,
    async (branch, tick) => {
      for (const a of cycles.get(branch.key)!.assemblies) {
        const assembly = await call<{ confirmAssembly: { id: string } }>(
          'ledger',
          'mutation($input: ConfirmAssemblyInput!) { confirmAssembly(input: $input) { id } }',
          {
            input: {
              organizationId: idOf(branch.key),
              period: a.period,
              meetingOn: a.meetingOn,
              attendeeIds: a.attendees.map((i) => memberIds[i]),
              note: `${a.period} 积分评定`,
            },
          },
        );
        const window = await call<{ publishScores: { id: string } }>(
          'ledger',
          'mutation($input: PublishScoresInput!) { publishScores(input: $input) { id } }',
          {
            input: { assemblyId: assembly.confirmAssembly.id, startsOn: a.startsOn, endsOn: a.endsOn },
          },
        );
        await call('ledger', 'mutation($w: ID!) { closePublicity(windowId: $w) { id } }', {
          w: window.publishScores.id,
        });
        tick(1);
      }
    },
  );

  const pending = new Map(
    plan.branches.map((b) => [b.key, branchDeclarations(plan, b, 'pending', entryCounts.get(b.key)!)]),
  );
  await run(
    '待初评的申报',
    plan.branches,
    (b) => pending.get(b.key)!.length,
    async (branch, tick) => {
      const declared = pending.get(branch.key)!;
      for (const batch of batchesOf(declared)) {
        await recordEntries(branch, batch, false);
        tick(batch.length);
      }
    },
  );

  const ratingRuns: DistrictSummary['ratingRuns'] = [];
  await run(
    '评星定级（预览并确认）',
    plan.ratingPeriods,
    () => 1,
    async (period, tick) => {
      const preview = await call<{
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
        throw new Error(`${plan.scale.name} ${period} 还有 ${pendingCount} 人的积分未确认，不能确认评定`);
      await call('rating', 'mutation($r: ID!) { confirmRating(runId: $r) { id } }', { r: id });
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

  const accounts = await createAccounts(plan, ctx, idOf, memberIds);
  const count = (m: Map<string, unknown[]>) => [...m.values()].reduce((a, list) => a + list.length, 0);
  return {
    districtId,
    name: plan.scale.name,
    organizations: plan.orgs.length,
    members: plan.members.length,
    exempt: plan.members.filter((m) => m.exempt).length,
    entries: [...entryCounts.values()].reduce((a, b) => a + b, 0),
    rejected: count(rejected),
    pending: count(pending),
    windows: [...cycles.values()].reduce((a, c) => a + c.assemblies.length, 0),
    ratingRuns: ratingRuns.sort((a, b) => plan.ratingPeriods.indexOf(a.period) - plan.ratingPeriods.indexOf(b.period)),
    accounts,
    phases,
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
      displayName: `${plan.scale.name}委组织部`,
      role: 'DISTRICT',
      organizationId: idOf(plan.orgs[0].key),
      memberId: null,
    },
    {
      username: `${prefix}-township`,
      displayName: township.name,
      role: 'TOWNSHIP',
      organizationId: idOf(township.key),
      memberId: null,
    },
    {
      username: `${prefix}-secretary`,
      displayName: `${branch.name}书记`,
      role: 'BRANCH_SECRETARY',
      organizationId: idOf(branch.key),
      memberId: null,
    },
    {
      username: `${prefix}-recorder`,
      displayName: `${branch.name}积分记录员`,
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
