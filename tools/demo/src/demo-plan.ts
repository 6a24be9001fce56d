/**
 * What the demo district 示范区 holds besides its tree and roster, planned from the day it is loaded: the
 * schemes each organisation files, the township's quota policies, each member's target total (most 60–95, a
 * handful below 50, the elderly exempt), the last complete cycle in full and the cycle in progress up to today,
 * the rating periods to confirm, and who the demo accounts are. Pure and deterministic for a day: the seed's
 * generator (branch-cycle.ts, entries/) draws the entries, as it does for the benchmark districts.
 */
import { addDays, cycleStart, parsePeriodKey, PeriodKind, RuleDocument, templateByCode } from '@jifen/rules';
import {
  branchDeclarations,
  documentOf,
  MemberEntry,
  LayoutTownship,
  cycleFor,
  DistrictPlan,
  PlanBranch,
  ratingPeriods,
  SeedQuota,
  EXEMPT_FROM_AGE,
  SeedMember,
  tailTarget,
  targetOf,
  TAIL_SHARE,
  TemplateCode,
  CycleLoad,
  drawCycle,
  ageOn,
  parseYmd,
  rngFor,
  shuffled,
} from '@jifen/seed';
import { DemoAdoption, demoAdoptions } from './demo-schemes';
import { buildDemoDistrict } from './demo-district';

const DEMO_SEED = 20240701;
/** Ordinary members' targets start here: clear of the 50 line, so that only the planned low scorers are warned. */
const ORDINARY_FLOOR = 56;
/** The `member` account's own target: a good score, no warning. */
const ACCOUNT_MEMBER_TARGET = 86.5;
/** Entries a member has in a year on average (the schemes' shapes make each member's own). */
const ENTRIES_PER_MEMBER = 8;
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

export interface DemoPlan {
  plan: DistrictPlan;
  /** The cycle in progress today (the one after the last complete cycle `plan.cycle`). */
  current: number;
  lastCycle: CycleLoad;
  currentCycle: CycleLoad;
  /** Declarations awaiting review today, by branch key. */
  pending: Map<string, MemberEntry[]>;
  /** The periods the district rates and confirms: the last cycle's, then those of the current one already over and closed. */
  ratingPeriods: string[];
  /** The day the committee decided each period's rating (its rating meeting, never after today): the confirmation says it. */
  decidedOn: Map<string, string>;
  /** Dual warnings the confirmed runs open: the low scorers of each period rated. */
  plannedWarnings: number;
  /** Where the demo accounts work. */
  accounts: { townshipKey: string; branchKey: string; memberIndex: number };
}

/** The organisation an adoption names, by its place in the plan. */
function ownerKey(adoption: DemoAdoption, plan: { orgs: { key: string; level: string }[] }): string {
  const owner = adoption.owner;
  if (owner.level === 'DISTRICT') return plan.orgs[0].key;
  const ofLevel = plan.orgs.filter((o) => o.level === owner.level);
  if (!ofLevel[owner.index]) throw new Error(`demo plan: no ${owner.level} at ${owner.index}`);
  return ofLevel[owner.index].key;
}

/** The period kinds a scheme keeps scores for (as the ledger does: its periods, its unit, its grading period and the year). */
function scoredKinds(doc: RuleDocument): Set<PeriodKind> {
  return new Set<PeriodKind>([...doc.cycle.periods, doc.cycle.scoredPer, doc.grading.per, 'YEAR']);
}

