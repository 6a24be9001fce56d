// The organisation tree of a generated district: townships of three kinds, their branches and general branches, and branch sizes.
import type { DemoLevel, ProfileName } from './people';
import { BUREAUS, NamePool } from './place-names';
import { clamp, randInt, type Rand } from './seed-random';

type TownshipKind = 'ORGANS' | 'STREET' | 'TOWN';
type BranchKind = ProfileName;

export interface SeedOrg {
  key: string;
  parentKey: string | null;
  level: DemoLevel;
  name: string;
}

export interface LayoutBranch {
  key: string;
  name: string;
  kind: BranchKind;
  /** The township the branch is under (directly or through a general branch). */
  townshipIndex: number;
  /** The township or general branch above it. */
  parentKey: string;
  /** The bureau's name for a 区直机关 branch (schemes follow some bureaus). */
  bureau?: string;
  /** Under the 职业技术学院's general branch (its scheme is the college's). */
  college?: boolean;
  size: number;
}

export interface LayoutTownship {
  key: string;
  name: string;
  kind: TownshipKind;
  /** The town or street's own name (镇 and 街道 branches are named after it). */
  root: string;
}

export interface DistrictLayout {
  orgs: SeedOrg[];
  townships: LayoutTownship[];
  branches: LayoutBranch[];
}

export const MIN_BRANCH = 5;
export const MAX_BRANCH = 200;

/** Member counts a branch of each kind tends to have before the district's total is fitted: [smallest, largest], mostly small. */
const SIZES: Record<BranchKind, readonly [number, number]> = {
  village: [18, 150],
  community: [25, 200],
  office: [5, 40],
  school: [8, 55],
  clinic: [8, 60],
  firm: [5, 30],
  retired: [15, 120],
};

/** 区直机关工委 first; then every fourth a 街道, the rest 镇. */
function townshipKind(index: number, count: number): TownshipKind {
  if (index === 0 && count >= 2) return 'ORGANS';
  return index % 4 === 1 ? 'STREET' : 'TOWN';
}

/** How many branches each township has: towns somewhat more than streets and the organs, all summing to `total`. */
function branchCounts(rand: Rand, kinds: readonly TownshipKind[], total: number): number[] {
  const weight = { ORGANS: 0.8, STREET: 0.9, TOWN: 1.1 } as const;
  const raw = kinds.map((k) => weight[k] * (0.75 + rand() * 0.5));
  const sum = raw.reduce((a, b) => a + b, 0);
  const counts = raw.map((w) => Math.max(1, Math.round((w * total) / sum)));
  let diff = total - counts.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const i = randInt(rand, 0, counts.length - 1);
    if (diff > 0) {
      counts[i]++;
      diff--;
    } else if (counts[i] > 1) {
      counts[i]--;
      diff++;
    }
  }
  return counts;
}

interface BranchSpec {
  name: string;
  kind: BranchKind;
  bureau?: string;
  college?: boolean;
}
interface GeneralSpec {
  name: string;
  branches: BranchSpec[];
}

/** 区直机关: bureaus, from 12 branches a hospital and a vocational college (general branches), from 8 the retired cadres. */
function organsBranches(count: number): { branches: BranchSpec[]; generals: GeneralSpec[] } {
  const generals: GeneralSpec[] = [];
  let left = count;
  if (count >= 12) {
    generals.push({
      name: '区人民医院党总支',
      branches: ['内科', '外科', '行政后勤'].map((d) => ({ name: `区人民医院${d}党支部`, kind: 'clinic' as const })),
    });
    generals.push({
      name: '区职业技术学院党总支',
      branches: ['教师第一', '教师第二', '机关'].map((d) => ({
        name: `区职业技术学院${d}党支部`,
        kind: 'school' as const,
        college: true,
      })),
    });
    left -= 6;
  }
  const branches: BranchSpec[] = [];
  const retired = count >= 8 ? Math.max(1, Math.round(count / 20)) : 0;
  for (let i = 0; i < left - retired; i++) {
    const bureau = BUREAUS[i % BUREAUS.length];
    const round = Math.floor(i / BUREAUS.length);
    branches.push({
      name: `${bureau}${round === 0 ? '机关' : `第${'二三四五六七八九'[round - 1] ?? round + 1}`}党支部`,
      kind: 'office',
      bureau,
    });
  }
  for (let i = 0; i < retired; i++) branches.push({ name: `区老干部第${i + 1}党支部`, kind: 'retired' });
  return { branches, generals };
}

function streetBranches(
  names: NamePool,
  root: string,
  count: number,
): { branches: BranchSpec[]; generals: GeneralSpec[] } {
  const branches: BranchSpec[] = [{ name: `${root}街道机关党支部`, kind: 'office' }];
  const extras: BranchSpec[] = [];
  if (count >= 6) extras.push({ name: `${root}街道社区卫生服务中心党支部`, kind: 'clinic' });
  if (count >= 8) extras.push({ name: `${root}街道退休职工党支部`, kind: 'retired' });
  const schools = count >= 5 ? Math.max(1, Math.round(count * 0.08)) : 0;
  for (let i = 0; i < schools; i++)
    extras.push({
      name: `${root}${['小学', '中学', '第二小学', '幼儿园', '第三小学'][i] ?? `第${i + 1}小学`}党支部`,
      kind: 'school',
    });
  const firms = count >= 4 ? Math.max(1, Math.round(count * 0.2)) : 0;
  for (let i = 0; i < firms; i++)
    extras.push(
      i === 0
        ? { name: `${root}街道非公企业联合党支部`, kind: 'firm' }
        : { name: `${names.firm()}党支部`, kind: 'firm' },
    );
  const communities = Math.max(0, count - 1 - extras.length);
  for (let i = 0; i < communities; i++) branches.push({ name: `${names.community()}党支部`, kind: 'community' });
  branches.push(...extras.slice(0, count - branches.length));
  return { branches, generals: [] };
}

