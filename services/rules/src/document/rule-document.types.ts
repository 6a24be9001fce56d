/**
 * The rule document (积分规则文件): a scheme's rules as data. Format `jifen.rules/1`.
 * Its JSON Schema is `rule-document.schema.ts`; what a schema cannot say (unique codes, bands in order,
 * references between parts) is checked by `rule-document.validate.ts`.
 */
export const RULE_FORMAT = 'jifen.rules/1';

export type MemberKind = 'FULL' | 'PROBATIONARY' | 'ACTIVIST';
export const MEMBER_KINDS: readonly MemberKind[] = ['FULL', 'PROBATIONARY', 'ACTIVIST'];

/** Periods are counted from the cycle's start day: Q1 is the cycle's first quarter, not January–March. */
export type PeriodKind = 'YEAR' | 'HALF_YEAR' | 'QUARTER' | 'MONTH';
export const PERIOD_KINDS: readonly PeriodKind[] = ['YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH'];

export type HonourLevel = 'NATIONAL' | 'PROVINCIAL' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'UNIT' | 'BRANCH';
export const HONOUR_LEVELS: readonly HonourLevel[] = [
  'NATIONAL',
  'PROVINCIAL',
  'CITY',
  'COUNTY',
  'TOWNSHIP',
  'UNIT',
  'BRANCH',
];

export interface Cycle {
  /** The cycle's first day, e.g. 1 January, 1 July (七一) or 26 December; day 1–28 so every month has it. */
  start: { month: number; day: number };
  /** The unit the components' full scores and caps are written for (T4 and T6 a quarter, T8 a half-year). */
  scoredPer: PeriodKind;
  /** How a longer period (the year) is made from units: the sum (T6) or the mean (T4 季度积分之和/4). */
  combineUnits: 'SUM' | 'MEAN';
  /** The periods the branch reviews, confirms and publishes (besides the year). */
  periods: PeriodKind[];
}

/**
 * How an item's points are counted for one entry.
 * PER_OCCURRENCE: a fixed value each time; PER_QUANTITY: value × the entry's quantity (篇, 次, 小时);
 * BY_LEVEL: by the honour's level; DISCRETIONARY: the committee sets the points, up to `max` (酌情).
 */
export type ItemPoints =
  | { mode: 'PER_OCCURRENCE'; value: number }
  | { mode: 'PER_QUANTITY'; value: number; unit: string }
  | { mode: 'BY_LEVEL'; values: Partial<Record<HonourLevel, number>> }
  | { mode: 'DISCRETIONARY'; max: number };

export interface Item {
  code: string;
  label: string;
  points: ItemPoints;
  /** Per scoring unit: at most `count` entries count, and at most `points` points in all. */
  cap?: { count?: number; points?: number };
  /** Entries naming the same matter count once, at the highest level (T2: 同一项目不同级别表彰不能累计). */
  highestPerMatter?: boolean;
  /** Points split equally among the contributors the entry names (T3: 参与科室平分). */
  sharedAmongContributors?: boolean;
  /** A leading or organising role multiplies the points (T7: 双倍加分), still within the item's cap. */
  leadingMultiplier?: number;
}

export interface Section {
  code: string;
  label: string;
  /** Full score (deducted kinds) or maximum (earned kinds) of the section. */
  max: number;
  items: Item[];
}

/**
 * EARNED: starts at 0, items add up to `max` (T7 attendance, T4/T6 task points).
 * DEDUCTED: starts at `max` (full), items deduct, floor 0 (倒扣: T1 daily 100, T3 base 80, T6 base 30).
 * REVIEW: democratic review from vote counts: Σ votes × weight ÷ votes × multiplier (T2 1/0.8/0.6 × 100).
 * BONUS: adds, capped by `cap`; PENALTY: subtracts from the total, which never goes below 0.
 */
export type ComponentKind = 'EARNED' | 'DEDUCTED' | 'REVIEW' | 'BONUS' | 'PENALTY';
export const COMPONENT_KINDS: readonly ComponentKind[] = ['EARNED', 'DEDUCTED', 'REVIEW', 'BONUS', 'PENALTY'];

/** Where a deducted component's floor of 0 applies: each scoring unit, or the cycle as one pool. */
export type FloorScope = 'UNIT' | 'CYCLE';
export const FLOOR_SCOPES: readonly FloorScope[] = ['UNIT', 'CYCLE'];

export interface ReviewLevel {
  code: string;
  label: string;
  weight: number;
}

