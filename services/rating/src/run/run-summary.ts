import { ResultPlan, UnitPlan } from './run-plan';
import { RunSummary } from './run.storage';

/** The figures a committee reads first: how many were rated, grades, stars against places, warnings. */
export function summarise(results: readonly ResultPlan[], units: readonly UnitPlan[]): RunSummary {
  const grades = new Map<string, { code: string; name: string; count: number }>();
  for (const r of results) {
    if (!r.grade) continue;
    const g = grades.get(r.grade.code) ?? { ...r.grade, count: 0 };
    g.count += 1;
    grades.set(r.grade.code, g);
  }
  const levels = [5, 4, 3].map((stars) => {
    const quotas = units.flatMap((u) => u.allocation.levels.filter((l) => l.stars === stars));
    return {
      stars,
      places: quotas.reduce((n, l) => n + l.places, 0),
      taken: quotas.reduce((n, l) => n + l.taken, 0),
      overflow: quotas.reduce((n, l) => n + l.overflow, 0),
    };
  });
  return {
    scores: results.length,
    rated: results.filter((r) => r.status === 'RATED').length,
    exempt: results.filter((r) => r.status === 'EXEMPT').length,
    notGraded: results.filter((r) => r.status === 'NOT_GRADED').length,
    grades: [...grades.values()].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
    levels,
    warnings: results.filter((r) => r.warning !== null).length,
    units: units.length,
  };
}
