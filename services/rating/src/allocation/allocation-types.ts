/** Star allocation under a township committee's quota policy (DOMAIN.md "Star quotas, precisely"). */

export type Rounding = 'HALF_UP' | 'DOWN' | 'UP';
export type TieBreaker = 'BASE' | 'STAR_POINTS';
/** What happens to members still tied at a level's cut-off after every tie-breaker. */
type StillTied = 'ALL_TAKE' | 'NONE_TAKE';
export type StarLevel = 5 | 4 | 3;

export interface AllocationRules {
  /** Percent of the unit's members per level, two decimals at most, e.g. 10, 15, 20 (five, four, three). */
  shares: Record<StarLevel, number>;
  rounding: Rounding; // default HALF_UP, never below 0
  baseFloor: number; // default 50: base (共性分) must be >= this
  totalFloor: number; // default 70: total must be >= this
  tieBreakers: TieBreaker[]; // default ['BASE', 'STAR_POINTS'] (higher wins)
  stillTied: StillTied; // default 'ALL_TAKE'
}

export interface StarCandidate {
  memberId: string;
  name: string; // Chinese name, used in explanations
  total: number; // one decimal at most (e.g. 89.5)
  base: number; // 共性分, one decimal at most
  starPoints: number; // total - base in practice (评星分), one decimal at most
  /** A reason this member cannot take any star whatever the score (一票否决, 直接认定不合格...), or null. */
  barred: string | null;
}

export interface LevelQuota {
  stars: StarLevel;
  percent: number;
  count: number; // members in the unit (the denominator)
  exact: number; // count * percent / 100, exactly (integer arithmetic in hundredths; exposed as number)
  places: number; // after rounding
  explanation: string; // Chinese, e.g. "13 人 × 15% = 1.95 人，四舍五入为 2 个名额"
  taken: number; // members who got this level
  overflow: number; // max(0, taken - places): only ever > 0 from a reported tie (ALL_TAKE)
  unused: number; // max(0, places - taken)
}

export interface TieReport {
  stars: StarLevel; // the level whose cut-off the tie straddled
  memberIds: string[]; // everyone in the tied group, in order
  placesLeft: number; // places of that level left when the group was reached
  outcome: 'ALL_TAKE' | 'NONE_TAKE';
  explanation: string; // Chinese: who was tied, on what (total, base, star points), what the rule did
}

export interface FloorCheck {
  value: number;
  floor: number;
  met: boolean;
}

export interface Placement {
  memberId: string;
  stars: StarLevel | null;
  /** 1-based position among the members who met the floors (members tied on everything share a rank), null if not eligible. */
  rank: number | null;
  eligibleCount: number; // how many met the floors in the unit
  floors: { base: FloorCheck; total: FloorCheck };
  /**
   * The tie this member was in at a cut-off, if any. Under NONE_TAKE one group can straddle several
   * cut-offs in turn; this is then the last of them (the one that settled the member's level), and
   * `explanation` and `StarAllocation.ties` carry all of them.
   */
  tie: TieReport | null;
  /** Chinese sentences explaining the result: rank, floors met or missed, the quota count and its rounding, a tie and how it was broken or not. */
  explanation: string[];
}

export interface StarAllocation {
  count: number;
  levels: LevelQuota[]; // five, four, three
  placements: Placement[]; // one per candidate, in ranking order (eligible first by rank, then ineligible by total desc)
  ties: TieReport[];
}
