import { callSubgraph, entitiesOf, MAX_PAGE } from '@jifen/kit';
import { ledgerGraphql } from '../generated/ledger';
import { PendingScore, ScoreInput } from './rating-inputs';

/** Scores per page, the platform's page limit: a district of 30,000 members is read in 30 requests. */
const SCORE_PAGE = MAX_PAGE;

/**
 * The ranges of member ids read at once, each page by page: ids are random, so four ranges of the id space
 * hold about a quarter of a district each. Each range starts just after the last id of the range before
 * (ids are compared as uuids; `after` excludes its own value, `before` too).
 */
const ID_RANGES: readonly { after: string | null; before: string | null }[] = [
  { after: null, before: '40000000-0000-0000-0000-000000000000' },
  { after: '3fffffff-ffff-ffff-ffff-ffffffffffff', before: '80000000-0000-0000-0000-000000000000' },
  { after: '7fffffff-ffff-ffff-ffff-ffffffffffff', before: 'c0000000-0000-0000-0000-000000000000' },
  { after: 'bfffffff-ffff-ffff-ffff-ffffffffffff', before: null },
];

const pageQuery = ledgerGraphql(`query PeriodScoresForRating(
  $representations: [_Any!]!, $period: String!, $first: Int!, $after: ID, $before: ID
) {
  _entities(representations: $representations) { ... on Organization {
    periodScores(period: $period, first: $first, after: $after, before: $before) {
      nextAfter
      items {
        memberId branchId schemeVersionId status state total graded
        grade { code name } veto { label } forcedGrade { label grade } consequences { code label }
        star { base starPoints }
        member { name memberNo kind }
      }
    }
  } }
}`);

const digestQuery = ledgerGraphql(`query PeriodScoreDigestForRating($representations: [_Any!]!, $period: String!) {
  _entities(representations: $representations) { ... on Organization { periodScoreDigest(period: $period) } }
}`);

/** Reads a period's scores under an organisation from the ledger, their owner, through its API. */
export class LedgerScores {
  constructor(private readonly ledgerUrl: () => string) {}

  /**
   * Every score of the period in the scope, page by page in four ranges of member ids read at once (in member-id
   * order, as one reader would give them); the final ones to rate, the others as pending.
   */
  async read(
    token: string,
    orgId: string,
    period: string,
    progress: (read: number) => void,
  ): Promise<{ final: ScoreInput[]; pending: PendingScore[] }> {
    let read = 0;
    const ranges = await Promise.all(
      ID_RANGES.map((range) =>
        this.readRange(token, orgId, period, range, (n) => {
          read += n;
          progress(read);
        }),
      ),
    );
    const scores = ranges.flat();
    const final: ScoreInput[] = [];
    const pending: PendingScore[] = [];
    for (const score of scores) {
      if (score.state === 'FINAL') final.push(score);
      else
        pending.push({
          memberId: score.memberId,
          memberName: score.memberName,
          branchId: score.branchId,
          state: score.state,
        });
    }
    return { final, pending };
  }

  /** One range of member ids, page by page. */
  private async readRange(
    token: string,
    orgId: string,
    period: string,
    range: { after: string | null; before: string | null },
    progress: (read: number) => void,
  ): Promise<ScoreInput[]> {
    const scores: ScoreInput[] = [];
    let after = range.after;
    do {
      const data = await callSubgraph(this.ledgerUrl(), token, pageQuery, {
        representations: [{ __typename: 'Organization', id: orgId }],
        period,
        first: SCORE_PAGE,
        after,
        before: range.before,
      });
      const page = entitiesOf(data._entities, 'Organization')[0]?.periodScores;
      if (!page) break;
      for (const { member, ...row } of page.items) {
        scores.push({
          ...row,
          // The ledger's schema types a score's status as a string; it writes only these two.
          status: row.status as ScoreInput['status'],
          memberName: member?.name ?? row.memberId,
          memberNo: member?.memberNo ?? '',
          memberKind: member?.kind ?? 'FULL',
        });
      }
      after = page.nextAfter;
      progress(page.items.length);
    } while (after);
    return scores;
  }

  /** A fingerprint of the period's scores in the scope: a preview is stale once it changes. */
  async digest(token: string, orgId: string, period: string): Promise<string> {
    const data = await callSubgraph(this.ledgerUrl(), token, digestQuery, {
      representations: [{ __typename: 'Organization', id: orgId }],
      period,
    });
    return entitiesOf(data._entities, 'Organization')[0]?.periodScoreDigest ?? '';
  }
}
