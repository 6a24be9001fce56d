import { ConsequenceCode, ComponentKind, PeriodKind } from '../document/rule-document.types';
import { Step } from './item-score';

export interface ItemResult {
  code: string;
  label: string;
  points: number;
  /** Entries that counted. */
  counted: string[];
  /** Entries left out, each with why (over a cap, a lower level of the same matter). */
  excluded: { entryId: string; reason: string }[];
}

export interface ComponentResult {
  code: string;
  label: string;
  kind: ComponentKind;
  group: string | null;
  score: number;
  weight: number;
  contribution: number;
  sections: { code: string; label: string; max: number; score: number; items: ItemResult[] }[];
  items: ItemResult[];
}

export interface EligibilityResult {
  code: string;
  label: string;
  status: 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'PENDING';
  reason: string;
  /** The most a reward by points may be, in yuan (T7). */
  maxRewardYuan: number | null;
}

export interface StarResult {
  eligible: boolean;
  base: number;
  total: number;
  reasons: string[];
}

export interface ScoreResult {
  period: {
    key: string;
    kind: PeriodKind;
    start: string;
    end: string;
    through: string;
    complete: boolean;
    toDate: boolean;
  };
  status: 'SCORED' | 'EXEMPT';
  /** Null for an exempt member without a score given by hand. */
  total: number | null;
  components: ComponentResult[];
  veto: { code: string; label: string; date: string } | null;
  forcedGrade: { code: string; label: string; date: string; grade: string } | null;
  /** Whether this period decides grades (the scheme's grading period) and the member's kind is graded. */
  graded: boolean;
  grade: { code: string; name: string } | null;
  /** A band given by selection among those who reach it (T2 优秀): the member may be chosen for it. */
  selectionCandidate: { code: string; name: string } | null;
  consequences: { code: ConsequenceCode; label: string }[];
  eligibilities: EligibilityResult[];
  star: StarResult | null;
  /** Per award of this period kind: the points it is decided by (T3: the quarter's contribution points). */
  awardBasis: { code: string; label: string; value: number }[];
  /** A review component has no votes yet: the figure will change when they come. */
  reviewPending: boolean;
  explanation: Step[];
}

export class InvalidFactsError extends Error {
  constructor(readonly problems: { path: string; message: string }[]) {
    super(`计分事实有 ${problems.length} 处问题：${problems.map((p) => `${p.path} ${p.message}`).join('；')}`);
  }
}
