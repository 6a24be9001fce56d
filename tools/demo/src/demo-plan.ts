/**
 * What the demo district 示范区 holds besides its tree and roster, planned from the day it is loaded: the district
 * (demo-district-plan.ts: schemes, members' targets, quota policies), the last complete cycle in full and the cycle
 * in progress up to today, the rating periods to confirm, and who the demo accounts are. Pure and deterministic for
 * a day: the seed's generator (branch-cycle.ts, entries/) draws the entries, as it does for the benchmark districts.
 */
import { addDays, parsePeriodKey, PeriodKind, RuleDocument, templateByCode } from '@jifen/rules';
import {
  branchDeclarations,
  CycleLoad,
  DistrictPlan,
  documentOf,
  drawCycle,
  MemberEntry,
  PlanBranch,
} from '@jifen/seed';
import { DemoAccountsAt, planDemoDistrict } from './demo-district-plan';

/** Of the branches, these have the latest assembly's publicity still running today (besides the first branch). */
const RUNNING_EVERY = 3;
/**
 * A batch of entries spans at most a quarter's days: the ledger asks the scheme service about each day of a batch
 * in one query whose text grows with the days, and the scheme service keeps every query text it has seen; with a
 * year's days in a batch that cache outgrew its heap limit under `npm start` (it was restarted mid-load).
 */
const MAX_DAYS_PER_BATCH = 92;
/**
 * The township committee's rating meeting (定星) comes this many days after the period's last day: every branch's
 * publicity of the period has closed by then (its assembly 2–10 days after the period, publicity at most 9 days).
 */
const RATING_MEETING_AFTER_DAYS = 25;

interface TownshipRating {
  period: string;
  townshipKey: string;
  /** Confirmed on the load (on its rating meeting); false: only previewed. */
  confirm: boolean;
}

export interface DemoPlan {
  plan: DistrictPlan;
  /** The cycle in progress today (the one after the last complete cycle `plan.cycle`). */
  current: number;
  lastCycle: CycleLoad;
  currentCycle: CycleLoad;
  /** Declarations awaiting review today, by branch key. */
  pending: Map<string, MemberEntry[]>;
  /** The periods rated: the last cycle's, then those of the current one already over and closed. */
  ratingPeriods: string[];
  /** The last cycle's periods, which the district rates and confirms over all its townships. */
  districtPeriods: string[];
  /**
   * The current cycle's periods over, each rated by the townships with a branch graded per it: confirmed by each,
   * but the first township's left a preview (its committee's run ready to confirm).
   */
  townshipRatings: TownshipRating[];
  /** The day the committee decided each period's rating (its rating meeting, never after today): the confirmation says it. */
  decidedOn: Map<string, string>;
  /** Dual warnings the confirmed runs open: the low scorers of each period rated. */
  plannedWarnings: number;
  /** Where the demo accounts work. */
  accounts: DemoAccountsAt;
}

/** The period kinds a scheme keeps scores for (as the ledger does: its periods, its unit, its grading period and the year). */
function scoredKinds(doc: RuleDocument): Set<PeriodKind> {
  return new Set<PeriodKind>([...doc.cycle.periods, doc.cycle.scoredPer, doc.grading.per, 'YEAR']);
}

