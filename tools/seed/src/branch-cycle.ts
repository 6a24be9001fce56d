/**
 * One branch's cycle, drawn when the loader gets to it: each scored member's entries under the branch's scheme,
 * the democratic review's votes, the assemblies with their attendance and publicity windows, and the
 * declarations still awaiting review today or rejected in the cycle. Deterministic for a plan and a branch.
 */
import { parsePeriodKey, Period, PeriodKind, RuleDocument, templateByCode } from '@jifen/rules';
import { DistrictPlan, PlanBranch } from './district-plan';
import { EntryDraft, MemberYear, YearContext } from './entries/entry-kit';
import { schemeEntries } from './entries/scheme-entries';
import { chance, pick, plusDays, randInt, rngFor, shuffled } from './seed-random';

export interface MemberEntry {
  memberIndex: number;
  draft: EntryDraft;
}

interface SeedAssembly {
  period: string;
  meetingOn: string;
  /** Members present (indexes): more than half of the full members. */
  attendees: number[];
  startsOn: string;
  endsOn: string;
  /** The publicity window still runs today (it is not closed). */
  running?: boolean;
}

/**
 * Which cycle of a branch: the plan's own (complete, every publicity closed) by default; or a cycle in progress on
 * the plan's day, its entries up to that day, its assemblies for the periods over by then.
 */
export interface CycleSpan {
  cycle: number;
  /** Whether the cycle is still running on the plan's day. */
  inProgress?: boolean;
  /** In progress: whether the latest assembly's publicity may still run today (else it waits for a later day). */
  running?: boolean;
}

export interface BranchCycle {
  /** Accepted entries of the cycle, member after member. */
  entries: MemberEntry[];
  /** Vote counts per member where the scheme has a democratic review. */
  votes: { memberIndex: number; counts: Record<string, number> }[];
  assemblies: SeedAssembly[];
}

/** Declarations awaiting review today: about 2% of the entries; rejected in the cycle: about 0.5%. */
const PENDING_SHARE = 0.02;
const REJECTED_SHARE = 0.005;
/** Pending declarations are dated within this many days before today. */
const PENDING_DAYS = 25;
const ABSENT_SHARE = 0.08;

export const documentOf = (branch: PlanBranch): RuleDocument => templateByCode(branch.scheme)!.rules;

/** The members who are scored (not exempt). */
const scored = (plan: DistrictPlan, branch: PlanBranch) => branch.members.filter((i) => !plan.members[i].exempt);

/** The longest period the scheme confirms besides the year: assemblies are held for it. */
function assemblyKind(doc: RuleDocument): PeriodKind {
  const order: PeriodKind[] = ['HALF_YEAR', 'QUARTER', 'MONTH'];
  return order.find((k) => doc.cycle.periods.includes(k)) ?? 'YEAR';
}

