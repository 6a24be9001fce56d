import type { NodeDashboardQuery } from '../../../gql/graphql';

type Org = NonNullable<NodeDashboardQuery['organization']>;
type ScoreFigures = Org['scoreRollup'] | Org['scoreRollup']['children'][number];
type RatingFigures = NonNullable<Org['ratingRollup']> | NonNullable<Org['ratingRollup']>['children'][number];

/** One node's figures from both services, as the cards, the ranking table and the charts show them. */
export interface NodeFigures {
  id: string;
  name: string;
  level: string;
  membersScored: number;
  membersExempt: number;
  mean: number | null;
  median: number | null;
  finalScores: number;
  pendingReviews: number;
  openObjections: number;
  runningWindows: number;
  grades: { code: string; name: string; count: number }[];
  distribution: { label: string; count: number }[];
  /** The rating's figures; null while the rating service does not answer. */
  rating: {
    rated: number;
    meanTotal: number | null;
    stars: { stars: number; places: number; taken: number; overflow: number }[];
    warnings: { open: number; overdue: number; escalated: number; closed: number };
    pooledAbove: boolean;
  } | null;
}

const NO_RATING: NonNullable<NodeFigures['rating']> = {
  rated: 0,
  meanTotal: null,
  stars: [5, 4, 3].map((stars) => ({ stars, places: 0, taken: 0, overflow: 0 })),
  warnings: { open: 0, overdue: 0, escalated: 0, closed: 0 },
  pooledAbove: false,
};

function figuresOf(score: ScoreFigures, rating: RatingFigures | undefined, ratingAnswered: boolean): NodeFigures {
  return {
    id: score.organizationId,
    name: score.name,
    level: score.level,
    membersScored: score.membersScored,
    membersExempt: score.membersExempt,
    mean: score.mean ?? null,
    median: score.median ?? null,
    finalScores: score.finalScores,
    pendingReviews: score.pendingReviews,
    openObjections: score.openObjections,
    runningWindows: score.runningWindows,
    grades: score.grades,
    distribution: score.distribution,
    rating: !ratingAnswered
      ? null
      : rating
        ? {
            rated: rating.rated,
            meanTotal: rating.meanTotal ?? null,
            stars: rating.stars,
            warnings: rating.warnings,
            pooledAbove: rating.pooledAbove,
          }
        : NO_RATING,
  };
}

/** The node and each of its children (every child the register has; the rating lists only those it rated). */
export function nodeFiguresOf(org: Org): { node: NodeFigures; children: NodeFigures[] } {
  const rating = org.ratingRollup ?? null;
  const answered = rating !== null;
  const ratedChildren = new Map((rating?.children ?? []).map((c) => [c.organizationId, c]));
  return {
    node: figuresOf(org.scoreRollup, rating ?? undefined, answered),
    children: org.scoreRollup.children.map((c) => figuresOf(c, ratedChildren.get(c.organizationId), answered)),
  };
}

/** The grade names that occur under a node, in the order the schemes give them (most common first when unknown). */
export function gradeNamesOf(rows: readonly NodeFigures[]): { code: string; name: string }[] {
  const seen = new Map<string, { code: string; name: string }>();
  for (const row of rows) for (const g of row.grades) if (!seen.has(g.code)) seen.set(g.code, g);
  return [...seen.values()];
}

export const starOf = (f: NodeFigures, stars: number) => f.rating?.stars.find((s) => s.stars === stars);
export const gradeCount = (f: NodeFigures, code: string) => f.grades.find((g) => g.code === code)?.count ?? 0;