export function buildDemoPlan(today: string): DemoPlan {
  const { plan, accounts } = planDemoDistrict(today);
  const { cycle, branches, members } = plan;
  const codes = new Set(branches.map((b) => b.scheme));
  const current = cycle + 1;
  const byQuarter = { maxDaysPerBatch: MAX_DAYS_PER_BATCH };
  const lastCycle = { ...drawCycle(plan, { cycle }, `${cycle} 年度`), ...byQuarter };
  const running = new Set(branches.filter((_, i) => i % RUNNING_EVERY === 0).map((b) => b.key));
  const currentCycle = {
    ...drawCycle(plan, { cycle: current, inProgress: true }, `${current} 年度（进行中）`),
    ...byQuarter,
  };
  // Only the chosen branches keep their latest publicity running; the others' latest period waits for its assembly.
  for (const branch of branches)
    if (running.has(branch.key)) {
      // Drawn again with the latest window left running.
      const again = drawCycle({ ...plan, branches: [branch] }, { cycle: current, inProgress: true, running: true }, '');
      currentCycle.cycles.set(branch.key, again.cycles.get(branch.key)!);
    }
  const pending = new Map(
    branches.map((b) => {
      const assembled = currentCycle.cycles.get(b.key)!.assemblies;
      const after = assembled.length
        ? assembled
            .map((a) => periodEnd(b, a.period))
            .sort()
            .at(-1)
        : undefined;
      return [
        b.key,
        branchDeclarations(plan, b, 'pending', currentCycle.cycles.get(b.key)!.entryCount, {
          cycle: current,
          after,
          atLeast: b.key === accounts.branchKey ? 3 : 0,
        }),
      ];
    }),
  );

  // The current cycle's graded periods over and closed in every branch that keeps them.
  const currentRated: string[] = [];
  for (const kind of ['HALF_YEAR', 'YEAR'] as const) {
    if (![...codes].some((c) => templateByCode(c)!.rules.grading.per === kind)) continue;
    const keys = kind === 'YEAR' ? [String(current)] : [`${current}-H1`, `${current}-H2`];
    for (const key of keys) {
      const closed = branches.every((b) => {
        const doc = documentOf(b);
        if (!scoredKinds(doc).has(kind)) return true;
        const period = parsePeriodKey(doc.cycle, key)!;
        return coveredByClosed(b, currentCycle, period.start, period.end);
      });
      if (closed) currentRated.push(key);
    }
  }
  const periods = [...plan.ratingPeriods, ...currentRated];
  const kindOf = (period: string) => (period.includes('-H') ? 'HALF_YEAR' : 'YEAR');
  const townshipRatings: TownshipRating[] = currentRated.flatMap((period) =>
    plan.townships
      .filter((_township, index) =>
        branches.some((b) => b.townshipIndex === index && documentOf(b).grading.per === kindOf(period)),
      )
      .map((t) => ({ period, townshipKey: t.key, confirm: t.key !== accounts.townshipKey })),
  );
  // The runs confirmed open the warnings: the district's, and the townships' confirmed.
  const confirmedOver = (period: string, b: PlanBranch) =>
    plan.ratingPeriods.includes(period) ||
    townshipRatings.some(
      (r) => r.period === period && r.confirm && plan.townships[b.townshipIndex].key === r.townshipKey,
    );
  let plannedWarnings = 0;
  for (const period of periods) {
    for (const b of branches) {
      const doc = documentOf(b);
      if (doc.grading.per !== kindOf(period) || !confirmedOver(period, b)) continue;
      plannedWarnings += b.members.filter(
        (i) => members[i].tail && doc.grading.gradedKinds.includes(members[i].kind),
      ).length;
    }
  }
  const decidedOn = new Map(
    periods.map((period) => {
      const end = branches
        .map((b) => parsePeriodKey(documentOf(b).cycle, period)!.end)
        .sort()
        .at(-1)!;
      const meeting = addDays(end, RATING_MEETING_AFTER_DAYS);
      return [period, meeting < today ? meeting : today];
    }),
  );
  return {
    plan,
    current,
    lastCycle,
    currentCycle,
    pending,
    ratingPeriods: periods,
    districtPeriods: plan.ratingPeriods,
    townshipRatings,
    decidedOn,
    plannedWarnings,
    accounts,
  };
}

function periodEnd(branch: PlanBranch, key: string): string {
  return parsePeriodKey(documentOf(branch).cycle, key)!.end;
}

/** Whether a branch's closed publicity windows of the cycle cover [start, end] (so its scores there are final). */
function coveredByClosed(branch: PlanBranch, cycle: CycleLoad, start: string, end: string): boolean {
  const doc = documentOf(branch);
  const spans = cycle.cycles
    .get(branch.key)!
    .assemblies.filter((a) => !a.running)
    .map((a) => parsePeriodKey(doc.cycle, a.period)!)
    .sort((a, b) => a.start.localeCompare(b.start));
  let reached = start;
  for (const s of spans) {
    if (s.start > reached) break;
    if (s.end >= reached) reached = nextDay(s.end);
  }
  return reached > end;
}

const nextDay = (day: string) => addDays(day, 1);
