import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';
import { splitResult } from './stored-result';
import { MemberKind, UnrecordedScore } from './unrecorded-scores';

/**
 * Gives every active member of the branch (its groups' too) who has no score for a planned period the
 * empty-register score of their kind: one statement for the whole branch and every period, whatever the number
 * of members (the database pairs members and scores; no row per member crosses the wire). A member who has a
 * score keeps it. Answers the (branch, period) pairs written, whose summaries the caller refreshes.
 */
export async function fillUnrecorded(
  db: EntityManager,
  branch: { id: string; path: string; districtId: string },
  scores: readonly UnrecordedScore[],
  computedAt: string,
): Promise<{ branch_id: string; period_key: string }[]> {
  if (scores.length === 0) return [];
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
        WHERE m.org_path <@ $3::ltree AND m.status = 'ACTIVE'
       ON CONFLICT (member_id, period_key) DO NOTHING
       RETURNING branch_id, period_key)
     SELECT DISTINCT branch_id, period_key FROM written`,
    [JSON.stringify(rows), `[${details.join(',')}]`, branch.path, branch.districtId, branch.id, computedAt],
  );
}

/**
 * Which (period, member kind) pairs some active member of the branch has no score for: one statement, so that a
 * change in a branch whose members all have their scores (the usual case) runs the engine for nobody else.
 */
export async function missingScores(
  db: EntityManager,
  branchPath: string,
  periodKeys: readonly string[],
): Promise<{ periodKey: string; kind: MemberKind }[]> {
  if (periodKeys.length === 0) return [];
  return queryPrepared<{ periodKey: string; kind: MemberKind }>(
    db,
    `SELECT DISTINCT k.period_key AS "periodKey", m.kind
       FROM ledger.member m CROSS JOIN unnest($2::text[]) AS k(period_key)
      WHERE m.org_path <@ $1::ltree AND m.status = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM ledger.period_score ps WHERE ps.member_id = m.id AND ps.period_key = k.period_key)`,
    [branchPath, [...new Set(periodKeys)]],
  );
}
