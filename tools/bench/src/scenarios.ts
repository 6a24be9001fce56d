import { FloorQuery } from './floor';
import { apiGraphql } from './generated/api';

/** What the benchmark runs against: the district with the most members, its confirmed period and a large branch. */
export interface BenchTarget {
  districtId: string;
  districtPath: string;
  districtName: string;
  members: number;
  /** The period of the district's confirmed rating run (the seeded cycle), e.g. 2025. */
  period: string;
  branchId: string;
  branchPath: string;
  branchMembers: number;
  /** The day the services take as today (warnings are overdue against it). */
  today: string;
}

/**
 * (a) The district dashboard: the district's figures and one row per township, each summed from its branches'
 * figures (district → townships → branches). A township's own page asks the same one level down.
 */
export const DASHBOARD_QUERY = apiGraphql(`query Dashboard($id: ID!, $p: String!) {
  organization(id: $id) {
    id name
    scoreRollup(period: $p) {
      membersScored mean grades { code name count }
      children { organizationId membersScored mean grades { code name count } }
    }
    ratingRollup(period: $p) {
      rated meanTotal stars { stars places taken overflow } warnings { open overdue }
      children { organizationId rated meanTotal stars { stars places taken overflow } warnings { open overdue } }
    }
    children { id name level }
  }
}`);

/** (a, whole tree) The same with every township's branches as well: about 600 rows of figures in one answer. */
export const DASHBOARD_TREE_QUERY = apiGraphql(`query DashboardTree($id: ID!, $p: String!) {
  organization(id: $id) {
    id name
    scoreRollup(period: $p) { membersScored mean grades { code name count } }
    ratingRollup(period: $p) { rated meanTotal stars { stars places taken overflow } warnings { open overdue } }
    children {
      id name
      scoreRollup(period: $p) {
        membersScored mean grades { code name count }
        children { organizationId membersScored mean grades { code name count } }
      }
      ratingRollup(period: $p) {
        rated meanTotal stars { stars places taken overflow } warnings { open overdue }
        children { organizationId rated meanTotal stars { stars places taken overflow } warnings { open overdue } }
      }
      children { id name level }
    }
  }
}`);

/** (b) One branch's members, 50 to a page, best first, each with their score and stars. */
export const BRANCH_PAGE_QUERY = apiGraphql(`query BranchPage($id: ID!, $p: String!) {
  organization(id: $id) {
    id name
    members(first: 50, period: $p, orderBy: TOTAL_DESC) {
      total
      items { id memberNo name score(period: $p) { total state grade { code name } } stars(period: $p) }
    }
  }
}`);

/** Groups a row by its path (`column`) under the district (the empty set), its township and, with `deep`, the township's child it is in. */
const nodesOf = (column: string, deep: boolean) =>
  `subpath(${column}, 0, least(nlevel(${column}), nlevel($1::ltree) + 1)) AS township` +
  (deep ? `, subpath(${column}, 0, least(nlevel(${column}), nlevel($1::ltree) + 2)) AS child` : '');
/** The district and its townships; with `deep`, each township's children too. */
const groupsOf = (deep: boolean) =>
  deep ? 'GROUP BY GROUPING SETS ((), (township), (township, child))' : 'GROUP BY GROUPING SETS ((), (township))';

const treeStatement = (t: BenchTarget, deep: boolean) => ({
  text: `SELECT id, name, parent_id, level FROM ledger.organization WHERE path <@ $1::ltree AND nlevel(path) <= nlevel($1::ltree) + ${deep ? 2 : 1}`,
  values: [t.districtPath],
});

const placesStatement = (t: BenchTarget, deep: boolean) => ({
  text: `SELECT ${nodesOf('u.unit_path', deep)}, sum(u.places5) AS p5, sum(u.places4) AS p4, sum(u.places3) AS p3,
                sum(u.overflow5) AS o5, sum(u.overflow4) AS o4, sum(u.overflow3) AS o3
           FROM rating.quota_unit u JOIN rating.rating_run run ON run.id = u.run_id
          WHERE run.status = 'CONFIRMED' AND run.period_key = $2 AND u.unit_path <@ $1::ltree
          ${groupsOf(deep)}`,
  values: [t.districtPath, t.period],
});

