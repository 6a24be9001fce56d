import { onlyUuids } from '@jifen/kit';
import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { splitResult } from './stored-result';
import { MemberKind, UnrecordedScore } from './unrecorded-scores';

/**
 * Gives the named active members of the branch (its groups' too) who have no score for a planned period the
 * empty-register score of their kind: one statement for the whole branch and every period, whatever the number
 * of members (the database pairs members and scores; no row per member crosses the wire). A member who has a
 * score keeps it. Answers the (branch, period) pairs written, whose summaries the caller refreshes.
 */
export async function fillUnrecorded(
  db: EntityManager,
  branch: { id: string; path: string; districtId: string },
  scores: readonly UnrecordedScore[],
  computedAt: string,
  memberIds: readonly string[],
): Promise<{ branch_id: string; period_key: string }[]> {
  if (scores.length === 0 || memberIds.length === 0) return [];
  const details: string[] = [];
  const rows = scores.map(({ kind, period, schemeVersionId, state, result }) => {
    const { headline, detail } = splitResult(result);
    details.push(JSON.stringify(detail));
    return {
      kind,
      periodKey: period.key,
      schemeVersionId,
      periodKind: period.kind,
      periodStart: period.start,
      periodEnd: period.end,
      status: result.status,
      state,
      total: result.total,
      gradeCode: result.grade?.code ?? null,
      gradeName: result.grade?.name ?? null,
      result: headline,
    };
  });
  return queryPrepared<{ branch_id: string; period_key: string }>(
    db,
    `WITH t AS (
       SELECT * FROM ROWS FROM (
                jsonb_to_recordset($1::jsonb) AS (kind text, "periodKey" text, "schemeVersionId" uuid, "periodKind" text,
                  "periodStart" date, "periodEnd" date, status text, state text, total numeric, "gradeCode" text, "gradeName" text, result jsonb),
                json_array_elements($2::json))
              AS x(kind, "periodKey", "schemeVersionId", "periodKind", "periodStart", "periodEnd", status, state, total,
                   "gradeCode", "gradeName", result, detail)),
     written AS (
       INSERT INTO ledger.period_score (member_id, period_key, district_id, branch_id, scheme_version_id, period_kind, period_start, period_end,
                                        status, state, total, grade_code, grade_name, result, detail, computed_at)
       SELECT m.id, t."periodKey", $4::uuid, $5::uuid, t."schemeVersionId", t."periodKind", t."periodStart", t."periodEnd",
              t.status, t.state, t.total, t."gradeCode", t."gradeName", t.result, t.detail, $6::timestamptz
         FROM ledger.member m JOIN t ON t.kind = m.kind
        WHERE m.org_path <@ $3::ltree AND m.status = 'ACTIVE' AND m.id = ANY($7::uuid[])
       ON CONFLICT (member_id, period_key) DO NOTHING
       RETURNING branch_id, period_key)
     SELECT DISTINCT branch_id, period_key FROM written`,
    [
      JSON.stringify(rows),
      `[${details.join(',')}]`,
      branch.path,
      branch.districtId,
      branch.id,
      computedAt,
      onlyUuids(memberIds),
    ],
  );
}

/**
 * Which active members of the branch have no score for which planned periods: one statement, so that a change in a
 * branch whose members all have their scores (the usual case) runs the engine for nobody else.
 */
export async function missingScores(
  db: EntityManager,
  branchPath: string,
  periodKeys: readonly string[],
): Promise<{ memberId: string; periodKey: string; kind: MemberKind }[]> {
  if (periodKeys.length === 0) return [];
  return queryPrepared<{ memberId: string; periodKey: string; kind: MemberKind }>(
    db,
    `SELECT m.id AS "memberId", k.period_key AS "periodKey", m.kind
       FROM ledger.member m CROSS JOIN unnest($2::text[]) AS k(period_key)
      WHERE m.org_path <@ $1::ltree AND m.status = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM ledger.period_score ps WHERE ps.member_id = m.id AND ps.period_key = k.period_key)`,
    [branchPath, [...new Set(periodKeys)]],
  );
}

/**
 * Of the members named, those with anything a score is computed from besides their kind: an entry over the planned
 * days, a democratic review vote for a planned period or its year, a condition over those days, or an earlier grade
 * of the scheme's grading period (先锋指数's 基本合格 two years running). Their rows are computed one by one from that
 * history, as every other row is; the others share their kind's empty-register score.
 */
export async function membersWithHistory(
  db: EntityManager,
  memberIds: readonly string[],
  span: { from: string; to: string; periodKeys: readonly string[]; gradedPer: string },
): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const rows = await queryPrepared<{ id: string }>(
    db,
    `SELECT m.id FROM unnest($1::uuid[]) AS m(id)
      WHERE EXISTS (SELECT 1 FROM ledger.entry e WHERE e.member_id = m.id AND e.occurred_on BETWEEN $2 AND $3)
         OR EXISTS (SELECT 1 FROM ledger.review_vote v WHERE v.member_id = m.id AND v.period_key = ANY($4::text[]))
         OR EXISTS (SELECT 1 FROM ledger.member_condition c
                     WHERE c.member_id = m.id AND c.occurred_on BETWEEN $2 AND $3 AND c.revoked_at IS NULL)
         OR EXISTS (SELECT 1 FROM ledger.period_score ps
                     WHERE ps.member_id = m.id AND ps.period_kind = $5 AND ps.period_end < $2 AND ps.grade_code IS NOT NULL)`,
    [onlyUuids(memberIds), span.from, span.to, [...new Set(span.periodKeys)], span.gradedPer],
  );
  return rows.map((r) => r.id);
}
