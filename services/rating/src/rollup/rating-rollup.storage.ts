import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';

/** Counts per star level (5, 4, 3). */
export type StarCounts = Record<number, number>;

/** What confirmed runs gave the branches under `path` (`rating.node_rating_summary`); totals in tenths, so that sums are exact. */
export interface BranchFigures {
  path: string;
  rated: number;
  exempt: number;
  totalTenths: number;
  stars: StarCounts;
  grades: { code: string; name: string; count: number }[];
}

/** One period's figures of the branches below `path` (a prefix of their paths), for the trend. */
export interface PeriodFigures {
  period: string;
  path: string;
  rated: number;
  totalTenths: number;
  stars: StarCounts;
  warned: number;
}

/** A confirmed run's quota unit: places and overflow per star level. */
export interface UnitPlaces {
  path: string;
  places: StarCounts;
  overflow: StarCounts;
}

const tenths = (sum: string | number) => Math.round(Number(sum) * 10);

/**
 * The confirmed runs of the periods whose scope meets any of `$1` (outermost paths), and whether the run lies
 * inside one of them (then every row of the run is wanted and no row needs its path tested). Materialised, so that
 * `inside` is worked out once per run rather than once per row.
 */
const confirmedRuns = `SELECT r.id, r.period_key, r.org_path <@ ANY($1::ltree[]) AS inside FROM rating.rating_run r
  WHERE r.status = 'CONFIRMED' AND r.period_key = ANY($2::text[]) AND (r.org_path <@ ANY($1::ltree[]) OR r.org_path @> ANY($1::ltree[]))`;

/**
 * The rows of the confirmed runs' per-node figures (`rating.node_rating_summary`) below the outermost paths `roots`
 * that stand for every branch once when summed per prefix of `depth` labels: the nodes of that depth, and the
 * branches above it (a branch above that depth keeps its own path).
 */
const nodeRowsAt = `(run.inside OR n.node_path <@ ANY($1::ltree[])) AND (n.depth = $3 OR (n.is_branch AND n.depth < $3))`;

/**
 * The period's confirmed figures below the outermost paths `roots`, one row per prefix of `depth` labels (a
 * branch above that depth keeps its own path): asked with one label more than the deepest asked node, a few dozen
 * rows, read from the figures kept per node, serve every node and each of its children.
 */
export async function branchFiguresUnder(
  db: EntityManager,
  roots: readonly string[],
  period: string,
  depth: number,
): Promise<BranchFigures[]> {
  const rows = await queryPrepared(
    db,
    `WITH run AS MATERIALIZED (${confirmedRuns}),
     picked AS (
       SELECT n.node_path AS path, n.rated, n.exempt, n.total_sum, n.stars5, n.stars4, n.stars3, n.grades
         FROM run JOIN rating.node_rating_summary n ON n.run_id = run.id
        WHERE ${nodeRowsAt}),
     grade_sums AS (
       SELECT p.path, g.code, min(g.name) AS name, sum(g.count)::int AS count
         FROM picked p CROSS JOIN LATERAL jsonb_to_recordset(p.grades) AS g(code text, name text, count int)
        GROUP BY p.path, g.code),
     grade_lists AS (
       SELECT path, jsonb_agg(jsonb_build_object('code', code, 'name', name, 'count', count) ORDER BY code) AS grades FROM grade_sums GROUP BY path)
     SELECT n.path::text AS path, n.rated, n.exempt, n.total_sum, n.stars5, n.stars4, n.stars3, coalesce(gl.grades, '[]'::jsonb) AS grades
       FROM (SELECT path, sum(rated)::int AS rated, sum(exempt)::int AS exempt, sum(total_sum) AS total_sum,
                    sum(stars5)::int AS stars5, sum(stars4)::int AS stars4, sum(stars3)::int AS stars3
               FROM picked GROUP BY path) n
       LEFT JOIN grade_lists gl ON gl.path = n.path`,
    [roots, [period], depth],
  );
  return rows.map((r) => ({
    path: r.path,
    rated: r.rated,
    exempt: r.exempt,
    totalTenths: tenths(r.total_sum),
    stars: { 5: r.stars5, 4: r.stars4, 3: r.stars3 },
    grades: r.grades,
  }));
}

/**
 * The periods' figures below the outermost paths `roots`, one row per prefix of `depth` labels (branches above
 * that depth keep their own path): each asked node is such a prefix or lies above one, so a few rows serve them all.
 */
export async function periodFiguresUnder(
  db: EntityManager,
  roots: readonly string[],
  periods: readonly string[],
  depth: number,
): Promise<PeriodFigures[]> {
  const rows = await queryPrepared(
    db,
    `WITH run AS MATERIALIZED (${confirmedRuns})
     SELECT run.period_key, n.node_path::text AS path, sum(n.rated)::int AS rated, sum(n.total_sum) AS total_sum,
            sum(n.stars5)::int AS stars5, sum(n.stars4)::int AS stars4, sum(n.stars3)::int AS stars3, sum(n.warned)::int AS warned
       FROM run JOIN rating.node_rating_summary n ON n.run_id = run.id
      WHERE ${nodeRowsAt}
      GROUP BY run.period_key, n.node_path`,
    [roots, periods, depth],
  );
  return rows.map((r) => ({
    period: r.period_key,
    path: r.path,
    rated: r.rated,
    totalTenths: tenths(r.total_sum),
    stars: { 5: r.stars5, 4: r.stars4, 3: r.stars3 },
    warned: r.warned,
  }));
}

/**
 * The period's confirmed quota units at, below or above the outermost paths `roots` (a unit above pools them),
 * those deeper than `depth` labels summed per prefix of that depth: asked with one label more than the deepest
 * asked node, every unit still counts for the same nodes and children, in a few dozen rows instead of one per branch.
 * Each confirmed run's units are read through its key (`OFFSET 0` keeps the subquery from being merged into a join):
 * joined, the planner hashed every run's units, previews' included, so that each preview made the dashboards slower
 * (with 14 runs stored, 3.3 ms against 0.7).
 */
export async function unitsAround(
  db: EntityManager,
  roots: readonly string[],
  period: string,
  depth: number,
): Promise<UnitPlaces[]> {
  const rows = await queryPrepared(
    db,
    `WITH run AS MATERIALIZED (${confirmedRuns})
     SELECT subpath(u.unit_path, 0, least(nlevel(u.unit_path), $3))::text AS path,
            sum(u.places5)::int AS places5, sum(u.places4)::int AS places4, sum(u.places3)::int AS places3,
            sum(u.overflow5)::int AS overflow5, sum(u.overflow4)::int AS overflow4, sum(u.overflow3)::int AS overflow3
       FROM run CROSS JOIN LATERAL (SELECT * FROM rating.quota_unit q WHERE q.run_id = run.id OFFSET 0) u
      WHERE run.inside OR u.unit_path <@ ANY($1::ltree[]) OR u.unit_path @> ANY($1::ltree[])
      GROUP BY 1`,
    [roots, [period], depth],
  );
  return rows.map((r) => ({
    path: r.path,
    places: { 5: r.places5, 4: r.places4, 3: r.places3 },
    overflow: { 5: r.overflow5, 4: r.overflow4, 3: r.overflow3 },
  }));
}