/** How the rating service tells open and overdue warning cases (its own SQL and statuses, passed in). */
export interface WarningRules {
  overdueSql: (today: string) => string;
  openStatuses: readonly string[];
}

const warningsStatement = (t: BenchTarget, rules: WarningRules, deep: boolean) => ({
  text: `SELECT ${nodesOf('c.branch_path', deep)},
                count(*) FILTER (WHERE c.status = ANY($3::text[]))::int AS open,
                count(*) FILTER (WHERE ${rules.overdueSql('$4')})::int AS overdue
           FROM rating.warning_case c WHERE c.branch_path <@ $1::ltree AND c.period_key = $2
          ${groupsOf(deep)}`,
  values: [t.districtPath, t.period, rules.openStatuses, t.today],
});

/**
 * The least SQL for the dashboard's answer over the per-branch figures kept current (one row per branch):
 * the tree, score figures and grades, stars, places and warnings per node.
 */
export function dashboardFloorOverSummaries(t: BenchTarget, rules: WarningRules, deep = false): FloorQuery {
  return {
    name: `(a${deep ? '，整棵树' : ''}) 底线：按支部汇总表`,
    statements: [
      treeStatement(t, deep),
      {
        text: `SELECT ${nodesOf('b.path', deep)}, sum(s.scored) AS scored, sum(s.total_sum) / nullif(sum(s.scored), 0) AS mean
                 FROM ledger.branch_score_summary s JOIN ledger.organization b ON b.id = s.branch_id
                WHERE b.path <@ $1::ltree AND s.period_key = $2 ${groupsOf(deep)}`,
        values: [t.districtPath, t.period],
      },
      {
        text: `SELECT ${nodesOf('b.path', deep)}, g.code, min(g.name) AS name, sum(g.count) AS count
                 FROM ledger.branch_score_summary s JOIN ledger.organization b ON b.id = s.branch_id
                CROSS JOIN LATERAL jsonb_to_recordset(s.grades) AS g(code text, name text, count int)
                WHERE b.path <@ $1::ltree AND s.period_key = $2 GROUP BY GROUPING SETS ((g.code), (township, g.code)${deep ? ', (township, child, g.code)' : ''})`,
        values: [t.districtPath, t.period],
      },
      {
        text: `SELECT ${nodesOf('x.branch_path', deep)}, sum(x.rated) AS rated, sum(x.total_sum) / nullif(sum(x.rated), 0) AS mean,
                      sum(x.stars5) AS s5, sum(x.stars4) AS s4, sum(x.stars3) AS s3
                 FROM rating.branch_rating_summary x JOIN rating.rating_run run ON run.id = x.run_id
                WHERE run.status = 'CONFIRMED' AND run.period_key = $2 AND x.branch_path <@ $1::ltree ${groupsOf(deep)}`,
        values: [t.districtPath, t.period],
      },
      placesStatement(t, deep),
      warningsStatement(t, rules, deep),
    ],
  };
}

/**
 * The least SQL for the dashboard's answer now that every node's figures are kept current too: the district's
 * row and one per township (a branch right under the district reads its own branch row), with places and
 * warnings as over the branch figures.
 */
export function dashboardFloorOverNodes(t: BenchTarget, rules: WarningRules): FloorQuery {
  return {
    name: '(a) 底线：按节点汇总表',
    statements: [
      treeStatement(t, false),
      {
        text: `SELECT o.id, coalesce(n.scored, s.scored) AS scored, coalesce(n.total_sum, s.total_sum) / nullif(coalesce(n.scored, s.scored), 0) AS mean,
                      coalesce(n.grades, s.grades) AS grades
                 FROM ledger.organization o
                 LEFT JOIN ledger.node_score_summary n ON n.node_id = o.id AND n.period_key = $2
                 LEFT JOIN ledger.branch_score_summary s ON s.branch_id = o.id AND s.period_key = $2
                WHERE o.path <@ $1::ltree AND nlevel(o.path) <= nlevel($1::ltree) + 1`,
        values: [t.districtPath, t.period],
      },
      {
        text: `SELECT x.node_path, x.rated, x.total_sum / nullif(x.rated, 0) AS mean, x.stars5 AS s5, x.stars4 AS s4, x.stars3 AS s3
                 FROM rating.node_rating_summary x JOIN rating.rating_run run ON run.id = x.run_id
                WHERE run.status = 'CONFIRMED' AND run.period_key = $2 AND x.node_path <@ $1::ltree AND x.depth <= nlevel($1::ltree) + 1`,
        values: [t.districtPath, t.period],
      },
      placesStatement(t, false),
      warningsStatement(t, rules, false),
    ],
  };
}

