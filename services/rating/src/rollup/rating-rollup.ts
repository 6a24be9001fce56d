import { idOfLabel } from '@jifen/kit';
import type { WarningCounts } from '../warning/warning-counts.storage';
import type { BranchFigures, PeriodFigures, StarCounts, UnitPlaces } from './rating-rollup.storage';
import { RatingFigures, RatingRollup, RatingTrendPoint } from './rating-rollup.type';

export interface RollupNode {
  id: string;
  path: string;
}

/** What the rollups of a batch of nodes are made from: rows read once for all of them. */
export interface RollupRows {
  branches: readonly BranchFigures[];
  periods: readonly PeriodFigures[];
  units: readonly UnitPlaces[];
  warnings: readonly (WarningCounts & { path: string })[];
}

interface Figures {
  rated: number;
  exempt: number;
  totalTenths: number;
  grades: { code: string; name: string; count: number }[];
  taken: StarCounts;
  places: StarCounts;
  overflow: StarCounts;
}

interface Trend {
  rated: number;
  totalTenths: number;
  stars: StarCounts;
  warned: number;
}

/** A node being added up: its own figures and warnings under null, each child's under the child's label. */
interface Tally {
  path: string;
  depth: number;
  figures: Map<string | null, Figures>;
  warnings: Map<string | null, WarningCounts>;
  trend: Map<string, Trend>;
  pooledAbove: boolean;
  childrenPooled: boolean;
}

const LEVELS = [5, 4, 3];
const zeros = (): StarCounts => ({ 5: 0, 4: 0, 3: 0 });
const emptyFigures = (): Figures => ({
  rated: 0,
  exempt: 0,
  totalTenths: 0,
  grades: [],
  taken: zeros(),
  places: zeros(),
  overflow: zeros(),
});
const noWarnings = (): WarningCounts => ({ open: 0, overdue: 0, escalated: 0, closed: 0, withdrawn: 0 });
const round1 = (value: number) => Math.round(value * 10) / 10;
const byCountThenCode = (a: { code: string; count: number }, b: { code: string; count: number }) =>
  b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Each node's rating figures for a period (members, grades and stars of the confirmed runs' results, places from
 * their quota units, warning cases), each direct child's (in label order) and the trend (oldest period first).
 * Each row is visited once and walks up its own path to the asked nodes above it, however many nodes there are.
 */
