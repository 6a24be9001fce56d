import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Figures kept current for every node above a branch (township, district, …), per period: the sums of the
 * summaries of the branches below it. A district's dashboard then reads its own row and one per township
 * instead of adding up six hundred branch rows on every request.
 *
 * Every write that rewrites branch summaries adds the difference (new minus old) to each node above the branches,
 * in the same statement and in node order (`refreshBranchSummaries`); moving a subtree recomputes the nodes above
 * its old and new place (`recomputeNodeSummaries`). Two functions add figures up: grade counts (jsonb lists of
 * `{code, name, count}`, kept in code order without zero counts) and score bands (six integers).
 */
export class NodeSummaries1765300000000 implements MigrationInterface {
  name = 'NodeSummaries1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION ledger.add_grade_counts(a jsonb, b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(jsonb_agg(jsonb_build_object('code', g.code, 'name', g.name, 'count', g.n) ORDER BY g.code) FILTER (WHERE g.n <> 0), '[]'::jsonb)
          FROM (SELECT x.code, min(x.name) AS name, sum(x.count)::int AS n
                  FROM (SELECT * FROM jsonb_to_recordset(a) AS r(code text, name text, count int)
                        UNION ALL
                        SELECT * FROM jsonb_to_recordset(b) AS r(code text, name text, count int)) x
                 GROUP BY x.code) g
      $$`);
    await q.query(`
      CREATE FUNCTION ledger.add_bands(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
        SELECT array_agg(coalesce(x.a, 0) + coalesce(x.b, 0) ORDER BY x.i) FROM unnest(a, b) WITH ORDINALITY AS x(a, b, i)
      $$`);
    await q.query(`
      CREATE TABLE ledger.node_score_summary (
        node_id uuid NOT NULL REFERENCES ledger.organization (id),
        period_key text NOT NULL,
        district_id uuid NOT NULL,
        scored integer NOT NULL,
        exempt integer NOT NULL,
        total_sum numeric NOT NULL,
        bands integer[] NOT NULL,
        grades jsonb NOT NULL,
        final_count integer NOT NULL,
        PRIMARY KEY (node_id, period_key)
      )`);
    // One node's figures for a period, straight from the summaries of the branches below it (backfill, moves).
    await q.query(`
      CREATE FUNCTION ledger.node_score_figures(p_node uuid, p_period text)
      RETURNS TABLE (district_id uuid, scored integer, exempt integer, total_sum numeric, bands integer[], grades jsonb, final_count integer)
      LANGUAGE sql STABLE AS $$
        WITH below AS (
          SELECT s.* FROM ledger.organization n
            JOIN ledger.organization b ON b.path <@ n.path AND b.id <> n.id AND b.level = 'BRANCH'
            JOIN ledger.branch_score_summary s ON s.branch_id = b.id AND s.period_key = p_period
           WHERE n.id = p_node)
        SELECT n.district_id, coalesce(sum(x.scored), 0)::int, coalesce(sum(x.exempt), 0)::int, coalesce(sum(x.total_sum), 0),
               ARRAY[coalesce(sum(x.bands[1]), 0), coalesce(sum(x.bands[2]), 0), coalesce(sum(x.bands[3]), 0),
                     coalesce(sum(x.bands[4]), 0), coalesce(sum(x.bands[5]), 0), coalesce(sum(x.bands[6]), 0)]::int[],
               (SELECT coalesce(jsonb_agg(jsonb_build_object('code', g.code, 'name', g.name, 'count', g.n) ORDER BY g.code) FILTER (WHERE g.n <> 0), '[]'::jsonb)
                  FROM (SELECT r.code, min(r.name) AS name, sum(r.count)::int AS n
                          FROM below y CROSS JOIN LATERAL jsonb_to_recordset(y.grades) AS r(code text, name text, count int)
                         GROUP BY r.code) g),
               coalesce(sum(x.final_count), 0)::int
          FROM ledger.organization n LEFT JOIN below x ON true
         WHERE n.id = p_node
         GROUP BY n.district_id
      $$`);
    await q.query(`
      INSERT INTO ledger.node_score_summary (node_id, period_key, district_id, scored, exempt, total_sum, bands, grades, final_count)
      SELECT p.node_id, p.period_key, f.district_id, f.scored, f.exempt, f.total_sum, f.bands, f.grades, f.final_count
        FROM (SELECT DISTINCT n.id AS node_id, s.period_key
                FROM ledger.branch_score_summary s
                JOIN ledger.organization b ON b.id = s.branch_id AND b.level = 'BRANCH'
                JOIN ledger.organization n ON n.path @> b.path AND n.id <> b.id) p
       CROSS JOIN LATERAL ledger.node_score_figures(p.node_id, p.period_key) f`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger.node_score_summary`);
    await q.query(`DROP FUNCTION ledger.node_score_figures(uuid, text)`);
    await q.query(`DROP FUNCTION ledger.add_bands(integer[], integer[])`);
    await q.query(`DROP FUNCTION ledger.add_grade_counts(jsonb, jsonb)`);
  }
}