/** The same answer straight over every member's period score and rating result (no per-branch figures). */
export function dashboardFloorOverMembers(t: BenchTarget, rules: WarningRules, deep = false): FloorQuery {
  return {
    name: `(a${deep ? '，整棵树' : ''}) 底线：按党员积分`,
    statements: [
      treeStatement(t, deep),
      {
        text: `SELECT ${nodesOf('b.path', deep)}, count(*) FILTER (WHERE ps.status = 'SCORED') AS scored, avg(ps.total) FILTER (WHERE ps.status = 'SCORED') AS mean
                 FROM ledger.period_score ps JOIN ledger.organization b ON b.id = ps.branch_id
                WHERE b.path <@ $1::ltree AND ps.period_key = $2 ${groupsOf(deep)}`,
        values: [t.districtPath, t.period],
      },
      {
        text: `SELECT ${nodesOf('b.path', deep)}, ps.grade_code, min(ps.grade_name) AS name, count(*) AS count
                 FROM ledger.period_score ps JOIN ledger.organization b ON b.id = ps.branch_id
                WHERE b.path <@ $1::ltree AND ps.period_key = $2 AND ps.grade_code IS NOT NULL
                GROUP BY GROUPING SETS ((ps.grade_code), (township, ps.grade_code)${deep ? ', (township, child, ps.grade_code)' : ''})`,
        values: [t.districtPath, t.period],
      },
      {
        text: `SELECT ${nodesOf('x.branch_path', deep)}, count(*) FILTER (WHERE x.status = 'RATED') AS rated,
                      avg(x.total) FILTER (WHERE x.status = 'RATED') AS mean,
                      count(*) FILTER (WHERE x.stars = 5) AS s5, count(*) FILTER (WHERE x.stars = 4) AS s4, count(*) FILTER (WHERE x.stars = 3) AS s3
                 FROM rating.rating_result x JOIN rating.rating_run run ON run.id = x.run_id
                WHERE run.status = 'CONFIRMED' AND run.period_key = $2 AND x.branch_path <@ $1::ltree ${groupsOf(deep)}`,
        values: [t.districtPath, t.period],
      },
      placesStatement(t, deep),
      warningsStatement(t, rules, deep),
    ],
  };
}

/** The least SQL for the branch page: 50 members best first with score, grade and stars, and the count. */
export function branchPageFloor(t: BenchTarget): FloorQuery {
  return {
    name: '(b) 底线',
    statements: [
      {
        text: `SELECT m.id, m.member_no, m.name, ps.total, ps.state, ps.grade_code, ps.grade_name, x.stars
                 FROM ledger.member m
                 LEFT JOIN ledger.period_score ps ON ps.member_id = m.id AND ps.period_key = $2
                 LEFT JOIN rating.rating_result x ON x.member_id = m.id AND x.run_id = (
                   SELECT run.id FROM rating.rating_run run WHERE run.status = 'CONFIRMED' AND run.period_key = $2 AND run.org_path @> $1::ltree LIMIT 1)
                WHERE m.org_path <@ $1::ltree AND m.status <> 'TRANSFERRED_OUT'
                ORDER BY ps.total DESC NULLS LAST, m.member_no LIMIT 50`,
        values: [t.branchPath, t.period],
      },
      {
        text: `SELECT count(*)::int FROM ledger.member m WHERE m.org_path <@ $1::ltree AND m.status <> 'TRANSFERRED_OUT'`,
        values: [t.branchPath],
      },
    ],
  };
}
