// The members of a generated district: people as the demo makes them (ages, kinds, join dates the roster accepts),
// the elderly exempt, and each scored member's target total: most 60–95, a tail below 50.
import { ageOn, DemoMember, fmt, makePerson, parseYmd, PROFILES, violation, type Range, type Weighted } from './people';
import { randomChineseName } from './chinese-names';
import { LayoutBranch } from './district-layout';
import { clamp, pickWeighted, rngFor, shuffled, type Rand } from './seed-random';

export interface SeedMember extends Omit<DemoMember, 'orgKey'> {
  /** Position in the district's member list. */
  index: number;
  branchKey: string;
  /** 不纳入积分管理 before the cycle began (aged 80 or more now). */
  exempt: boolean;
  /** The year total the entries aim at; null when exempt. */
  target: number | null;
  /** One of the low scorers (a target below 50). */
  tail: boolean;
}

export const EXEMPT_FROM_AGE = 80;
/** The share of scored full members below 50: dual warnings (双预警) fire for them. */
export const TAIL_SHARE = 0.04;

/** Where ordinary members' targets fall: most between 70 and 95, some 50–70, a few at the top. */
const TARGETS: Weighted<Range> = [
  [[50, 59.9], 4],
  [[60, 69.9], 11],
  [[70, 79.9], 24],
  [[80, 89.9], 36],
  [[90, 95], 19],
  [[95.1, 99], 6],
];

/** An ordinary member's target: from the bands above, moved by the branch's shift, not below `floor`. */
export function targetOf(rand: Rand, branchShift: number, floor = 50): number {
  const [lo, hi] = pickWeighted(rand, TARGETS);
  return clamp(Math.round((lo + rand() * (hi - lo) + branchShift) * 10) / 10, floor, 99);
}

/** A low scorer's target: 30–46, clear of the 50 line. */
export const tailTarget = (rand: Rand): number => Math.round((30 + rand() * 16) * 10) / 10;

export function buildRoster(
  seed: number,
  code: string,
  branches: readonly LayoutBranch[],
  today: string,
): SeedMember[] {
  const day = parseYmd(today);
  const members: SeedMember[] = [];
  for (const branch of branches) {
    const rand = rngFor(seed, 'roster', branch.key);
    const profile = PROFILES[branch.kind];
    // Some branches do better than others: a shift of a few points for all their members.
    const shift = (rand() + rand() + rand() - 1.5) * 4;
    const names = new Set<string>();
    for (let n = 0; n < branch.size; n++) {
      const person = makePerson(rand, profile, day);
      const problem = violation(person, day);
      if (problem) throw new Error(`seed generator bug: ${problem}`);
      const gender = rand() < profile.female ? 'FEMALE' : 'MALE';
      let name = randomChineseName(rand, gender, person.birth.y);
      while (names.has(name)) name = randomChineseName(rand, gender, person.birth.y);
      names.add(name);
      const exempt = person.kind === 'FULL' && ageOn(person.birth, day) >= EXEMPT_FROM_AGE;
      members.push({
        index: members.length,
        branchKey: branch.key,
        memberNo: `${code}-${String(members.length + 1).padStart(6, '0')}`,
        name,
        gender,
        kind: person.kind,
        joinDate: person.join ? fmt(person.join) : null,
        birthDate: fmt(person.birth),
        exempt,
        target: exempt ? null : targetOf(rand, shift),
        tail: false,
      });
    }
  }
  // The tail: a fixed share of the scored full members, anywhere in the district.
  const rand = rngFor(seed, 'tail');
  const candidates = members.filter((m) => !m.exempt && m.kind === 'FULL');
  const count = Math.max(1, Math.round(candidates.length * TAIL_SHARE));
  for (const m of shuffled(rand, candidates).slice(0, count)) {
    m.tail = true;
    m.target = tailTarget(rand);
  }
  return members;
}
