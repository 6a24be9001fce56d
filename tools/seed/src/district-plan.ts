/**
 * The plan of one generated district: its tree, roster, schemes, quota policies and the cycle it runs.
 * Pure and deterministic for a scale and a day; the entries are drawn per branch when needed (branch-cycle.ts),
 * so that a district of 30,000 members never holds its 1.2 million entries at once.
 */
import { templateByCode } from '@jifen/rules';
import { buildLayout, DistrictLayout, LayoutBranch, LayoutTownship, SeedOrg } from './district-layout';
import { buildRoster, SeedMember } from './district-roster';
import { TemplateCode } from './entries/scheme-entries';
import { DistrictScale } from './scales';
import { SeedAdoption, schemeMix } from './scheme-mix';
import { rngFor } from './seed-random';

export interface PlanBranch extends LayoutBranch {
  scheme: TemplateCode;
  /** Indexes of its members in the plan's member list. */
  members: number[];
}

export interface SeedQuota {
  ownerKey: string;
  scope: 'BRANCH' | 'POOL';
  reason: string;
  /** The shares per star level when not the default 10/15/20%. */
  shares?: { fiveStarPercent: number; fourStarPercent: number; threeStarPercent: number };
  /** Days the secretary has for the interview of a dual warning (default 15). */
  interviewDays?: number;
  /** Branches given a larger five-star share (连续三年被评为先进基层党组织). */
  overrides: { branchKey: string; fiveStarPercent: number; reason: string }[];
}

export interface DistrictPlan {
  scale: DistrictScale;
  today: string;
  /** The cycle loaded in full: the last one whose publicity had ended before `today`. */
  cycle: number;
  orgs: SeedOrg[];
  townships: LayoutTownship[];
  branches: PlanBranch[];
  members: SeedMember[];
  adoptions: SeedAdoption[];
  quotas: SeedQuota[];
  /** When the elderly's exemption was decided (before the cycle). */
  exemption: { assemblyOn: string; approvedOn: string };
  /** The periods the district rates and confirms: the half-years where a scheme grades by half-year, the year where one grades by year. */
  ratingPeriods: string[];
}

/** The last cycle whose year-end assemblies and publicity (held in January) are over: 2025 from 1 March 2026 on. */
export function cycleFor(today: string): number {
  const year = Number(today.slice(0, 4));
  return today >= `${year}-03-01` ? year - 1 : year - 2;
}

export function ratingPeriods(cycle: number, codes: ReadonlySet<TemplateCode>): string[] {
  const per = new Set([...codes].map((c) => templateByCode(c)!.rules.grading.per));
  return [...(per.has('HALF_YEAR') ? [`${cycle}-H1`, `${cycle}-H2`] : []), ...(per.has('YEAR') ? [String(cycle)] : [])];
}

/** The district's 10/15/20 for every branch, the largest 评星定级 village relaxed; the first such street pools its places. */
function quotasOf(layout: DistrictLayout, branches: readonly PlanBranch[]): SeedQuota[] {
  const rated = branches.filter((b) => b.scheme === 'district-star-rating');
  const village = [...rated].filter((b) => b.kind === 'village').sort((a, b) => b.size - a.size)[0];
  const quotas: SeedQuota[] = [
    {
      ownerKey: layout.orgs[0].key,
      scope: 'BRANCH',
      reason: '区委组织部统一比例：五星 10%、四星 15%、三星 20%',
      overrides: village
        ? [{ branchKey: village.key, fiveStarPercent: 15, reason: '连续三年被评为先进基层党组织，适当放宽五星级比例' }]
        : [],
    },
  ];
  const street = layout.townships.find((t, i) => t.kind === 'STREET' && rated.some((b) => b.townshipIndex === i));
  if (street)
    quotas.push({
      ownerKey: street.key,
      scope: 'POOL',
      reason: '街道党工委统筹核定各社区支部的星级名额',
      overrides: [],
    });
  return quotas;
}

export function buildDistrictPlan(scale: DistrictScale, today: string): DistrictPlan {
  const cycle = cycleFor(today);
  const layout = buildLayout(rngFor(scale.seed, 'layout'), scale);
  const members = buildRoster(scale.seed, scale.code, layout.branches, today);
  const { adoptions, schemeOf } = schemeMix(layout, cycle);
  const byBranch = new Map<string, number[]>();
  for (const m of members) (byBranch.get(m.branchKey) ?? byBranch.set(m.branchKey, []).get(m.branchKey)!).push(m.index);
  const branches = layout.branches.map((b): PlanBranch => ({
    ...b,
    scheme: schemeOf.get(b.key)!,
    members: byBranch.get(b.key) ?? [],
  }));
  return {
    scale,
    today,
    cycle,
    orgs: layout.orgs,
    townships: layout.townships,
    branches,
    members,
    adoptions,
    quotas: quotasOf(layout, branches),
    exemption: { assemblyOn: `${cycle - 1}-12-02`, approvedOn: `${cycle - 1}-12-10` },
    ratingPeriods: ratingPeriods(cycle, new Set(branches.map((b) => b.scheme))),
  };
}
