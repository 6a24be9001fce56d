/**
 * The sizes `npm run seed -- --scale S|M|L` loads. S is the demo district 示范区; M is one district of
 * 12 townships, 600 branches and 30,000 members with a full cycle; L is a city of ten such districts.
 */
export interface DistrictScale {
  /** The district's name (the loader refuses a name already in the database). */
  name: string;
  /** Short code: member numbers (`BJ-000001`) and account names (`bj-district`) start with it. */
  code: string;
  townships: number;
  branches: number;
  members: number;
  /** The average number of entries a member has in the cycle (the schemes' shapes make each member's own). */
  entriesPerMember: number;
  seed: number;
}

export interface Scale {
  code: 'S' | 'M' | 'L' | 'custom';
  /** What the scale is, in Chinese, for the CLI's first line. */
  label: string;
  /** S: the demo district, loaded by the demo loader. */
  demo: boolean;
  districts: DistrictScale[];
}

export const SCALE_CODES = ['S', 'M', 'L'] as const;
export type ScaleCode = (typeof SCALE_CODES)[number];

const ONE_DISTRICT = { townships: 12, branches: 600, members: 30_000, entriesPerMember: 40 } as const;

export const M_DISTRICT: DistrictScale = { name: '滨江区', code: 'BJ', ...ONE_DISTRICT, seed: 20250101 };

/** The ten districts of 云州市 (L); none shares a name with M's. */
const CITY = '云州市';
const CITY_DISTRICTS = [
  '城关区',
  '东城区',
  '西城区',
  '南湖区',
  '北山区',
  '高新区',
  '临河区',
  '青川区',
  '白石区',
  '龙泉区',
];

export function scaleOf(code: ScaleCode): Scale {
  switch (code) {
    case 'S':
      return { code, label: '小：示范区演示数据（3 个镇街，约 900 名党员）', demo: true, districts: [] };
    case 'M':
      return {
        code,
        label: `中：${M_DISTRICT.name}（12 个镇街、600 个党支部、30,000 名党员，一个完整积分周期）`,
        demo: false,
        districts: [M_DISTRICT],
      };
    case 'L':
      return {
        code,
        label: `大：${CITY}（10 个区，共 300,000 名党员）`,
        demo: false,
        districts: CITY_DISTRICTS.map((name, i) => ({
          name: `${CITY}${name}`,
          code: `YZ${String(i + 1).padStart(2, '0')}`,
          ...ONE_DISTRICT,
          seed: 20250201 + i,
        })),
      };
  }
}

/** One district of a scale (1-based): L loaded district by district, in several databases or on several machines. */
export function oneDistrictOf(scale: Scale, position: number): Scale {
  const district = scale.districts[position - 1];
  if (!district) throw new RangeError(`规模 ${scale.code} 只有 ${scale.districts.length} 个区，没有第 ${position} 个`);
  return { ...scale, label: `${scale.label}中的第 ${position} 个区：${district.name}`, districts: [district] };
}

/** A scale of one district of any size (tests, trials). */
export function customScale(district: DistrictScale): Scale {
  return { code: 'custom', label: `自定义：${district.name}`, demo: false, districts: [district] };
}