function assemblyPeriods(doc: RuleDocument, cycle: number): Period[] {
  const kind = assemblyKind(doc);
  const keys =
    kind === 'HALF_YEAR'
      ? ['H1', 'H2']
      : kind === 'QUARTER'
        ? ['Q1', 'Q2', 'Q3', 'Q4']
        : kind === 'MONTH'
          ? Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`)
          : [];
  return (keys.length ? keys.map((k) => `${cycle}-${k}`) : [String(cycle)]).map((key) =>
    parsePeriodKey(doc.cycle, key)!,
  );
}

export function branchCycle(
  plan: DistrictPlan,
  branch: PlanBranch,
  span: CycleSpan = { cycle: plan.cycle },
): BranchCycle {
  const rand =
    span.cycle === plan.cycle
      ? rngFor(plan.scale.seed, 'cycle', branch.key)
      : rngFor(plan.scale.seed, 'cycle', branch.key, span.cycle);
  const doc = documentOf(branch);
  const generator = schemeEntries[branch.scheme];
  const members = scored(plan, branch);
  const ctx: YearContext = {
    doc,
    cycle: span.cycle,
    year: parsePeriodKey(doc.cycle, String(span.cycle))!,
    grain: plan.scale.entriesPerMember,
    voters: Math.max(5, members.length),
    calendar: { meetings: new Map() },
  };
  if (generator.calendar) ctx.calendar = generator.calendar(ctx, rand);
  const entries: MemberEntry[] = [];
  const votes: BranchCycle['votes'] = [];
  for (const index of members) {
    const member = plan.members[index];
    const year: MemberYear = generator.year(ctx, { target: member.target!, tail: member.tail }, rand);
    for (const draft of year.entries)
      if (!span.inProgress || draft.occurredOn <= plan.today) entries.push({ memberIndex: index, draft });
    // The democratic review is held at the cycle's end: not yet in a cycle in progress.
    if (year.votes && !span.inProgress) votes.push({ memberIndex: index, counts: year.votes });
  }
  if (span.inProgress) return { entries, votes, assemblies: assembliesSoFar(plan, branch, span, rand) };
  const assemblies = assemblyPeriods(doc, span.cycle).map((period): SeedAssembly => {
    const meetingOn = plusDays(period.end, randInt(rand, 2, 10));
    const startsOn = plusDays(meetingOn, 1);
    const endsOn = plusDays(startsOn, doc.workflow.publicityDays - 1 + randInt(rand, 0, 2));
    if (endsOn >= plan.today) throw new Error(`${branch.name}的 ${period.key} 公示到 ${endsOn}，不早于 ${plan.today}`);
    return { period: period.key, meetingOn, attendees: attendance(plan, branch, rand), startsOn, endsOn };
  });
  return { entries, votes, assemblies };
}

/**
 * The assemblies of a cycle in progress: one for each period over by the plan's day, held a few days after it.
 * With `span.running`, a scheme that also confirms months has the months of the quarter in progress confirmed one
 * by one, and the latest assembly's publicity may still run today; otherwise a period whose publicity could not be
 * over by today waits for its assembly.
 */
function assembliesSoFar(plan: DistrictPlan, branch: PlanBranch, span: CycleSpan, rand: () => number): SeedAssembly[] {
  const doc = documentOf(branch);
  const over = assemblyPeriods(doc, span.cycle).filter((p) => p.end < plan.today);
  if (span.running && assemblyKind(doc) === 'QUARTER' && doc.cycle.periods.includes('MONTH')) {
    const quarter = assemblyPeriods(doc, span.cycle).find((p) => p.start <= plan.today && p.end >= plan.today);
    if (quarter)
      for (let m = 1; m <= 12; m++) {
        const month = parsePeriodKey(doc.cycle, `${span.cycle}-M${String(m).padStart(2, '0')}`)!;
        if (month.start >= quarter.start && month.end < plan.today) over.push(month);
      }
  }
  const assemblies: SeedAssembly[] = [];
  for (const period of over) {
    let meetingOn = plusDays(period.end, randInt(rand, 2, 10));
    if (meetingOn >= plan.today) meetingOn = plusDays(plan.today, -1);
    const startsOn = plusDays(meetingOn, 1);
    const endsOn = plusDays(startsOn, doc.workflow.publicityDays - 1 + randInt(rand, 0, 2));
    const running = endsOn >= plan.today;
    if (running && !span.running) break;
    assemblies.push({
      period: period.key,
      meetingOn,
      attendees: attendance(plan, branch, rand),
      startsOn,
      endsOn,
      ...(running ? { running } : {}),
    });
    if (running) break;
  }
  return assemblies;
}

/**
 * Party members attend (activists are not at the assembly), most of them; the exempt elderly stay away unless the
 * full members present would otherwise not be more than half of the full members on the roster.
 */
function attendance(plan: DistrictPlan, branch: PlanBranch, rand: () => number): number[] {
  const partyMembers = branch.members.filter((i) => plan.members[i].kind !== 'ACTIVIST');
  const present = partyMembers.filter((i) => !plan.members[i].exempt && !chance(rand, ABSENT_SHARE));
  const full = partyMembers.filter((i) => plan.members[i].kind === 'FULL');
  const absentFull = shuffled(
    rand,
    full.filter((i) => !present.includes(i)),
  );
  while (present.filter((i) => plan.members[i].kind === 'FULL').length * 2 <= full.length)
    present.push(absentFull.shift()!);
  return present;
}

/** Declarations made and not yet reviewed today (dated in the last weeks), or made in the cycle and rejected. */
export function branchDeclarations(
  plan: DistrictPlan,
  branch: PlanBranch,
  which: 'pending' | 'rejected',
  entryCount: number,
  options: { cycle?: number; after?: string; atLeast?: number } = {},
): MemberEntry[] {
  const members = scored(plan, branch);
  if (members.length === 0) return [];
  const cycle = options.cycle ?? plan.cycle;
  const rand = rngFor(plan.scale.seed, which, branch.key, ...(cycle === plan.cycle ? [] : [cycle]));
  const count = Math.max(
    options.atLeast ?? 0,
    Math.round(entryCount * (which === 'pending' ? PENDING_SHARE : REJECTED_SHARE) + rand()),
  );
  const doc = documentOf(branch);
  const year = parsePeriodKey(doc.cycle, String(cycle))!;
  const latest = (a: string, b: string) => (a > b ? a : b);
  const earliest = (a: string, b: string) => (a < b ? a : b);
  // Not dated in a period an assembly has confirmed (`after`: its last day), nor after today.
  const [from, to] =
    which === 'pending'
      ? [latest(plusDays(plan.today, -PENDING_DAYS), options.after ? plusDays(options.after, 1) : ''), plan.today]
      : [year.start, earliest(year.end, plan.today)];
  if (from > to) return [];
  const generate = schemeEntries[branch.scheme].declaration;
  return Array.from({ length: count }, () => ({ memberIndex: pick(rand, members), draft: generate(rand, from, to) }));
}
