import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-branch figures of every confirmed run, written in the confirming transaction (results never change, so
 * neither do these): rollups add up a few hundred of these rows instead of every member's result. A superseded
 * run keeps its rows, like its results; readers take the runs whose status is CONFIRMED, then these rows by run
 * (the primary key). Quota units get their places and overflow per level as columns computed from the allocation,
 * so that rollups read six integers instead of detoasting every member's placement.
 */
export class BranchRatingSummaries1765100000000 implements MigrationInterface {
  name = 'BranchRatingSummaries1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating.branch_rating_summary (
        run_id uuid NOT NULL REFERENCES rating.rating_run (id),
        period_key text NOT NULL,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL,
        branch_path ltree NOT NULL,
        rated integer NOT NULL,
        exempt integer NOT NULL,
        total_sum numeric(14, 1) NOT NULL,
        stars5 integer NOT NULL,
        stars4 integer NOT NULL,
        stars3 integer NOT NULL,
        warned integer NOT NULL,
        grades jsonb NOT NULL,
        PRIMARY KEY (run_id, branch_id)
      )`);
    // Backfill: every run that was confirmed (superseded ones too, as confirmation would have written them then).
    await q.query(`
      INSERT INTO rating.branch_rating_summary (run_id, period_key, district_id, branch_id, branch_path, rated, exempt, total_sum, stars5, stars4, stars3, warned, grades)
      SELECT b.run_id, run.period_key, b.district_id, b.branch_id, b.branch_path, sum(b.rated), sum(b.exempt), sum(b.total_sum), sum(b.s5), sum(b.s4), sum(b.s3), sum(b.warned),
             COALESCE(jsonb_agg(jsonb_build_object('code', b.grade_code, 'name', b.grade_name, 'count', b.n) ORDER BY b.grade_code, b.grade_name)
                      FILTER (WHERE b.grade_code IS NOT NULL), '[]')
        FROM (
          SELECT x.run_id, x.district_id, x.branch_id, x.branch_path, x.grade_code, x.grade_name, count(*)::int AS n,
                 count(*) FILTER (WHERE x.status = 'RATED') AS rated, count(*) FILTER (WHERE x.status = 'EXEMPT') AS exempt,
                 COALESCE(sum(x.total) FILTER (WHERE x.status = 'RATED'), 0) AS total_sum,
                 count(*) FILTER (WHERE x.stars = 5) AS s5, count(*) FILTER (WHERE x.stars = 4) AS s4, count(*) FILTER (WHERE x.stars = 3) AS s3,
                 count(*) FILTER (WHERE x.warning IS NOT NULL) AS warned
            FROM rating.rating_result x
           GROUP BY x.run_id, x.district_id, x.branch_id, x.branch_path, x.grade_code, x.grade_name
        ) b
        JOIN rating.rating_run run ON run.id = b.run_id
       WHERE run.status IN ('CONFIRMED', 'SUPERSEDED')
       GROUP BY b.run_id, run.period_key, b.district_id, b.branch_id, b.branch_path`);
    await q.query(
      `CREATE TRIGGER branch_rating_summary_immutable BEFORE UPDATE OR DELETE ON rating.branch_rating_summary FOR EACH ROW EXECUTE FUNCTION rating.refuse_result_change()`,
    );
    await q.query(
      `CREATE TRIGGER branch_rating_summary_no_truncate BEFORE TRUNCATE ON rating.branch_rating_summary FOR EACH STATEMENT EXECUTE FUNCTION rating.refuse_result_change()`,
    );
    // Rewrites quota_unit once (no row trigger fires on a rewrite); its rows stay as they were.
    const levels = ([5, 4, 3] as const).flatMap((stars) =>
      ['places', 'overflow'].map(
        (field) => `ADD COLUMN ${field}${stars} integer NOT NULL
      GENERATED ALWAYS AS (COALESCE((jsonb_path_query_first(allocation, '$.levels[*] ? (@.stars == ${stars}).${field}'))::integer, 0)) STORED`,
      ),
    );
    await q.query(`ALTER TABLE rating.quota_unit ${levels.join(', ')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE rating.quota_unit DROP COLUMN places5, DROP COLUMN overflow5, DROP COLUMN places4, DROP COLUMN overflow4, DROP COLUMN places3, DROP COLUMN overflow3',
    );
    await q.query('DROP TABLE rating.branch_rating_summary');
  }
}
