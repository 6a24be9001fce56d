/**
 * The rule document (`jifen.rules/1`) as the screen reads it from a filing's or a version's `rules` (JSON): the parts
 * the tables show, mirroring services/rules/src/document/rule-document.types.ts. The API checks every document on
 * save, so a submitted one has this shape.
 */
export type HonourLevel = 'NATIONAL' | 'PROVINCIAL' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'UNIT' | 'BRANCH';
export type RulePeriodKind = 'YEAR' | 'HALF_YEAR' | 'QUARTER' | 'MONTH';

export type ItemPoints =
  | { mode: 'PER_OCCURRENCE'; value: number }
  | { mode: 'PER_QUANTITY'; value: number; unit: string }
  | { mode: 'BY_LEVEL'; values: Partial<Record<HonourLevel, number>> }
  | { mode: 'DISCRETIONARY'; max: number };

export interface RuleItem {
  code: string;
  label: string;
  points: ItemPoints;
  cap?: { count?: number; points?: number };
  highestPerMatter?: boolean;
  sharedAmongContributors?: boolean;
  leadingMultiplier?: number;
}

export interface RuleSection {
  code: string;
  label: string;
  max: number;
  items: RuleItem[];
}

export type ComponentKind = 'EARNED' | 'DEDUCTED' | 'REVIEW' | 'BONUS' | 'PENALTY';

export interface RuleComponent {
  code: string;
  label: string;
  kind: ComponentKind;
  max?: number;
  cap?: { points?: number; shareOfFull?: number };
  yearCap?: number;
  floor?: 'UNIT' | 'CYCLE';
  weight?: number;
  group?: string;
  sections?: RuleSection[];
  items?: RuleItem[];
  review?: { levels: { code: string; label: string; weight: number }[]; multiplier: number };
}

interface GradeBand {
  code: string;
  name: string;
  min: number;
  bySelection?: boolean;
  share?: number;
  needsStarFloors?: boolean;
}

export interface RuleDocument {
  name: string;
  description?: string;
  fullScore: number;
  cycle: {
    start: { month: number; day: number };
    scoredPer: RulePeriodKind;
    combineUnits: 'SUM' | 'MEAN';
    periods: RulePeriodKind[];
  };
  workflow: { publicityDays: number };
  components: RuleComponent[];
  totalCap?: number;
  vetoes: { code: string; label: string }[];
  directGrades: { code: string; label: string; grade: string }[];
  grading: { per: RulePeriodKind; gradedKinds: string[]; bands: GradeBand[] };
  consequences: {
    code: string;
    label: string;
    when: { grades?: string[]; below?: number; memberKinds?: string[]; consecutive?: number };
  }[];
  eligibilities: {
    code: string;
    label: string;
    minTotal?: number;
    topShare?: number;
    topRank?: number;
    yuanPerPoint?: number;
  }[];
  awards: { code: string; label: string; per: RulePeriodKind; component: string }[];
  starRating?: {
    baseComponents: string[];
    baseFloor: number;
    totalFloor: number;
    levels: { stars: number; share: number }[];
  };
}

/** The items of a document in its order, each with the component (and section) it sits in. */
export function itemsOf(
  doc: RuleDocument,
): { item: RuleItem; component: RuleComponent; section: RuleSection | null }[] {
  return doc.components.flatMap((component) => [
    ...(component.items ?? []).map((item) => ({ item, component, section: null })),
    ...(component.sections ?? []).flatMap((section) => section.items.map((item) => ({ item, component, section }))),
  ]);
}