export interface Component {
  code: string;
  label: string;
  kind: ComponentKind;
  /** Full score (DEDUCTED) or maximum (EARNED, REVIEW); unset for BONUS and PENALTY. */
  max?: number;
  /** BONUS and PENALTY: a cap per unit, in points or as a share of the document's full score (T1: 10%). */
  cap?: { points?: number; shareOfFull?: number };
  /** A cap on the cycle's sum of this component when the year is made of units (T6: 奖励分全年最多 10 分). */
  yearCap?: number;
  /**
   * DEDUCTED only: where “扣完为止” stops. `UNIT` (the default): each scoring unit starts full and stops at 0 on its own
   * (T4: every quarter is scored on its own 40). `CYCLE`: the cycle's full score (`max` × the units of the cycle) is one
   * pool that every deduction in the cycle draws down until it is used up, wherever in the cycle they fall (T6:
   * 基础分 30 分年初一次性计入，在基础分中一项扣 5 分，直到扣完为止). Each unit still credits `max`; the running figure
   * (credited so far − deducted so far) never goes below 0, and a unit shows how much the running figure moved in it,
   * below 0 when its deductions use base credited in earlier units.
   */
  floor?: FloorScope;
  /** Weight in the total (T1 daily 0.8 and review 0.2; T3 review 0.2); 1 when unset. */
  weight?: number;
  /** Display group, e.g. “基础积分” for T3's three base sections. */
  group?: string;
  sections?: Section[];
  items?: Item[];
  /** REVIEW only. */
  review?: { levels: ReviewLevel[]; multiplier: number };
}

/** A condition recorded with evidence and approval: a veto (一票否决, total → 0) or a forced grade. */
export interface Condition {
  code: string;
  label: string;
}

export interface GradeBand {
  code: string;
  name: string;
  /** Lowest total in the band (inclusive). Bands are listed from the highest down; the last has min 0. */
  min: number;
  /** The band is given to a share of those who reach it, chosen at the assembly (T4: 在积分排名前列的党员中评定优秀). */
  bySelection?: boolean;
  /**
   * The band goes by rank (T2: 80 分以上且排名靠前的，按一定比例评为优秀): to those who reach `min` and whose place in
   * the branch is within this share of its ranked members (position ≤ share × ranked); members tied at the cut-off
   * all take it and the explanation says by how many the share is exceeded. Without a rank the member is a candidate.
   */
  share?: number;
  /** The band also needs the star rating's base floor (T8 “达到评星起点”): a member below it falls to the next band. */
  needsStarFloors?: boolean;
}

export type ConsequenceCode =
  | 'TALK'
  | 'ADMONISHMENT'
  | 'RECTIFY'
  | 'HELP_EDUCATION'
  | 'BARRED_FROM_HONOURS'
  | 'PROBATION_EXTENDED'
  | 'PROBATION_CANCELLED'
  | 'DUAL_WARNING'
  | 'DISPOSAL';
export const CONSEQUENCE_CODES: readonly ConsequenceCode[] = [
  'TALK',
  'ADMONISHMENT',
  'RECTIFY',
  'HELP_EDUCATION',
  'BARRED_FROM_HONOURS',
  'PROBATION_EXTENDED',
  'PROBATION_CANCELLED',
  'DUAL_WARNING',
  'DISPOSAL',
];

export interface Consequence {
  code: ConsequenceCode;
  label: string;
  /** Every condition given must hold. `consecutive`: this many graded periods running, the current one included, in `grades`. */
  when: { grades?: string[]; below?: number; memberKinds?: MemberKind[]; consecutive?: number };
}

export interface Eligibility {
  code: string;
  label: string;
  minTotal?: number;
  /** Within the best share of the branch (T6: 前 20%) or the best ranks (T3: 前 3 名); needs the member's rank. */
  topShare?: number;
  topRank?: number;
  /** A material reward of at most this many yuan a point (T7: 每分不高于 5 元). */
  yuanPerPoint?: number;
}

/** A title for the member with the most points of one component in each period (T3: 当季“星级党员”). */
export interface PeriodAward {
  code: string;
  label: string;
  per: PeriodKind;
  component: string;
}

/** The star rating's floors (T8): no star with a base below `baseFloor`; a star needs `totalFloor`. */
export interface StarRating {
  baseComponents: string[];
  baseFloor: number;
  totalFloor: number;
  /** Default shares of the members per star level, highest first (five ≈10%, four ≈15%, three ≈20%). */
  levels: { stars: number; share: number }[];
}

export interface RuleDocument {
  format: typeof RULE_FORMAT;
  name: string;
  description?: string;
  /** The full score that shares are taken of (100). */
  fullScore: number;
  cycle: Cycle;
  workflow: { publicityDays: number };
  components: Component[];
  /** A cap on the total (T5: 100 封顶). */
  totalCap?: number;
  vetoes: Condition[];
  directGrades: (Condition & { grade: string })[];
  grading: { per: PeriodKind; gradedKinds: MemberKind[]; bands: GradeBand[] };
  consequences: Consequence[];
  eligibilities: Eligibility[];
  awards: PeriodAward[];
  starRating?: StarRating;
}
