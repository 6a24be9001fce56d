import { fieldNamesAt } from '@jifen/kit';
import { GraphQLResolveInfo } from 'graphql';
import { PeriodScoreRecord } from './period-score.storage';
import { EligibilityStatus, PeriodScore } from './period-score.type';

/** a − b for figures kept to one decimal, without binary fractions showing (89.5 − 49.2 = 40.3). */
const tenthsDifference = (a: number, b: number) => (Math.round(a * 10) - Math.round(b * 10)) / 10;

/**
 * The component a step of the explanation belongs to: the engine names a component's steps by its label, and the
 * steps of its sections and items by the label followed by ` › ` (“日常考核积分 › 无故缺勤”).
 */
export function componentOfRule(rule: string, components: readonly { code: string; label: string }[]): string | null {
  return components.find((c) => rule === c.label || rule.startsWith(`${c.label} › `))?.code ?? null;
}

/** A stored score as the API shows it. */
export function periodScoreView(record: PeriodScoreRecord): PeriodScore {
  const result = record.result;
  return {
    memberId: record.memberId,
    period: record.periodKey,
    periodKind: record.periodKind,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    branchId: record.branchId,
    schemeVersionId: record.schemeVersionId,
    status: record.status,
    state: record.state,
    total: record.total,
    grade: record.gradeCode ? { code: record.gradeCode, name: record.gradeName ?? record.gradeCode } : null,
    graded: result.graded,
    veto: result.veto ? { ...result.veto, grade: null } : null,
    forcedGrade: result.forcedGrade
      ? {
          code: result.forcedGrade.code,
          label: result.forcedGrade.label,
          date: result.forcedGrade.date,
          grade: result.forcedGrade.grade,
        }
      : null,
    consequences: result.consequences.map((c) => ({ code: c.code, label: c.label })),
    eligibilities: result.eligibilities.map((e) => ({
      code: e.code,
      label: e.label,
      status: e.status as EligibilityStatus,
      reason: e.reason,
      maxRewardYuan: e.maxRewardYuan,
    })),
    selectionCandidate: result.selectionCandidate
      ? { code: result.selectionCandidate.code, name: result.selectionCandidate.name }
      : null,
    rank: record.rank ? { position: record.rank.position, of: record.rank.of, tied: record.rank.tied ?? 1 } : null,
    star: result.star
      ? { base: result.star.base, starPoints: tenthsDifference(result.star.total, result.star.base) }
      : null,
    components: result.components.map((c) => ({
      code: c.code,
      label: c.label,
      kind: c.kind,
      score: c.score,
      weight: c.weight,
      contribution: c.contribution,
    })),
    explanation: result.explanation.map((s) => ({
      rule: s.rule,
      text: s.text,
      entryIds: s.entryIds,
      component: componentOfRule(s.rule, result.components),
    })),
    reviewPending: result.reviewPending,
    detail: result as unknown as Record<string, unknown>,
    computedAt: record.computedAt,
  };
}

/**
 * Another member's score as the branch's publicity list shows it (公示名单: the total and the grade), for a
 * member of the branch: nothing that leads to their entries, conditions, consequences or exemption.
 */
export function asPublished(record: PeriodScoreRecord): PeriodScoreRecord {
  const { period, status, total, graded, grade, reviewPending } = record.result;
  return {
    ...record,
    result: {
      period,
      status,
      total,
      graded,
      grade,
      reviewPending,
      components: [],
      veto: null,
      forcedGrade: null,
      selectionCandidate: null,
      consequences: [],
      eligibilities: [],
      star: null,
      awardBasis: [],
      explanation: [],
    },
  };
}

/** The fields of a period score that show its result's detail (components, explanation, the whole result). */
const DETAIL_FIELDS = ['components', 'explanation', 'detail'];

/**
 * Whether a request asks for the detail of the scores at `path` below the resolver's field; when it does not, the
 * results can be read without it (a page of 1,000 results is then about a twentieth of the bytes: the headline, not the detail column).
 */
export function asksForDetail(info: GraphQLResolveInfo | undefined, path: readonly string[]): boolean {
  if (!info) return true;
  const asked = fieldNamesAt(info.fieldNodes, path, info.fragments, info.variableValues);
  return DETAIL_FIELDS.some((field) => asked.has(field));
}