function townBranches(
  names: NamePool,
  root: string,
  count: number,
): { branches: BranchSpec[]; generals: GeneralSpec[] } {
  const branches: BranchSpec[] = [{ name: `${root}镇机关党支部`, kind: 'office' }];
  const generals: GeneralSpec[] = [];
  const extras: BranchSpec[] = [];
  let left = count - 1;
  if (count >= 10) {
    generals.push({
      name: `${root}镇中学党总支`,
      branches: [
        { name: `${root}镇中学教师党支部`, kind: 'school' },
        { name: `${root}镇中学退休教师党支部`, kind: 'retired' },
      ],
    });
    left -= 2;
  }
  if (count >= 5)
    extras.push({ name: `${root}镇中心小学党支部`, kind: 'school' }, { name: `${root}镇卫生院党支部`, kind: 'clinic' });
  const firms = count >= 6 ? Math.max(1, Math.round(count * 0.1)) : 0;
  for (let i = 0; i < firms; i++)
    extras.push(
      i === 0
        ? { name: `${root}镇农民专业合作社联合党支部`, kind: 'firm' }
        : { name: `${names.firm()}党支部`, kind: 'firm' },
    );
  const villages = Math.max(0, left - extras.length);
  for (let i = 0; i < villages; i++) branches.push({ name: `${names.village()}党支部`, kind: 'village' });
  branches.push(...extras.slice(0, left - villages));
  return { branches, generals };
}

/** Raw sizes by kind (mostly small, a long tail), fitted to the district's total within 5–200. */
function fitSizes(rand: Rand, kinds: readonly BranchKind[], total: number): number[] {
  if (total < kinds.length * MIN_BRANCH || total > kinds.length * MAX_BRANCH)
    throw new Error(`${kinds.length} 个党支部容纳不了 ${total} 名党员（每个支部 ${MIN_BRANCH}–${MAX_BRANCH} 人）`);
  const raw = kinds.map((k) => SIZES[k][0] + (SIZES[k][1] - SIZES[k][0]) * Math.pow(rand(), 2.2));
  const rawSum = raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((r) => clamp(Math.round((r * total) / rawSum), MIN_BRANCH, MAX_BRANCH));
  let diff = total - sizes.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const i = randInt(rand, 0, sizes.length - 1);
    if (diff > 0 && sizes[i] < MAX_BRANCH) {
      sizes[i]++;
      diff--;
    } else if (diff < 0 && sizes[i] > MIN_BRANCH) {
      sizes[i]--;
      diff++;
    }
  }
  return sizes;
}

export function buildLayout(
  rand: Rand,
  district: { name: string; code: string; townships: number; branches: number; members: number },
): DistrictLayout {
  if (district.branches < district.townships) throw new Error('党支部数不能少于镇街数');
  const names = new NamePool(rand);
  const orgs: SeedOrg[] = [{ key: district.code, parentKey: null, level: 'DISTRICT', name: district.name }];
  const kinds = Array.from({ length: district.townships }, (_, i) => townshipKind(i, district.townships));
  const counts = branchCounts(rand, kinds, district.branches);
  const townships: LayoutTownship[] = [];
  const specs: (BranchSpec & { parentKey: string; townshipIndex: number })[] = [];
  kinds.forEach((kind, ti) => {
    const key = `${district.code}-T${String(ti + 1).padStart(2, '0')}`;
    const root = kind === 'ORGANS' ? '区直' : kind === 'STREET' ? names.street() : names.town();
    const name = kind === 'ORGANS' ? '区直机关工委' : kind === 'STREET' ? `${root}街道党工委` : `${root}镇党委`;
    townships.push({ key, name, kind, root });
    orgs.push({ key, parentKey: district.code, level: 'TOWNSHIP', name });
    const { branches, generals } =
      kind === 'ORGANS'
        ? organsBranches(counts[ti])
        : kind === 'STREET'
          ? streetBranches(names, root, counts[ti])
          : townBranches(names, root, counts[ti]);
    branches.forEach((b) => specs.push({ ...b, parentKey: key, townshipIndex: ti }));
    generals.forEach((g, gi) => {
      const gKey = `${key}-G${gi + 1}`;
      orgs.push({ key: gKey, parentKey: key, level: 'GENERAL_BRANCH', name: g.name });
      g.branches.forEach((b) => specs.push({ ...b, parentKey: gKey, townshipIndex: ti }));
    });
  });
  const sizes = fitSizes(
    rand,
    specs.map((s) => s.kind),
    district.members,
  );
  const branches = specs.map((s, i): LayoutBranch => {
    const key = `${district.code}-B${String(i + 1).padStart(4, '0')}`;
    orgs.push({ key, parentKey: s.parentKey, level: 'BRANCH', name: s.name });
    return {
      key,
      name: s.name,
      kind: s.kind,
      townshipIndex: s.townshipIndex,
      parentKey: s.parentKey,
      bureau: s.bureau,
      college: s.college,
      size: sizes[i],
    };
  });
  return { orgs, townships, branches };
}
