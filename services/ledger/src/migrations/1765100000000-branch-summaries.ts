import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-branch figures kept current in the transaction of every change, so that dashboards over a district
 * (hundreds of branches, tens of thousands of members, a million entries) read one row per branch and never
 * the members' scores or the raw entries:
 * - `branch_score_summary`: per branch and period, the counts, sum, score bands, grades and final scores of
 *   its members' period scores (rewritten from the branch's scores whenever one of them is written);
 * - `branch_tally`: per branch, the declarations awaiting the committee's first review (moved by every
 *   declaration, review and reversal). Its row is also the lock that puts one branch's score writes in order.
 */
export class BranchSummaries1765100000000 implements MigrationInterface {
  name = 'BranchSummaries1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger.branch_tally (
        branch_id uuid PRIMARY KEY REFERENCES ledger.organization (id),
        district_id uuid NOT NULL,
        pending_reviews integer NOT NULL DEFAULT 0 CHECK (pending_reviews >= 0)
      )`);
    await q.query(`
      INSERT INTO ledger.branch_tally (branch_id, district_id, pending_reviews)
      SELECT e.branch_id, min(e.district_id::text)::uuid,
             count(*) FILTER (WHERE e.kind = 'CLAIM'
               AND NOT EXISTS (SELECT 1 FROM ledger.entry_review r WHERE r.entry_id = e.id)
               AND NOT EXISTS (SELECT 1 FROM ledger.entry x WHERE x.reverses_entry_id = e.id))::int
        FROM ledger.entry e GROUP BY e.branch_id`);

    // One branch's figures for a period, straight from its members' period scores. The score bands are those
    // of the rollup (SCORE_BANDS in rollup/rollup.storage.ts): 90 and above, 80–89.9, 70–79.9, 60–69.9, 50–59.9, below 50.
    await q.query(`
      CREATE FUNCTION ledger.branch_score_figures(p_branch uuid, p_period text)
      RETURNS TABLE (district_id uuid, scored integer, exempt integer, total_sum numeric, bands integer[], grades jsonb, final_count integer)
      LANGUAGE sql STABLE AS $$
        SELECT o.district_id,
               count(ps.member_id) FILTER (WHERE ps.status = 'SCORED')::int,
               count(ps.member_id) FILTER (WHERE ps.status = 'EXEMPT')::int,
               coalesce(sum(ps.total) FILTER (WHERE ps.status = 'SCORED'), 0),
               ARRAY[
                 count(ps.member_id) FILTER (WHERE ps.status = 'SCORED' AND ps.total >= 90),
                 count(ps.member_id) FILTER (WHERE ps.status = 'SCORED' AND ps.total >= 80 AND ps.total < 90),
                 count(ps.member_id) FILTER (WHERE ps.status = 'SCORED' AND ps.total >= 70 AND ps.total < 80),
                 count(ps.member_id) FILTER (WHERE ps.status = 'SCORED' AND ps.total >= 60 AND ps.total < 70),
                 count(ps.member_id) FILTER (WHERE ps.status = 'SCORED' AND ps.total >= 50 AND ps.total < 60),
                 count(ps.member_id) FILTER (WHERE ps.status = 'SCORED' AND ps.total < 50)
               ]::int[],
               coalesce((SELECT jsonb_agg(jsonb_build_object('code', g.code, 'name', g.name, 'count', g.n) ORDER BY g.code)
                           FROM (SELECT x.grade_code AS code, min(x.grade_name) AS name, count(*)::int AS n
                                   FROM ledger.period_score x
                                  WHERE x.branch_id = p_branch AND x.period_key = p_period AND x.grade_code IS NOT NULL
                                  GROUP BY x.grade_code) g), '[]'::jsonb),
               count(ps.member_id) FILTER (WHERE ps.state = 'FINAL')::int
          FROM ledger.organization o
          LEFT JOIN ledger.period_score ps ON ps.branch_id = o.id AND ps.period_key = p_period
         WHERE o.id = p_branch
         GROUP BY o.district_id
      $$`);
    await q.query(`
      CREATE TABLE ledger.branch_score_summary (
        branch_id uuid NOT NULL REFERENCES ledger.organization (id),
        period_key text NOT NULL,
        district_id uuid NOT NULL,
        scored integer NOT NULL,
        exempt integer NOT NULL,
        total_sum numeric NOT NULL,
        bands integer[] NOT NULL,
        grades jsonb NOT NULL,
        final_count integer NOT NULL,
        PRIMARY KEY (branch_id, period_key)
      )`);
    await q.query(
      `CREATE INDEX branch_score_summary_period_idx ON ledger.branch_score_summary (period_key, branch_id)`,
    );
    await q.query(`
      INSERT INTO ledger.branch_score_summary (branch_id, period_key, district_id, scored, exempt, total_sum, bands, grades, final_count)
      SELECT p.branch_id, p.period_key, s.district_id, s.scored, s.exempt, s.total_sum, s.bands, s.grades, s.final_count
        FROM (SELECT DISTINCT branch_id, period_key FROM ledger.period_score) p
        CROSS JOIN LATERAL ledger.branch_score_figures(p.branch_id, p.period_key) s`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger.branch_score_summary`);
    await q.query(`DROP FUNCTION ledger.branch_score_figures(uuid, text)`);
    await q.query(`DROP TABLE ledger.branch_tally`);
  }
}
