import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';

/**
 * Puts one transaction's score writes for these branches in order behind any other's: each branch's tally
 * row is locked (created when missing), in id order so that two transactions never wait on each other.
 * A branch's summary is rewritten from its scores after the lock, so it always sees every committed write.
 */
export async function lockBranches(db: EntityManager, branchIds: readonly string[]): Promise<void> {
  const ids = [...new Set(branchIds)].sort();
  for (const id of ids) {
    await queryPrepared(
      db,
      `INSERT INTO ledger.branch_tally (branch_id, district_id)
       SELECT o.id, o.district_id FROM ledger.organization o WHERE o.id = $1
       ON CONFLICT (branch_id) DO UPDATE SET pending_reviews = ledger.branch_tally.pending_reviews`,
      [id],
    );
  }
}

/** The figures a summary row holds, as columns of a select list over the alias `s` (negated with `sign` -1). */
const signedFigures = (sign: 1 | -1) =>
  `s.branch_id, s.period_key, ${sign} * s.scored AS scored, ${sign} * s.exempt AS exempt, ${sign} * s.total_sum AS total_sum,
   (SELECT array_agg(${sign} * v ORDER BY i) FROM unnest(s.bands) WITH ORDINALITY AS u(v, i)) AS bands,
   (SELECT coalesce(jsonb_agg(jsonb_build_object('code', r.code, 'name', r.name, 'count', ${sign} * r.count)), '[]'::jsonb)
      FROM jsonb_to_recordset(s.grades) AS r(code text, name text, count int)) AS grades,
   ${sign} * s.final_count AS final_count`;

/**
 * Rewrites the summaries of these (branch, period) pairs from the branches' period scores, each with a new
 * revision (its scores changed, so the fingerprint of any scope holding it changes too), and adds what changed
 * (new figures minus old) to every node above each branch: one statement. The nodes' rows are written in node
 * order and after the branches' locks (`lockBranches`), so two transactions never wait on each other; a
 * transaction must therefore refresh summaries once, at the end of its score writes (as `upsertPeriodScores` does).
 * A change that leaves a branch's figures as they were touches no node, so it waits on no other write.
 */
export async function refreshBranchSummaries(
  db: EntityManager,
  pairs: readonly { branchId: string; periodKey: string }[],
): Promise<void> {
  const distinct = [...new Map(pairs.map((p) => [`${p.branchId}|${p.periodKey}`, p])).values()];
  if (distinct.length === 0) return;
  await queryPrepared(
    db,
    `WITH pairs AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS p("branchId" uuid, "periodKey" text)),
     fresh AS MATERIALIZED (
       SELECT p."branchId" AS branch_id, p."periodKey" AS period_key, f.*
         FROM pairs p CROSS JOIN LATERAL ledger.branch_score_figures(p."branchId", p."periodKey") f),
     written AS (
       INSERT INTO ledger.branch_score_summary (branch_id, period_key, district_id, scored, exempt, total_sum, bands, grades, final_count)
       SELECT branch_id, period_key, district_id, scored, exempt, total_sum, bands, grades, final_count FROM fresh
       ON CONFLICT (branch_id, period_key) DO UPDATE SET
         district_id = EXCLUDED.district_id, scored = EXCLUDED.scored, exempt = EXCLUDED.exempt, total_sum = EXCLUDED.total_sum,
         bands = EXCLUDED.bands, grades = EXCLUDED.grades, final_count = EXCLUDED.final_count,
         revision = nextval('ledger.score_revision')
       RETURNING branch_id),
     changes AS (
       SELECT ${signedFigures(1)} FROM fresh s
       UNION ALL
       SELECT ${signedFigures(-1)} FROM ledger.branch_score_summary s JOIN pairs p ON s.branch_id = p."branchId" AND s.period_key = p."periodKey"),
     above AS (
       SELECT subpath(b.path, l.i - 1, 1)::text::uuid AS node_id, b.district_id, c.*
         FROM changes c JOIN ledger.organization b ON b.id = c.branch_id AND b.level = 'BRANCH'
        CROSS JOIN LATERAL generate_series(1, nlevel(b.path) - 1) AS l(i)),
     sums AS (
       SELECT node_id, period_key, min(district_id::text)::uuid AS district_id, sum(scored)::int AS scored, sum(exempt)::int AS exempt,
              sum(total_sum) AS total_sum, ARRAY[${[1, 2, 3, 4, 5, 6].map((i) => `sum(bands[${i}])`).join(', ')}]::int[] AS bands,
              sum(final_count)::int AS final_count
         FROM above GROUP BY node_id, period_key),
     grade_sums AS (
       SELECT node_id, period_key, jsonb_agg(jsonb_build_object('code', code, 'name', name, 'count', n) ORDER BY code) AS grades
         FROM (SELECT a.node_id, a.period_key, r.code, min(r.name) AS name, sum(r.count)::int AS n
                 FROM above a CROSS JOIN LATERAL jsonb_to_recordset(a.grades) AS r(code text, name text, count int)
                GROUP BY a.node_id, a.period_key, r.code) g
        WHERE n <> 0
        GROUP BY node_id, period_key),
     deltas AS (
       SELECT s.*, coalesce(g.grades, '[]'::jsonb) AS grades FROM sums s LEFT JOIN grade_sums g ON g.node_id = s.node_id AND g.period_key = s.period_key)
     INSERT INTO ledger.node_score_summary AS n (node_id, period_key, district_id, scored, exempt, total_sum, bands, grades, final_count)
     SELECT d.node_id, d.period_key, d.district_id, d.scored, d.exempt, d.total_sum, d.bands, d.grades, d.final_count
       FROM deltas d
      WHERE d.scored <> 0 OR d.exempt <> 0 OR d.total_sum <> 0 OR d.final_count <> 0 OR d.grades <> '[]'::jsonb OR d.bands <> '{0,0,0,0,0,0}'::int[]
      ORDER BY d.node_id, d.period_key
     ON CONFLICT (node_id, period_key) DO UPDATE SET
       scored = n.scored + EXCLUDED.scored, exempt = n.exempt + EXCLUDED.exempt, total_sum = n.total_sum + EXCLUDED.total_sum,
       bands = ledger.add_bands(n.bands, EXCLUDED.bands), grades = ledger.add_grade_counts(n.grades, EXCLUDED.grades),
       final_count = n.final_count + EXCLUDED.final_count`,
    [JSON.stringify(distinct)],
  );
}

