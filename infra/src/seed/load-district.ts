/**
 * Loads one planned district through the services' APIs, phase after phase: the tree, the schemes filed and
 * approved, the quota policies, the roster, the cycle's entries (accepted in batches of up to 1,000 per branch),
 * the democratic review's votes, rejected declarations, the assemblies with their publicity windows closed, the
 * declarations still awaiting review today, the rating runs confirmed, and one account per role.
 */
import { randomUUID } from 'node:crypto';
import { BranchCycle, branchCycle, branchDeclarations, CycleSpan, MemberEntry } from './branch-cycle';
import { DistrictPlan, PlanBranch } from './district-plan';
import { EXEMPT_FROM_AGE } from './district-roster';
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

/**
 * Entries in date order, in batches of at most `max` that span at most `maxDays` distinct days: the ledger asks the
 * scheme service which version was in force on each day of a batch, one field per day, so a batch of few days keeps
 * that question (and the scheme service's cache of questions) small.
 */
export function batchesByDate(entries: readonly MemberEntry[], maxDays: number, max = MAX_BATCH): MemberEntry[][] {
  const sorted = [...entries].sort((a, b) => a.draft.occurredOn.localeCompare(b.draft.occurredOn));
  const batches: MemberEntry[][] = [];
  let current: MemberEntry[] = [];
  let days = new Set<string>();
  for (const entry of sorted) {
    const day = entry.draft.occurredOn;
    if (current.length >= max || (!days.has(day) && days.size >= maxDays)) {
      batches.push(current);
      current = [];
      days = new Set();
    }
    current.push(entry);
    days.add(day);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const toInput = (memberId: string, d: EntryDraft) => ({ memberId, ...d });

/** Why the committee did not accept a declaration: one reason per branch's batch, in turn. */
const REJECTION_REASONS = [
  '证明材料不足，经支委会研究不予认定',
  '所报事项已在本期其他记录中计分，不重复认定',
  '经核实，该活动不属于本方案规定的加分项目',
  '申报日期与活动签到记录不符，请核实后重新申报',
];

/** A district being loaded: the plan, the ids the services gave, and the phases timed so far. */
export interface DistrictLoad {
  plan: DistrictPlan;
  ctx: LoadContext;
  phases: [string, number][];
  orgIds: Map<string, string>;
  memberIds: string[];
  idOf(key: string): string;
  /** A phase over some items, `size` at a time, with its progress line. */
  run<T>(
    label: string,
    items: readonly T[],
    weight: (item: T) => number,
    work: (item: T, tick: (n: number) => void) => Promise<void>,
    size?: number,
  ): Promise<void>;
}

export function startLoad(plan: DistrictPlan, ctx: LoadContext): DistrictLoad {
  const phases: [string, number][] = [];
  const orgIds = new Map<string, string>();
  return {
    plan,
    ctx,
    phases,
    orgIds,
    memberIds: new Array(plan.members.length),
    idOf: (key) => orgIds.get(key)!,
    async run(label, items, weight, work, size = ctx.concurrency) {
      const bar = ctx.phase(
        label,
        items.reduce((a, item) => a + weight(item), 0),
      );
      await inPool(items, size, (item) => work(item, (n) => bar.add(n)));
      phases.push([label, bar.finish()]);
    },
  };
}

/** 组织机构: level by level, so that every parent exists first. */
export async function loadTree(load: DistrictLoad): Promise<void> {
  const { plan, ctx, orgIds } = load;
  const levels = ['DISTRICT', 'TOWNSHIP', 'GENERAL_BRANCH', 'BRANCH'] as const;
  const bar = ctx.phase('组织机构', plan.orgs.length);
  for (const level of levels) {
    await inPool(
      plan.orgs.filter((o) => o.level === level),
      ctx.concurrency,
      async (org) => {
        const data = await ctx.call<{ createOrganization: { id: string } }>(
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
  load.phases.push(['组织机构', bar.finish()]);
}

/** Each adoption filed by its organisation and approved by the upper level, from the cycle's first day. */
export async function loadSchemes(load: DistrictLoad): Promise<void> {
  const { call } = load.ctx;
  await load.run(
    '积分方案报审批准',
    load.plan.adoptions,
    () => 1,
    async (adoption, tick) => {
      const draft = await call<{ adoptTemplate: { id: string } }>(
        'scheme',
        'mutation($org: ID!, $code: String!, $name: String) { adoptTemplate(organizationId: $org, templateCode: $code, name: $name) { id } }',
        { org: load.idOf(adoption.ownerKey), code: adoption.templateCode, name: adoption.name },
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
}

export async function loadQuotas(load: DistrictLoad): Promise<void> {
  await load.run(
    '星级名额政策',
    load.plan.quotas,
    () => 1,
    async (quota, tick) => {
      await load.ctx.call('rating', 'mutation($input: SetQuotaPolicyInput!) { setQuotaPolicy(input: $input) { id } }', {
        input: {
          organizationId: load.idOf(quota.ownerKey),
          cycle: load.plan.cycle,
          scope: quota.scope,
          reason: quota.reason,
          ...(quota.shares ?? {}),
          ...(quota.interviewDays ? { interviewDays: quota.interviewDays } : {}),
          overrides: quota.overrides.map((o) => ({
            branchId: load.idOf(o.branchKey),
            fiveStarPercent: o.fiveStarPercent,
            reason: o.reason,
          })),
        },
      });
      tick(1);
    },
    1,
  );
}

/** 党员名册: every member added to their branch; the elderly exempt before the cycle began. */
export async function loadRoster(load: DistrictLoad): Promise<void> {
  const { plan, ctx, memberIds } = load;
  await load.run(
    '党员名册',
    plan.members,
    () => 1,
    async (m, tick) => {
      const added = await ctx.call<{ addMember: { id: string } }>(
        'ledger',
        'mutation($input: AddMemberInput!) { addMember(input: $input) { id } }',
        {
          input: {
            organizationId: load.idOf(m.branchKey),
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
        await ctx.call(
          'ledger',
          'mutation($id: ID!, $input: ExemptMemberInput!) { exemptMember(id: $id, input: $input) { id } }',
          {
            id: memberIds[m.index],
            input: {
              reason: 'AGE',
              note: `年满 ${EXEMPT_FROM_AGE} 周岁、年老体弱，本人申请`,
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
}

/** One cycle of every branch, drawn by `branchCycle` (complete, or in progress on the plan's day). */
export interface CycleLoad {
  cycle: number;
  /** Written before the phases' labels, e.g. “2025 年度 ”. */
  label: string;
  /** Per branch key: the entry count, votes and assemblies (the entries themselves are drawn again when loaded). */
  cycles: Map<string, Omit<BranchCycle, 'entries'> & { entryCount: number }>;
  entries(branch: PlanBranch): MemberEntry[];
  rejected: Map<string, MemberEntry[]>;
  /** Batches in date order spanning at most this many days (else a member's entries together, `batchesOf`). */
  maxDaysPerBatch?: number;
}

export interface CycleLoaded {
  entries: number;
  rejected: number;
  windows: number;
  /** Publicity windows still running today, by branch key: id, period, and the members whose scores it shows. */
  running: { branchKey: string; windowId: string; period: string }[];
}

/** The cycle drawn for every branch: the cycle itself (or the span given) and its rejected declarations. */
export function drawCycle(plan: DistrictPlan, span: CycleSpan, label: string): CycleLoad {
  const cycles = new Map(
    plan.branches.map((b) => {
      const { entries, ...rest } = branchCycle(plan, b, span);
      return [b.key, { ...rest, entryCount: entries.length }];
    }),
  );
  const rejected = new Map(
    plan.branches.map((b) => [
      b.key,
      branchDeclarations(plan, b, 'rejected', cycles.get(b.key)!.entryCount, { cycle: span.cycle }),
    ]),
  );
  return { cycle: span.cycle, label, cycles, entries: (b) => branchCycle(plan, b, span).entries, rejected };
}

async function recordEntries(load: DistrictLoad, branch: PlanBranch, batch: MemberEntry[], accept: boolean) {
  return (
    await load.ctx.call<{ recordEntries: { id: string }[] }>(
      'ledger',
      'mutation($input: RecordEntriesInput!, $clientKey: String) { recordEntries(input: $input, clientKey: $clientKey) { id } }',
      {
        clientKey: randomUUID(),
        input: {
          organizationId: load.idOf(branch.key),
          accept,
          entries: batch.map((e) => toInput(load.memberIds[e.memberIndex], e.draft)),
        },
      },
    )
  ).recordEntries;
}

/**
 * A cycle through the services: the accepted entries (in batches, a branch's in order: they form one hash chain),
 * the democratic review's votes, the rejected declarations with their reason, and the assemblies with their
 * publicity, closed once over (a running one left open).
 */
export async function loadCycle(load: DistrictLoad, cycle: CycleLoad): Promise<CycleLoaded> {
  const { plan, ctx } = load;
  const { call } = ctx;
  const of = (b: PlanBranch) => cycle.cycles.get(b.key)!;
  await load.run(
    `${cycle.label}积分记录（支委认定）`,
    plan.branches,
    (b) => of(b).entryCount,
    async (branch, tick) => {
      const entries = cycle.entries(branch);
      const batches = cycle.maxDaysPerBatch ? batchesByDate(entries, cycle.maxDaysPerBatch) : batchesOf(entries);
      for (const batch of batches) {
        await recordEntries(load, branch, batch, true);
        tick(batch.length);
      }
    },
  );

  const voting = plan.branches.filter((b) => of(b).votes.length > 0);
  if (voting.length > 0)
    await load.run(
      `${cycle.label}民主评议票数`,
      voting,
      (b) => of(b).votes.length,
      async (branch, tick) => {
        const votes = of(branch).votes;
        await call(
          'ledger',
          'mutation($input: RecordReviewVotesInput!, $clientKey: String) { recordReviewVotes(input: $input, clientKey: $clientKey) { id } }',
          {
            clientKey: randomUUID(),
            input: {
              organizationId: load.idOf(branch.key),
              period: String(cycle.cycle),
              votes: votes.map((v) => ({
                memberId: load.memberIds[v.memberIndex],
                counts: Object.entries(v.counts).map(([level, count]) => ({ level, count })),
              })),
            },
          },
        );
        tick(votes.length);
      },
    );

  await load.run(
    `${cycle.label}不予认定的申报`,
    plan.branches,
    (b) => cycle.rejected.get(b.key)!.length,
    async (branch, tick) => {
      const declared = cycle.rejected.get(branch.key)!;
      if (declared.length === 0) return;
      const reason = REJECTION_REASONS[plan.branches.indexOf(branch) % REJECTION_REASONS.length];
      const ids = (await recordEntries(load, branch, declared, false)).map((e) => e.id);
      await call(
        'ledger',
        'mutation($input: ReviewEntriesInput!, $clientKey: String) { reviewEntries(input: $input, clientKey: $clientKey) { id } }',
        {
          clientKey: randomUUID(),
          input: { entryIds: ids, accept: false, reason },
        },
      );
      tick(declared.length);
    },
  );

  const running: CycleLoaded['running'] = [];
  await load.run(
    `${cycle.label}党员大会评定与公示`,
    plan.branches,
    (b) => of(b).assemblies.length,
    async (branch, tick) => {
      for (const a of of(branch).assemblies) {
        const assembly = await call<{ confirmAssembly: { id: string } }>(
          'ledger',
          'mutation($input: ConfirmAssemblyInput!, $clientKey: String) { confirmAssembly(input: $input, clientKey: $clientKey) { id } }',
          {
            clientKey: randomUUID(),
            input: {
              organizationId: load.idOf(branch.key),
              period: a.period,
              meetingOn: a.meetingOn,
              attendeeIds: a.attendees.map((i) => load.memberIds[i]),
              note: `${a.period} 积分评定`,
            },
          },
        );
        const window = await call<{ publishScores: { id: string } }>(
          'ledger',
          'mutation($input: PublishScoresInput!, $clientKey: String) { publishScores(input: $input, clientKey: $clientKey) { id } }',
          {
            clientKey: randomUUID(),
            input: { assemblyId: assembly.confirmAssembly.id, startsOn: a.startsOn, endsOn: a.endsOn },
          },
        );
        if (a.running) running.push({ branchKey: branch.key, windowId: window.publishScores.id, period: a.period });
        else
          await call(
            'ledger',
            'mutation($w: ID!, $clientKey: String) { closePublicity(windowId: $w, clientKey: $clientKey) { id } }',
            {
              clientKey: randomUUID(),
              w: window.publishScores.id,
            },
          );
        tick(1);
      }
    },
  );
  const sum = (f: (b: PlanBranch) => number) => plan.branches.reduce((a, b) => a + f(b), 0);
  return {
    entries: sum((b) => of(b).entryCount),
    rejected: sum((b) => cycle.rejected.get(b.key)!.length),
    windows: sum((b) => of(b).assemblies.length),
    running,
  };
}

/** Declarations made and not yet reviewed today, by branch key. */
export async function loadPending(load: DistrictLoad, pending: Map<string, MemberEntry[]>): Promise<void> {
  await load.run(
    '待初评的申报',
    load.plan.branches,
    (b) => pending.get(b.key)!.length,
    async (branch, tick) => {
      for (const batch of batchesOf(pending.get(branch.key)!)) {
        await recordEntries(load, branch, batch, false);
        tick(batch.length);
      }
    },
  );
}

export type RatingRunSummary = DistrictSummary['ratingRuns'][number];

/** The district's rating of each period previewed and confirmed (dual warnings open as it is confirmed). */
export async function confirmRatings(
  load: DistrictLoad,
  districtId: string,
  periods: readonly string[],
): Promise<RatingRunSummary[]> {
  const ratingRuns: RatingRunSummary[] = [];
  await load.run(
    '评星定级（预览并确认）',
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
      await load.ctx.call('rating', 'mutation($r: ID!) { confirmRating(runId: $r) { id } }', { r: id });
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
