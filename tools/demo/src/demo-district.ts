// Deterministic plan for the demo district 示范区: organisations and party members.
// Pure: no clock, no Math.random; all randomness comes from a seeded PRNG.
import {
  type DemoLevel,
  type DemoMember,
  fmt,
  inRange,
  makePerson,
  mulberry32,
  pad,
  parseYmd,
  type Profile,
  type ProfileName,
  PROFILES,
  randInt,
  randomChineseName,
  type Rand,
  type Range,
  violation,
} from '@jifen/seed';

interface DemoOrg {
  key: string;
  parentKey: string | null;
  level: DemoLevel;
  name: string;
  /** A branch's kind (its members are drawn after it). */
  profile?: ProfileName;
}
export interface DemoDistrict {
  orgs: DemoOrg[];
  members: DemoMember[];
}

const DEFAULT_SEED = 20240701;
const MIN_BRANCH = 8;
const MAX_BRANCH = 70;
const TARGET_MEMBERS: Range = [880, 920];

type BranchSpec = readonly [string, ProfileName];
interface TownshipSpec {
  name: string;
  branches: readonly BranchSpec[];
  generals: ReadonlyArray<{ name: string; branches: readonly BranchSpec[] }>;
}

const DISTRICT_NAME = '示范区';
const TOWNSHIPS: readonly TownshipSpec[] = [
  {
    name: '青山镇党委',
    branches: [
      ['青山镇机关党支部', 'office'],
      ['青山村党支部', 'village'],
      ['石桥村党支部', 'village'],
      ['桃园村党支部', 'village'],
      ['柏树湾村党支部', 'village'],
      ['王家庄村党支部', 'village'],
      ['青山镇中心小学党支部', 'school'],
      ['青山镇卫生院党支部', 'clinic'],
      ['青山绿源农业有限公司党支部', 'firm'],
    ],
    generals: [
      {
        name: '青山镇中学党总支',
        branches: [
          ['青山镇中学教师党支部', 'school'],
          ['青山镇中学退休教师党支部', 'retired'],
        ],
      },
    ],
  },
  {
    name: '河西街道党工委',
    branches: [
      ['河西街道机关党支部', 'office'],
      ['滨河社区党支部', 'community'],
      ['幸福里社区党支部', 'community'],
      ['文昌社区党支部', 'community'],
      ['新华社区党支部', 'community'],
      ['河西小学党支部', 'school'],
      ['河西街道社区卫生服务中心党支部', 'clinic'],
      ['恒信电子科技有限公司党支部', 'firm'],
      ['河西街道非公企业联合党支部', 'firm'],
    ],
    generals: [
      {
        name: '示范区人民医院党总支',
        branches: [
          ['内科党支部', 'clinic'],
          ['外科党支部', 'clinic'],
          ['行政后勤党支部', 'office'],
        ],
      },
    ],
  },
  {
    name: '柳林镇党委',
    branches: [
      ['柳林镇机关党支部', 'office'],
      ['柳林村党支部', 'village'],
      ['杨庄村党支部', 'village'],
      ['东河村党支部', 'village'],
      ['西坡村党支部', 'village'],
      ['柳林镇中心学校党支部', 'school'],
      ['柳林镇卫生院党支部', 'clinic'],
      ['柳林镇农民专业合作社联合党支部', 'firm'],
    ],
    generals: [],
  },
];

/** Random sizes per branch, then nudged so that the total hits a target. */
function branchSizes(rand: Rand, profiles: readonly Profile[]): number[] {
  const raw = profiles.map((p) => inRange(rand, p.size));
  const target = inRange(rand, TARGET_MEMBERS);
  const rawSum = raw.reduce((a, b) => a + b, 0);
  const sizes = raw.map((s) => Math.min(MAX_BRANCH, Math.max(MIN_BRANCH, Math.round((s * target) / rawSum))));
  let sum = sizes.reduce((a, b) => a + b, 0);
  while (sum !== target) {
    const i = randInt(rand, 0, sizes.length - 1);
    if (sum < target && sizes[i] < MAX_BRANCH) {
      sizes[i]++;
      sum++;
    } else if (sum > target && sizes[i] > MIN_BRANCH) {
      sizes[i]--;
      sum--;
    }
  }
  return sizes;
}

export function buildDemoDistrict(options: { today: string; seed?: number }): DemoDistrict {
  const today = parseYmd(options.today);
  const rand = mulberry32(options.seed ?? DEFAULT_SEED);

  const orgs: DemoOrg[] = [{ key: 'SFQ', parentKey: null, level: 'DISTRICT', name: DISTRICT_NAME }];
  const branches: { key: string; profile: Profile }[] = [];
  const addBranches = (parentKey: string, specs: readonly BranchSpec[]): void => {
    specs.forEach(([name, profile], i) => {
      const key = `${parentKey}-B${pad(i + 1, 2)}`;
      orgs.push({ key, parentKey, level: 'BRANCH', name, profile });
      branches.push({ key, profile: PROFILES[profile] });
    });
  };
  TOWNSHIPS.forEach((t, ti) => {
    const tKey = `SFQ-T${ti + 1}`;
    orgs.push({ key: tKey, parentKey: 'SFQ', level: 'TOWNSHIP', name: t.name });
    addBranches(tKey, t.branches);
    t.generals.forEach((g, gi) => {
      const gKey = `${tKey}-G${gi + 1}`;
      orgs.push({ key: gKey, parentKey: tKey, level: 'GENERAL_BRANCH', name: g.name });
      addBranches(gKey, g.branches);
    });
  });

  const sizes = branchSizes(
    rand,
    branches.map((b) => b.profile),
  );
  const members: DemoMember[] = [];
  branches.forEach((branch, bi) => {
    const usedNames = new Set<string>();
    for (let n = 0; n < sizes[bi]; n++) {
      const person = makePerson(rand, branch.profile, today);
      const problem = violation(person, today);
      if (problem) throw new Error(`demo generator bug: ${problem}`);
      const gender = rand() < branch.profile.female ? 'FEMALE' : 'MALE';
      let name = randomChineseName(rand, gender, person.birth.y);
      while (usedNames.has(name)) name = randomChineseName(rand, gender, person.birth.y);
      usedNames.add(name);
      members.push({
        orgKey: branch.key,
        memberNo: `SF-${pad(members.length + 1, 6)}`,
        name,
        gender,
        kind: person.kind,
        joinDate: person.join ? fmt(person.join) : null,
        birthDate: fmt(person.birth),
      });
    }
  });
  return { orgs, members };
}
