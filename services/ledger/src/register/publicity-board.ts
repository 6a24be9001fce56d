/** One member on a branch's publicity list, as stored: the score of the period and who it is. */
export interface PublicityEntrant {
  memberId: string;
  name: string;
  /** SCORED, or EXEMPT (不纳入积分管理: listed without a total and without a rank). */
  status: 'SCORED' | 'EXEMPT';
  total: number | null;
  gradeName: string | null;
}

interface PublicityBoardRow {
  /** 名次: members with the same total share it (1, 2, 2, 4); null for an exempt member. */
  rank: number | null;
  name: string;
  total: number | null;
  gradeName: string | null;
}

/** The board as the API shows it: each row with its stars where a confirmed rating run rated the period, no ids. */
export interface RatedBoard {
  rows: (PublicityBoardRow & { stars: number | null })[];
  /** Whether a confirmed rating run rated the period (the list then shows stars, or none for a member without). */
  rated: boolean;
  ownRank: number | null;
}

interface PublicityBoard {
  rows: PublicityBoardRow[];
  /** Whose each row is, in the rows' order (for the export's stars; the API's list shows no ids). */
  memberIds: string[];
  /** The asking member's own rank on the list; null for anyone else, or when they are exempt or not on it. */
  ownRank: number | null;
}

/**
 * 公示名单 as the board shows it: scored members by total, highest first, ranked; exempt members after them
 * without a rank. Only names, totals and grades: nothing that leads to a member's entries or explanations.
 */
export function publicityBoard(entrants: readonly PublicityEntrant[], ownMemberId: string | null): PublicityBoard {
  const scored = entrants
    .filter((e) => e.status === 'SCORED' && e.total !== null)
    .sort((a, b) => (b.total as number) - (a.total as number));
  const rest = entrants.filter((e) => !scored.includes(e));
  const ranks = new Map<string, number>();
  scored.forEach((e, i) => {
    const previous = scored[i - 1];
    ranks.set(e.memberId, previous && previous.total === e.total ? ranks.get(previous.memberId)! : i + 1);
  });
  const listed = [...scored, ...rest];
  const rows = listed.map((e) => ({
    rank: ranks.get(e.memberId) ?? null,
    name: e.name,
    total: e.total,
    gradeName: e.gradeName,
  }));
  return {
    rows,
    memberIds: listed.map((e) => e.memberId),
    ownRank: ownMemberId === null ? null : (ranks.get(ownMemberId) ?? null),
  };
}
