import { callSubgraph } from '@jifen/kit';
import { PendingScore, ScoreInput } from './rating-inputs';

/** Scores per page: a district of 30,000 members is read in 30 requests. */
export const SCORE_PAGE = 1000;

const pageQuery = `query($representations: [_Any!]!, $period: String!, $first: Int!, $after: ID) {
  _entities(representations: $representations) { ... on Organization {
    periodScores(period: $period, first: $first, after: $after) {
      nextAfter
      items {
        memberId branchId schemeVersionId status state total graded
        grade { code name } veto { label } forcedGrade { label grade } consequences { code label }
        star { base starPoints }
        member { name memberNo kind }
      }
    }
  } }
}`;

const digestQuery = `query($representations: [_Any!]!, $period: String!) {
  _entities(representations: $representations) { ... on Organization { periodScoreDigest(period: $period) } }
}`;

interface ScoreRow extends Omit<ScoreInput, 'memberName' | 'memberNo' | 'memberKind'> {
  member: { name: string; memberNo: string; kind: ScoreInput['memberKind'] } | null;
}

/** Reads a period's scores under an organisation from the ledger, their owner, through its API. */
export class LedgerScores {
  constructor(private readonly ledgerUrl: () => string) {}

  /** Every score of the period in the scope, page by page; the final ones to rate, the others as pending. */
  async read(token: string, orgId: string, period: string, progress: (read: number) => void): Promise<{ final: ScoreInput[]; pending: PendingScore[] }> {
    const final: ScoreInput[] = [];
    const pending: PendingScore[] = [];
    let after: string | null = null;
    do {
      const data: { _entities: ({ periodScores: { nextAfter: string | null; items: ScoreRow[] } } | null)[] } = await callSubgraph(this.ledgerUrl(), token, pageQuery, {
        representations: [{ __typename: 'Organization', id: orgId }],
        period,
        first: SCORE_PAGE,
        after,
      });
      const page = data._entities[0]?.periodScores;
      if (!page) break;
      for (const { member, ...row } of page.items) {
        const score: ScoreInput = { ...row, memberName: member?.name ?? row.memberId, memberNo: member?.memberNo ?? '', memberKind: member?.kind ?? 'FULL' };
        if (row.state === 'FINAL') final.push(score);
        else pending.push({ memberId: row.memberId, memberName: score.memberName, branchId: row.branchId, state: row.state });
      }
      after = page.nextAfter;
      progress(final.length + pending.length);
    } while (after);
    return { final, pending };
  }

  /** A fingerprint of the period's scores in the scope: a preview is stale once it changes. */
  async digest(token: string, orgId: string, period: string): Promise<string> {
    const data = await callSubgraph<{ _entities: ({ periodScoreDigest: string } | null)[] }>(this.ledgerUrl(), token, digestQuery, {
      representations: [{ __typename: 'Organization', id: orgId }],
      period,
    });
    return data._entities[0]?.periodScoreDigest ?? '';
  }
}
