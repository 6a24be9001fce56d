import type { Consequence, Cycle, MemberKind } from '@jifen/rules';

/** A member's final period score as the ledger gives it to a rating run. */
export interface ScoreInput {
  memberId: string;
  memberName: string;
  memberNo: string;
  memberKind: MemberKind;
  branchId: string;
  state: string;
  status: 'SCORED' | 'EXEMPT';
  total: number | null;
  /** Whether the period is the scheme's grading period for this kind of member. */
  graded: boolean;
  grade: { code: string; name: string } | null;
  veto: { label: string } | null;
  forcedGrade: { label: string; grade: string | null } | null;
  consequences: { code: string; label: string }[];
  /** 共性分 and 评星分 when the member's scheme rates stars; null otherwise. */
  star: { base: number; starPoints: number } | null;
  schemeVersionId: string;
}

/** A branch the run covers, from the ledger. */
export interface BranchInput {
  id: string;
  name: string;
  path: string;
  districtId: string;
}

/** What a run needs from a scheme version beyond the score: its consequence rules and its lowest grade. */
export interface SchemeFacts {
  consequences: Consequence[];
  /** The lowest band (不合格 or the like): a direct grade to it is a direct-unqualified condition. */
  lowestGrade: string | null;
  /** The scheme's cycle: where its periods end (a run is decided no earlier than the period's last day). */
  cycle: Cycle | null;
}

/** A score not yet final: it holds the run back from being confirmed. */
export interface PendingScore {
  memberId: string;
  memberName: string;
  branchId: string;
  state: string;
}
