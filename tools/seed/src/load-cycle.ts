/**
 * A cycle's entries loaded through the ledger: accepted in batches of up to 1,000 per branch, the democratic
 * review's votes, rejected declarations, the assemblies with their publicity windows closed; and the declarations
 * still awaiting review today.
 */
import { randomUUID } from 'node:crypto';
import { BranchCycle, branchCycle, branchDeclarations, CycleSpan, MemberEntry } from './branch-cycle';
import { DistrictPlan, PlanBranch } from './district-plan';
import { DistrictLoad } from './district-load';
import { batchesByDate, batchesOf } from './entry-batches';
import { EntryDraft } from './entries/entry-kit';

const toInput = (memberId: string, d: EntryDraft) => ({ memberId, ...d });

/** Why the committee did not accept a declaration: one reason per branch's batch, in turn. */
const REJECTION_REASONS = [
  '证明材料不足，经支委会研究不予认定',
  '所报事项已在本期其他记录中计分，不重复认定',
  '经核实，该活动不属于本方案规定的加分项目',
  '申报日期与活动签到记录不符，请核实后重新申报',
];

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
