import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-node figures of every confirmed run: for each prefix of its branches' paths (the district, each township,
 * each branch itself), the sums of the branch summaries below it. Written once when the run is confirmed (its
 * results never change, so neither do these), so that a district's dashboard reads its own row and one per
 * township instead of adding up six hundred branch rows on every request. A superseded run keeps its rows.
 *
 * `rating.insert_node_summaries(run)` is the one place the rows are worked out: the backfill here and the
 * confirmation (`insertNodeSummaries`) both call it.
 */
export class NodeRatingSummaries1765300000000 implements MigrationInterface {
  name = 'NodeRatingSummaries1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating.node_rating_summary (
        run_id uuid NOT NULL REFERENCES rating.rating_run (id),
        node_path ltree NOT NULL,
        depth integer NOT NULL,
        is_branch boolean NOT NULL,
        rated integer NOT NULL,
        exempt integer NOT NULL,
        total_sum numeric(14, 1) NOT NULL,
        stars5 integer NOT NULL,
        stars4 integer NOT NULL,
        stars3 integer NOT NULL,
        warned integer NOT NULL,
        grades jsonb NOT NULL,
        PRIMARY KEY (run_id, node_path)
      )`);
    await q.query(`CREATE INDEX node_rating_summary_depth_idx ON rating.node_rating_summary (run_id, depth)`);
    await q.query(`
      CREATE FUNCTION rating.insert_node_summaries(p_run uuid) RETURNS void LANGUAGE sql AS $$
        WITH prefixes AS (
          SELECT subpath(s.branch_path, 0, l.i) AS node_path, l.i = nlevel(s.branch_path) AS is_branch, s.*
            FROM rating.branch_rating_summary s CROSS JOIN LATERAL generate_series(1, nlevel(s.branch_path)) AS l(i)
           WHERE s.run_id = p_run),
        grade_lists AS (
          SELECT g.node_path, jsonb_agg(jsonb_build_object('code', g.code, 'name', g.name, 'count', g.n) ORDER BY g.code) AS grades
            FROM (SELECT p.node_path, r.code, min(r.name) AS name, sum(r.count)::int AS n
                    FROM prefixes p CROSS JOIN LATERAL jsonb_to_recordset(p.grades) AS r(code text, name text, count int)
                   GROUP BY p.node_path, r.code) g
           GROUP BY g.node_path),
        sums AS (
          SELECT node_path, bool_or(is_branch) AS is_branch, sum(rated) AS rated, sum(exempt) AS exempt, sum(total_sum) AS total_sum,
                 sum(stars5) AS stars5, sum(stars4) AS stars4, sum(stars3) AS stars3, sum(warned) AS warned
            FROM prefixes GROUP BY node_path)
        INSERT INTO rating.node_rating_summary (run_id, node_path, depth, is_branch, rated, exempt, total_sum, stars5, stars4, stars3, warned, grades)
        SELECT p_run, s.node_path, nlevel(s.node_path), s.is_branch, s.rated, s.exempt, s.total_sum, s.stars5, s.stars4, s.stars3, s.warned,
               coalesce(gl.grades, '[]'::jsonb)
          FROM sums s LEFT JOIN grade_lists gl ON gl.node_path = s.node_path
      $$`);
    await q.query(
      `SELECT rating.insert_node_summaries(r.id) FROM rating.rating_run r WHERE r.status IN ('CONFIRMED', 'SUPERSEDED')`,
    );
    await q.query(
      `CREATE TRIGGER node_rating_summary_immutable BEFORE UPDATE OR DELETE ON rating.node_rating_summary FOR EACH ROW EXECUTE FUNCTION rating.refuse_result_change()`,
    );
    await q.query(
      `CREATE TRIGGER node_rating_summary_no_truncate BEFORE TRUNCATE ON rating.node_rating_summary FOR EACH STATEMENT EXECUTE FUNCTION rating.refuse_result_change()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION rating.insert_node_summaries(uuid)');
    await q.query('DROP TABLE rating.node_rating_summary');
  }
}
