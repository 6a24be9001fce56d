import { isUuid } from '@jifen/kit';
import { queryPrepared } from '@jifen/kit/server';
import type { RankFact, ScoreResult } from '@jifen/rules';
import { EntityManager } from 'typeorm';
import { lockBranches, refreshBranchSummaries } from '../rollup/branch-summary.storage';
import { ScoreState } from './score-state';
import { joinResult, splitResult } from './stored-result';

/** A member's score for one period, as kept current by every change to their register. */
export interface PeriodScoreRecord {
  memberId: string;
  periodKey: string;
  districtId: string;
  branchId: string;
  schemeVersionId: string;
  periodKind: string;
  periodStart: string;
  periodEnd: string;
  status: 'SCORED' | 'EXEMPT';
  state: ScoreState;
  total: number | null;
  gradeCode: string | null;
  gradeName: string | null;
  result: ScoreResult;
  /** The member's place among the branch's ranked members for the period (null when not ranked). */
  rank: RankFact | null;
  computedAt: string;
}

/** The stored columns of a score that a recomputation can change (`computed_at` aside). */
const SCORE_COLUMNS = [
  'district_id',
  'branch_id',
  'scheme_version_id',
  'period_kind',
  'period_start',
  'period_end',
  'status',
  'state',
  'total',
  'grade_code',
  'grade_name',
  'result',
  'detail',
  'rank_position',
  'rank_of',
  'rank_tied',
];
/** How two rows' columns are compared: json has no equality, its text does (the ledger writes it the same way each time). */
const compared = (row: string) =>
  SCORE_COLUMNS.map((c) => (c === 'detail' ? `${row}.detail::text` : `${row}.${c}`)).join(', ');

/**
 * Writes the scores in one statement (then `alsoWrite`'s, under the same branch locks) and rewrites the summaries of every branch and period whose scores moved,
 * including the branch a transferred member's score is leaving. A score that came out the same is not written
 * again (no new row version, `computedAt` keeps the time it last changed), so that rescoring a branch whose
 * publicity opened or closed rewrites only the members whose state moved.
 */
export async function upsertPeriodScores(
  db: EntityManager,
  records: readonly PeriodScoreRecord[],
  alsoWrite?: (db: EntityManager) => Promise<{ branch_id: string; period_key: string }[]>,
): Promise<void> {
  if (records.length === 0) return;
  const left = await queryPrepared<{ branch_id: string; period_key: string }>(
    db,
    `SELECT DISTINCT ps.branch_id, ps.period_key FROM ledger.period_score ps
       JOIN jsonb_to_recordset($1::jsonb) AS x("memberId" uuid, "periodKey" text, "branchId" uuid)
         ON ps.member_id = x."memberId" AND ps.period_key = x."periodKey" AND ps.branch_id <> x."branchId"`,
    [JSON.stringify(records.map(({ memberId, periodKey, branchId }) => ({ memberId, periodKey, branchId })))],
  );
  await lockBranches(db, [...records.map((r) => r.branchId), ...left.map((r) => r.branch_id)]);
  const written = await writeScoreRows(db, records);
  // More scores of the same branches (the members with nothing recorded), written before the one refresh.
  const filled = alsoWrite ? await alsoWrite(db) : [];
  await refreshBranchSummaries(
    db,
    [...written, ...left, ...filled].map((r) => ({ branchId: r.branch_id, periodKey: r.period_key })),
  );
}

/**
 * Writes score rows in one statement, a row that came out the same left as it is; answers the (branch, period) pairs
 * written, whose summaries the caller refreshes (under the branches' locks, which the caller holds).
 */
