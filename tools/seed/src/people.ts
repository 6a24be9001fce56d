// The people of a generated district: branch profiles (sizes, ages, kinds), a seeded PRNG, calendar arithmetic
// on day numbers, and members the roster accepts. Pure: no clock, no Math.random.
import { pickWeighted, type Rand } from './chinese-names';

export type DemoLevel = 'DISTRICT' | 'TOWNSHIP' | 'GENERAL_BRANCH' | 'BRANCH';
export interface DemoMember {
  orgKey: string;
  memberNo: string;
  name: string;
  gender: 'MALE' | 'FEMALE';
  kind: 'FULL' | 'PROBATIONARY' | 'ACTIVIST';
  joinDate: string | null;
  birthDate: string;
}
type Kind = DemoMember['kind'];
export type ProfileName = 'village' | 'community' | 'office' | 'school' | 'clinic' | 'firm' | 'retired';
export type Range = readonly [number, number];
export type Weighted<T> = ReadonlyArray<readonly [T, number]>;

export interface Profile {
  size: Range;
  female: number;
  ages: Weighted<Range>;
  kinds: Weighted<Kind>;
}

const STD_KINDS: Weighted<Kind> = [
  ['FULL', 85],
  ['PROBATIONARY', 7],
  ['ACTIVIST', 8],
];
const WORK_AGES: Weighted<Range> = [
  [[22, 24], 3],
  [[25, 34], 30],
  [[35, 44], 30],
  [[45, 54], 27],
  [[55, 59], 10],
];

export const PROFILES: Record<ProfileName, Profile> = {
  village: {
    size: [32, 68],
    female: 0.28,
    kinds: STD_KINDS,
    ages: [
      [[20, 24], 1],
      [[25, 34], 8],
      [[35, 44], 12],
      [[45, 54], 20],
      [[55, 64], 24],
      [[65, 69], 13],
      [[70, 74], 10],
      [[75, 79], 6],
      [[80, 88], 4],
    ],
  },
  community: {
    size: [25, 55],
    female: 0.45,
    kinds: STD_KINDS,
    ages: [
      [[20, 24], 1],
      [[25, 34], 12],
      [[35, 44], 14],
      [[45, 54], 16],
      [[55, 64], 20],
      [[65, 69], 13],
      [[70, 74], 10],
      [[75, 79], 7],
      [[80, 88], 5],
    ],
  },
  office: { size: [8, 20], female: 0.35, kinds: STD_KINDS, ages: WORK_AGES },
  school: { size: [10, 24], female: 0.62, kinds: STD_KINDS, ages: WORK_AGES },
  clinic: { size: [12, 28], female: 0.6, kinds: STD_KINDS, ages: WORK_AGES },
  firm: {
    size: [8, 18],
    female: 0.35,
    kinds: STD_KINDS,
    ages: [
      [[22, 24], 5],
      [[25, 34], 35],
      [[35, 44], 30],
      [[45, 54], 22],
      [[55, 59], 8],
    ],
  },
  retired: {
    size: [16, 28],
    female: 0.5,
    kinds: [['FULL', 1]],
    ages: [
      [[58, 64], 15],
      [[65, 69], 25],
      [[70, 74], 25],
      [[75, 79], 20],
      [[80, 88], 15],
    ],
  },
};

const PROBATIONARY_AGES: Weighted<Range> = [
  [[20, 25], 4],
  [[26, 35], 4],
  [[36, 45], 2],
];
const ACTIVIST_AGES: Weighted<Range> = [
  [[18, 22], 2],
  [[23, 30], 4],
  [[31, 40], 3],
];
// Years after turning 18 at which FULL members joined.
const JOIN_OFFSETS: Weighted<Range> = [
  [[0, 4], 30],
  [[5, 9], 30],
  [[10, 17], 25],
  [[18, 30], 15],
];

export function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randInt = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
export const inRange = (rand: Rand, r: Range): number => randInt(rand, r[0], r[1]);

// ---- calendar arithmetic on day numbers (days since 1970-01-01), no Date needed ----
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function toDays({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function fromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

export const pad = (n: number, w: number): string => String(n).padStart(w, '0');
export const fmt = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function parseYmd(s: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const ymd = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
  if (!ymd || fmt(fromDays(toDays(ymd))) !== s) throw new Error(`invalid date: ${s}`);
  return ymd;
}

/** Same day n years later (29 Feb falls back to 28 Feb). */
function addYears({ y, m, d }: Ymd, n: number): Ymd {
  const ny = y + n;
  return { y: ny, m, d: m === 2 && d === 29 && !isLeap(ny) ? 28 : d };
}

export function ageOn(birth: Ymd, date: Ymd): number {
  const before = date.m < birth.m || (date.m === birth.m && date.d < birth.d);
  return date.y - birth.y - (before ? 1 : 0);
}

// ---- members ----
export interface Person {
  kind: Kind;
  birth: Ymd;
  join: Ymd | null;
}

export function makePerson(rand: Rand, profile: Profile, today: Ymd): Person {
  const kind = pickWeighted(rand, profile.kinds);
  const ageRange =
    kind === 'FULL'
      ? pickWeighted(rand, profile.ages)
      : kind === 'PROBATIONARY'
        ? pickWeighted(rand, PROBATIONARY_AGES)
        : pickWeighted(rand, ACTIVIST_AGES);
  const age = Math.max(inRange(rand, ageRange), kind === 'ACTIVIST' ? 18 : 20);
  const hi = toDays(addYears(today, -age));
  const lo = toDays(addYears(today, -age - 1)) + 1;
  const birth = fromDays(randInt(rand, lo, hi));
  const yearAgo = toDays(addYears(today, -1));
  let join: Ymd | null = null;
  if (kind === 'FULL') {
    const earliest = toDays(addYears(birth, 18)) + 1;
    const latest = yearAgo - 1;
    let day = earliest + inRange(rand, pickWeighted(rand, JOIN_OFFSETS)) * 365 + randInt(rand, 0, 364);
    if (day > latest) day = randInt(rand, earliest, latest);
    join = fromDays(day);
  } else if (kind === 'PROBATIONARY') {
    join = fromDays(randInt(rand, yearAgo + 2, toDays(today)));
  }
  return { kind, birth, join };
}

/** Rules the roster service enforces; returns a reason when broken. */
export function violation(p: Person, today: Ymd): string | null {
  const t = toDays(today);
  const age = ageOn(p.birth, today);
  if (toDays(p.birth) > t || age > 120) return 'birth date out of range';
  if (p.kind === 'ACTIVIST') return p.join === null && age >= 16 ? null : 'bad activist';
  if (!p.join || toDays(p.join) > t || ageOn(p.birth, p.join) < 18) return 'bad join date';
  const yearAgo = toDays(addYears(today, -1));
  if (p.kind === 'PROBATIONARY' && toDays(p.join) <= yearAgo) return 'probation too old';
  if (p.kind === 'FULL' && toDays(p.join) >= yearAgo) return 'full member joined too recently';
  return null;
}