export function rollupsOf(nodes: readonly RollupNode[], period: string, rows: RollupRows): RatingRollup[] {
  // A node is found by its own label (its id), then its whole path is checked.
  const tallies = new Map<string, Tally[]>();
  const tallyOf = new Map<string, Tally>();
  for (const node of nodes) {
    if (tallyOf.has(node.path)) continue;
    const labels = node.path.split('.');
    const tally: Tally = {
      path: node.path,
      depth: labels.length,
      figures: new Map(),
      warnings: new Map(),
      trend: new Map(),
      pooledAbove: false,
      childrenPooled: false,
    };
    tallyOf.set(node.path, tally);
    tallies.set(labels[labels.length - 1], [...(tallies.get(labels[labels.length - 1]) ?? []), tally]);
  }
  /** Calls `add` for each asked node at or above `path`, with the label of the child the path lies under (null: the node itself). */
  const upward = (path: string, add: (tally: Tally, child: string | null) => void) => {
    const labels = path.split('.');
    for (let i = 0; i < labels.length; i++) {
      for (const tally of tallies.get(labels[i]) ?? []) {
        if (tally.depth === i + 1 && path.startsWith(tally.path))
          add(tally, i + 1 < labels.length ? labels[i + 1] : null);
      }
    }
  };
  /** A row below a node counts for the node and, when it lies under a child, for that child too. */
  const both = <T>(of: Map<string | null, T>, make: () => T, child: string | null, add: (t: T) => void) => {
    add(of.get(null) ?? of.set(null, make()).get(null)!);
    if (child !== null) add(of.get(child) ?? of.set(child, make()).get(child)!);
  };

  for (const branch of rows.branches) {
    const add = (f: Figures) => {
      f.rated += branch.rated;
      f.exempt += branch.exempt;
      f.totalTenths += branch.totalTenths;
      for (const stars of LEVELS) f.taken[stars] += branch.stars[stars];
      for (const grade of branch.grades) {
        const g = f.grades.find((x) => x.code === grade.code);
        if (g) g.count += grade.count;
        else f.grades.push({ code: grade.code, name: grade.name, count: grade.count });
      }
    };
    upward(branch.path, (tally, child) => both(tally.figures, emptyFigures, child, add));
  }
  // A unit above a node pools it with others; a unit at a node pools its children.
  const unitPaths = new Set(rows.units.map((u) => u.path));
  for (const tally of tallyOf.values()) {
    for (let dot = tally.path.indexOf('.'); dot >= 0 && !tally.pooledAbove; dot = tally.path.indexOf('.', dot + 1))
      tally.pooledAbove = unitPaths.has(tally.path.slice(0, dot));
  }
  for (const unit of rows.units) {
    const add = (f: Figures) => {
      for (const stars of LEVELS) {
        f.places[stars] += unit.places[stars];
        f.overflow[stars] += unit.overflow[stars];
      }
    };
    upward(unit.path, (tally, child) => {
      if (child === null) tally.childrenPooled = true;
      both(tally.figures, emptyFigures, child, add);
    });
  }
  for (const row of rows.warnings) {
    const add = (w: WarningCounts) => {
      w.open += row.open;
      w.overdue += row.overdue;
      w.escalated += row.escalated;
      w.closed += row.closed;
    };
    upward(row.path, (tally, child) => both(tally.warnings, noWarnings, child, add));
  }
  for (const row of rows.periods) {
    upward(row.path, (tally) => {
      const t =
        tally.trend.get(row.period) ??
        tally.trend.set(row.period, { rated: 0, totalTenths: 0, stars: zeros(), warned: 0 }).get(row.period)!;
      t.rated += row.rated;
      t.totalTenths += row.totalTenths;
      for (const stars of LEVELS) t.stars[stars] += row.stars[stars];
      t.warned += row.warned;
    });
  }

  return nodes.map((node) => {
    const tally = tallyOf.get(node.path)!;
    const view = (organizationId: string, key: string | null, pooled: boolean): RatingFigures => {
      const f = tally.figures.get(key) ?? emptyFigures();
      const w = tally.warnings.get(key) ?? noWarnings();
      return {
        organizationId,
        rated: f.rated,
        exempt: f.exempt,
        // The decimal sum divided by the count, as the figures were first worked out from each member's result.
        meanTotal: f.rated > 0 ? round1(f.totalTenths / 10 / f.rated) : null,
        grades: f.grades.sort(byCountThenCode),
        stars: LEVELS.map((stars) => ({
          stars,
          percent: null,
          places: f.places[stars],
          taken: f.taken[stars],
          overflow: f.overflow[stars],
          explanation: null,
        })),
        pooledAbove: pooled,
        warnings: { open: w.open, overdue: w.overdue, escalated: w.escalated, closed: w.closed },
      };
    };
    const children = [...tally.figures.keys()].filter((k): k is string => k !== null).sort();
    return {
      ...view(node.id, null, tally.pooledAbove),
      period,
      path: node.path,
      children: children.map((label) => view(idOfLabel(label), label, tally.pooledAbove || tally.childrenPooled)),
      trend: trendOf(tally.trend),
    };
  });
}

/** The periods with any result below the node, oldest first. */
function trendOf(byPeriod: Map<string, Trend>): RatingTrendPoint[] {
  return [...byPeriod.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, t]) => ({
      period,
      rated: t.rated,
      // One division of exact integers: the double nearest the exact mean, as the database's average gave.
      meanTotal: t.rated > 0 ? round1(t.totalTenths / (10 * t.rated)) : null,
      fiveStars: t.stars[5],
      fourStars: t.stars[4],
      threeStars: t.stars[3],
      warned: t.warned,
    }));
}