export async function writeScoreRows(
  db: EntityManager,
  records: readonly PeriodScoreRecord[],
): Promise<{ branch_id: string; period_key: string }[]> {
  if (records.length === 0) return [];
  // The headlines go as jsonb with the other columns; the details as one json array beside them, in the same
  // order, which the database takes apart without building jsonb (ROWS FROM pairs the two by position).
  const details: string[] = [];
  const rows = records.map(({ result, rank, ...record }) => {
    const { headline, detail } = splitResult(result);
    details.push(JSON.stringify(detail));
    return {
      ...record,
      result: headline,
      rankPosition: rank?.position ?? null,
      rankOf: rank?.of ?? null,
      rankTied: rank ? (rank.tied ?? 1) : null,
    };
  });
  return queryPrepared<{ branch_id: string; period_key: string }>(
    db,
    `WITH written AS (
       INSERT INTO ledger.period_score (member_id, period_key, district_id, branch_id, scheme_version_id, period_kind, period_start, period_end,
                                        status, state, total, grade_code, grade_name, result, detail, rank_position, rank_of, rank_tied, computed_at)
       SELECT x."memberId", x."periodKey", x."districtId", x."branchId", x."schemeVersionId", x."periodKind", x."periodStart", x."periodEnd",
              x.status, x.state, x.total, x."gradeCode", x."gradeName", x.result, x.detail, x."rankPosition", x."rankOf", x."rankTied", x."computedAt"
         FROM ROWS FROM (
                jsonb_to_recordset($1::jsonb) AS ("memberId" uuid, "periodKey" text, "districtId" uuid, "branchId" uuid, "schemeVersionId" uuid,
                  "periodKind" text, "periodStart" date, "periodEnd" date, status text, state text, total numeric, "gradeCode" text, "gradeName" text,
                  result jsonb, "rankPosition" integer, "rankOf" integer, "rankTied" integer, "computedAt" timestamptz),
                json_array_elements($2::json))
              AS x("memberId", "periodKey", "districtId", "branchId", "schemeVersionId", "periodKind", "periodStart", "periodEnd",
                   status, state, total, "gradeCode", "gradeName", result, "rankPosition", "rankOf", "rankTied", "computedAt", detail)
       ON CONFLICT (member_id, period_key) DO UPDATE SET
         ${SCORE_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, computed_at = EXCLUDED.computed_at
       WHERE (${compared('ledger.period_score')}) IS DISTINCT FROM (${compared('EXCLUDED')})
       RETURNING branch_id, period_key)
     SELECT DISTINCT branch_id, period_key FROM written`,
    [JSON.stringify(rows), `[${details.join(',')}]`],
  );
}

const leanColumns = `ps.member_id, ps.period_key, ps.district_id, ps.branch_id, ps.scheme_version_id, ps.period_kind,
  to_char(ps.period_start, 'YYYY-MM-DD') AS period_start, to_char(ps.period_end, 'YYYY-MM-DD') AS period_end, ps.status, ps.state,
  ps.total, ps.grade_code, ps.grade_name, ps.result, ps.rank_position, ps.rank_of, ps.rank_tied, ps.computed_at`;
/** The columns with the result's detail (see `stored-result.ts`); a lean read leaves it out. */
const columns = `${leanColumns}, ps.detail`;

function toRecord(row: Record<string, any>): PeriodScoreRecord {
  return {
    memberId: row.member_id,
    periodKey: row.period_key,
    districtId: row.district_id,
    branchId: row.branch_id,
    schemeVersionId: row.scheme_version_id,
    periodKind: row.period_kind,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    status: row.status,
    state: row.state,
    total: row.total === null ? null : Number(row.total),
    gradeCode: row.grade_code,
    gradeName: row.grade_name,
    result: joinResult(row.result, row.detail ?? null),
    rank:
      row.rank_position === null || row.rank_position === undefined
        ? null
        : { position: row.rank_position, of: row.rank_of, tied: row.rank_tied },
    computedAt: new Date(row.computed_at).toISOString(),
  };
}

/**
 * Scores by (member, period) pairs, in one statement. For a member (`onlyMemberId`): their own, and the scores
 * of their branch for a period a publicity window has published (the publicity list is public within the branch).
 * With `lean`, the results come without their detail (see `pagePeriodScores`).
 */