/**
 * Works out again, from the summaries of the branches below them, the figures of these nodes for every period
 * any branch below has (after a subtree moved, for the nodes above its old and its new place). Each row is made
 * (empty) if missing and locked, in node order, before the figures are read in a statement of their own: every
 * write committed before is then counted, and every later one adds its change to what this writes.
 */
export async function recomputeNodeSummaries(db: EntityManager, nodeIds: readonly string[]): Promise<void> {
  const ids = [...new Set(nodeIds)].sort();
  if (ids.length === 0) return;
  await db.query(
    `INSERT INTO ledger.node_score_summary (node_id, period_key, district_id, scored, exempt, total_sum, bands, grades, final_count)
     SELECT DISTINCT n.id, s.period_key, n.district_id, 0, 0, 0, '{0,0,0,0,0,0}'::int[], '[]'::jsonb, 0
       FROM ledger.organization n
       JOIN ledger.organization b ON b.path <@ n.path AND b.id <> n.id AND b.level = 'BRANCH'
       JOIN ledger.branch_score_summary s ON s.branch_id = b.id
      WHERE n.id = ANY($1::uuid[])
      ORDER BY 1, 2
     ON CONFLICT (node_id, period_key) DO NOTHING`,
    [ids],
  );
  await db.query(
    `SELECT 1 FROM ledger.node_score_summary WHERE node_id = ANY($1::uuid[]) ORDER BY node_id, period_key FOR UPDATE`,
    [ids],
  );
  await db.query(
    `UPDATE ledger.node_score_summary n SET (scored, exempt, total_sum, bands, grades, final_count) =
       (SELECT f.scored, f.exempt, f.total_sum, f.bands, f.grades, f.final_count FROM ledger.node_score_figures(n.node_id, n.period_key) f)
      WHERE n.node_id = ANY($1::uuid[])`,
    [ids],
  );
}

/**
 * Moves a branch's count of declarations awaiting first review by `delta` (a row is made on first use). The
 * proposed new row is never negative: PostgreSQL checks it against the constraint before it finds the conflict.
 */
export async function adjustPendingReviews(db: EntityManager, branchId: string, delta: number): Promise<void> {
  if (delta === 0) return;
  await queryPrepared(
    db,
    `INSERT INTO ledger.branch_tally (branch_id, district_id, pending_reviews)
     SELECT o.id, o.district_id, greatest($2::int, 0) FROM ledger.organization o WHERE o.id = $1
     ON CONFLICT (branch_id) DO UPDATE SET pending_reviews = ledger.branch_tally.pending_reviews + $2::int`,
    [branchId, delta],
  );
}
