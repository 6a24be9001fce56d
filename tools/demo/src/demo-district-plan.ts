/**
 * The demo district's plan as the seed's phases load it: the schemes each organisation files, the townships, the
 * branches with the scheme each follows, each member's target total (most 60–95, a handful below 50, the elderly
 * exempt) and the township's quota policies. Pure and deterministic for a day (the cycles: demo-plan.ts).
 */
import { cycleStart, templateByCode } from '@jifen/rules';
import {
  cycleFor,
  DistrictPlan,
  EXEMPT_FROM_AGE,
  LayoutTownship,
  PlanBranch,
  ratingPeriods,
  SeedMember,
  SeedQuota,
  TAIL_SHARE,
  tailTarget,
  targetOf,
  TemplateCode,
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
/** The schemes without a disposal consequence for a low score whose first-township branch gets this many low scorers. */
const WARNED_IN_FIRST_TOWNSHIP = ['district-star-rating', 'town-attendance'] as const;
const LOW_SCORERS_PER_BRANCH = 3;
/** Where the demo accounts work. */
export interface DemoAccountsAt {
  townshipKey: string;
  branchKey: string;
  memberIndex: number;
}

/** The organisation an adoption names, by its place in the plan. */
function ownerKey(adoption: DemoAdoption, plan: { orgs: { key: string; level: string }[] }): string {
  const owner = adoption.owner;
  if (owner.level === 'DISTRICT') return plan.orgs[0].key;
  const ofLevel = plan.orgs.filter((o) => o.level === owner.level);
  if (!ofLevel[owner.index]) throw new Error(`demo plan: no ${owner.level} at ${owner.index}`);
  return ofLevel[owner.index].key;
}

/** The district, its schemes, members with their targets and quota policies, and where the demo accounts work. */
export function planDemoDistrict(today: string): { plan: DistrictPlan; accounts: DemoAccountsAt } {
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
  // The first township's dual warnings stay in the interview stage only where the branch's scheme has no disposal
  // consequence for a low score (under 先锋指数 a member below 60 is 不合格 and goes straight into disposal): a few
  // low scorers in its 评星定级 and attendance branches, swapped in for low scorers of 先锋指数 branches elsewhere.
  const outsideFirst = (m: SeedMember) =>
    m.branchKey !== first.key && branches.find((b) => b.key === m.branchKey)!.scheme === 'pioneer-index';
  for (const scheme of WARNED_IN_FIRST_TOWNSHIP) {
    const branch = branches.find((b) => b.townshipIndex === 0 && b.scheme === scheme);
    if (!branch) continue;
    const local = candidates.filter((m) => m.branchKey === branch.key && !tail.includes(m));
    for (let have = tail.filter((m) => m.branchKey === branch.key).length; have < LOW_SCORERS_PER_BRANCH; have++) {
      let swap = tail.length - 1;
      while (swap >= 0 && !outsideFirst(tail[swap])) swap--;
      const next = local.shift();
      if (swap < 0 || !next) break;
      tail[swap] = next;
    }
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
  return { plan, accounts: { townshipKey: t1.key, branchKey: first.key, memberIndex: accountMember } };
}