export function buildDemoPlan(today: string): DemoPlan {
  const demo = buildDemoDistrict({ today, seed: DEMO_SEED });
  const cycle = cycleFor(today);
  const byKey = new Map(demo.orgs.map((o) => [o.key, o]));

  // Schemes: each adoption from the first day of the last complete cycle; a branch follows its own or the nearest above.
  const adoptions = demoAdoptions.map((a) => {
    const template = templateByCode(a.templateCode);
    if (!template) throw new Error(`no template ${a.templateCode}`);
    return {
      ownerKey: ownerKey(a, demo),
      templateCode: a.templateCode as TemplateCode,
      name: a.name,
      effectiveFrom: cycleStart(template.rules.cycle, cycle),
    };
  });
  const schemeOf = (key: string): TemplateCode => {
    for (let at: string | null = key; at; at = byKey.get(at)!.parentKey) {
      const own = adoptions.find((a) => a.ownerKey === at);
      if (own) return own.templateCode;
    }
    throw new Error('demo plan: the district has no scheme');
  };

  const townshipOrgs = demo.orgs.filter((o) => o.level === 'TOWNSHIP');
  const townships: LayoutTownship[] = townshipOrgs.map((t) => ({
    key: t.key,
    name: t.name,
    kind: t.name.endsWith('街道党工委') ? 'STREET' : 'TOWN',
    root: t.name.replace(/(镇党委|街道党工委)$/, ''),
  }));
  const townshipOf = (key: string): number => {
    let at = byKey.get(key)!;
    while (at.level !== 'TOWNSHIP') at = byKey.get(at.parentKey!)!;
    return townshipOrgs.indexOf(at);
  };

  // Members: the demo's roster, the elderly exempt, each scored member's target drawn per branch.
  const day = parseYmd(today);
  const members: SeedMember[] = demo.members.map((m, index) => {
    const exempt = m.kind === 'FULL' && ageOn(parseYmd(m.birthDate), day) >= EXEMPT_FROM_AGE;
    const { orgKey, ...rest } = m;
    return { ...rest, index, branchKey: orgKey, exempt, target: null, tail: false };
  });
  const branchOrgs = demo.orgs.filter((o) => o.level === 'BRANCH');
  const branches: PlanBranch[] = branchOrgs.map((b) => {
    const own = members.filter((m) => m.branchKey === b.key).map((m) => m.index);
    return {
      key: b.key,
      name: b.name,
      kind: b.profile!,
      townshipIndex: townshipOf(b.key),
      parentKey: b.parentKey!,
      size: own.length,
      scheme: schemeOf(b.key),
      members: own,
    };
  });
  for (const branch of branches) {
    const rand = rngFor(DEMO_SEED, 'targets', branch.key);
    const shift = (rand() + rand() + rand() - 1.5) * 4;
    for (const i of branch.members) if (!members[i].exempt) members[i].target = targetOf(rand, shift, ORDINARY_FLOOR);
  }
  // The `member` account: the first branch's first scored full member, with a good score.
  const first = branches[0];
  const accountMember = first.members.find((i) => members[i].kind === 'FULL' && !members[i].exempt)!;
  members[accountMember].target = ACCOUNT_MEMBER_TARGET;
  // The low scorers: a share of the scored full members anywhere, at least one in the first branch.
  const rand = rngFor(DEMO_SEED, 'tail');
  const candidates = members.filter((m) => m.kind === 'FULL' && !m.exempt && m.index !== accountMember);
  const tail = shuffled(rand, candidates).slice(0, Math.max(1, Math.round(candidates.length * TAIL_SHARE)));
  if (!tail.some((m) => m.branchKey === first.key)) {
    const local = candidates.find((m) => m.branchKey === first.key);
    if (local) tail[0] = local;
  }
  for (const m of tail) {
    m.tail = true;
    m.target = tailTarget(rand);
  }

  const codes = new Set(branches.map((b) => b.scheme));
  const [t1, , t3] = townships;
  const starVillage = branches.find((b) => b.townshipIndex === 0 && b.scheme === 'district-star-rating');
  const quotas: SeedQuota[] = [
    {
      ownerKey: demo.orgs[0].key,
      scope: 'BRANCH',
      reason: '区委组织部统一比例：五星 10%、四星 15%、三星 20%',
      overrides: [],
    },
    {
      ownerKey: t1.key,
      scope: 'BRANCH',
      reason: '镇党委核定：按各党支部人数分别核定星级名额；双预警次日内由党支部书记约谈',
      interviewDays: 1,
      overrides: starVillage
        ? [
            {
              branchKey: starVillage.key,
              fiveStarPercent: 15,
              reason: '连续三年被评为先进基层党组织，适当放宽五星级比例',
            },
          ]
        : [],
    },
    {
      ownerKey: t3.key,
      scope: 'POOL',
      reason: '镇党委统筹核定全镇各党支部的星级名额',
      shares: { fiveStarPercent: 10, fourStarPercent: 15, threeStarPercent: 25 },
      overrides: [],
    },
  ];

  const plan: DistrictPlan = {
    scale: {
      name: demo.orgs[0].name,
      code: 'SF',
      townships: townships.length,
      branches: branches.length,
      members: members.length,
      entriesPerMember: ENTRIES_PER_MEMBER,
      seed: DEMO_SEED,
    },
    today,
    cycle,
    orgs: demo.orgs.map(({ profile: _profile, ...org }) => org),
    townships,
    branches,
    members,
    adoptions,
    quotas,
    exemption: { assemblyOn: `${cycle - 1}-12-02`, approvedOn: `${cycle - 1}-12-10` },
    ratingPeriods: ratingPeriods(cycle, codes),
  };

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
          atLeast: b === first ? 3 : 0,
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
  let plannedWarnings = 0;
  for (const period of periods) {
    const kind = period.includes('-H') ? 'HALF_YEAR' : 'YEAR';
    for (const b of branches) {
      const doc = documentOf(b);
      if (doc.grading.per !== kind) continue;
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
    decidedOn,
    plannedWarnings,
    accounts: { townshipKey: t1.key, branchKey: first.key, memberIndex: accountMember },
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