export async function findPeriodScores(
  db: EntityManager,
  keys: readonly { memberId: string; periodKey: string }[],
  scopePath: string | null,
  onlyMemberId: string | null = null,
  lean = false,
): Promise<PeriodScoreRecord[]> {
  const valid = keys.filter((k) => isUuid(k.memberId));
  if (valid.length === 0) return [];
  const rows = await queryPrepared(
    db,
    `SELECT ${lean ? leanColumns : columns} FROM ledger.period_score ps
       JOIN unnest($1::uuid[], $2::text[]) AS k(member_id, period_key) ON k.member_id = ps.member_id AND k.period_key = ps.period_key
       JOIN ledger.organization o ON o.id = ps.branch_id
      WHERE ($3::ltree IS NULL OR o.path <@ $3::ltree)
        AND ($4::uuid IS NULL OR ps.member_id = $4::uuid
             OR EXISTS (SELECT 1 FROM ledger.publicity_window w WHERE w.branch_id = ps.branch_id AND w.period_key = ps.period_key))`,
    [valid.map((k) => k.memberId), valid.map((k) => k.periodKey), scopePath, onlyMemberId],
  );
  return rows.map(toRecord);
}

/** A branch's scores for a period (its groups' members included), highest total first. */
export async function branchPeriodScores(
  db: EntityManager,
  branchId: string,
  periodKey: string,
): Promise<PeriodScoreRecord[]> {
  const rows = await db.query(
    `SELECT ${columns} FROM ledger.period_score ps WHERE ps.branch_id = $1 AND ps.period_key = $2
      ORDER BY ps.total DESC NULLS LAST, ps.member_id`,
    [branchId, periodKey],
  );
  return rows.map(toRecord);
}

/**
 * One page of a period's scores under an organisation, in member-id order (keyset: `after` is the last member
 * id of the previous page; `before` ends a range), so that a district is read in bounded pages whatever its
 * size. With `lean`, each result comes without its detail (components and explanation, see `stored-result.ts`):
 * a rating run reads 30,000 results and needs none of it.
 */
export async function pagePeriodScores(
  db: EntityManager,
  path: string,
  periodKey: string,
  page: {
    states: readonly string[] | null;
    after: string | null;
    before?: string | null;
    first: number;
    lean?: boolean;
  },
): Promise<{ items: PeriodScoreRecord[]; nextAfter: string | null }> {
  const rows = await db.query(
    // The page is chosen first, so that only its own results are read from storage.
    `SELECT ${page.lean ? leanColumns : columns}
       FROM (SELECT ps.* FROM ledger.period_score ps JOIN ledger.organization o ON o.id = ps.branch_id
              WHERE o.path <@ $1::ltree AND ps.period_key = $2
                AND ($3::text[] IS NULL OR ps.state = ANY($3::text[]))
                AND ($4::uuid IS NULL OR ps.member_id > $4::uuid)
                AND ($6::uuid IS NULL OR ps.member_id < $6::uuid)
              ORDER BY ps.member_id
              LIMIT $5) ps
      ORDER BY ps.member_id`,
    [
      path,
      periodKey,
      page.states,
      page.after && isUuid(page.after) ? page.after : null,
      page.first + 1,
      page.before && isUuid(page.before) ? page.before : null,
    ],
  );
  const items = rows.slice(0, page.first).map(toRecord);
  return { items, nextAfter: rows.length > page.first ? items[items.length - 1].memberId : null };
}

/**
 * A fingerprint of every score of a period under an organisation: it changes when any of them changes, since
 * every change gives its branch's summary a new revision. One row per branch is read, not the scores.
 */
export async function periodScoresDigest(db: EntityManager, path: string, periodKey: string): Promise<string> {
  const [row] = await db.query(
    `SELECT coalesce(sum(s.scored + s.exempt), 0)::int AS n,
            md5(coalesce(string_agg(s.branch_id::text || ':' || s.revision, ',' ORDER BY s.branch_id), '')) AS digest
       FROM ledger.branch_score_summary s JOIN ledger.organization b ON b.id = s.branch_id
      WHERE b.path <@ $1::ltree AND s.period_key = $2`,
    [path, periodKey],
  );
  return `${row.n}:${row.digest}`;
}
