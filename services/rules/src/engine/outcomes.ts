import { Consequence, GradeBand, MemberKind, RuleDocument } from '../document/rule-document.types';
import { gradeCodeOf, KIND_NAMES } from './choices';
import { ComponentOutcome, scoreComponent } from './component-score';
import { entriesIn, firstCondition, ScoreFacts } from './facts';
import { Step } from './item-score';
import { Period, PERIOD_NAMES } from '../periods/periods';
import { EligibilityResult, ScoreResult, StarResult } from './score-result';
import { fromTenths, show, sum, Tenths, times, toTenths } from './tenths';

type Outcomes = Pick<
  ScoreResult,
  'graded' | 'grade' | 'forcedGrade' | 'selectionCandidate' | 'consequences' | 'eligibilities' | 'star' | 'awardBasis'
>;

/** Grade, consequences, eligibilities, star floors and award bases for a scored period. */
export function decideOutcomes(
  doc: RuleDocument,
  facts: ScoreFacts,
  period: Period,
  windowStart: string,
  through: string,
  total: Tenths,
  components: ComponentOutcome[],
  veto: ScoreResult['veto'],
  steps: Step[],
): Outcomes {
  const awardBasis = doc.awards
    .filter((a) => a.per === period.kind)
    .map((award) => {
      const definition = doc.components.find((c) => c.code === award.component)!;
      const entries = entriesIn(facts, period.start, through);
      // A veto cancels the member's points, contribution points included: a vetoed member cannot win.
      const value = veto ? 0 : scoreComponent(doc, definition, entries, facts.votes, []).score;
      steps.push({
        rule: award.label,
        text: veto
          ? `一票否决，不参加本${PERIOD_NAMES[period.kind]}“${award.label}”评选`
          : `本${PERIOD_NAMES[period.kind]}“${definition.label}”${show(value)} 分，作为评选“${award.label}”的依据（最多者当选）`,
        entryIds: [],
      });
      return { code: award.code, label: award.label, value: fromTenths(value) };
    });
  const none: Outcomes = {
    graded: false,
    grade: null,
    forcedGrade: null,
    selectionCandidate: null,
    consequences: [],
    eligibilities: [],
    star: null,
    awardBasis,
  };
  if (period.kind !== doc.grading.per) {
    steps.push({ rule: '等次', text: `本方案按${PERIOD_NAMES[doc.grading.per]}评定等次，本期不评定`, entryIds: [] });
    return none;
  }
  const kind = facts.memberKind;
  const graded = doc.grading.gradedKinds.includes(kind);
  let grade: GradeBand | null = null;
  let selectionCandidate: GradeBand | null = null;
  let forcedGrade: ScoreResult['forcedGrade'] = null;
  if (!graded) {
    steps.push({ rule: '等次', text: `${KIND_NAMES[kind]}计分，但按本方案不评定等次`, entryIds: [] });
  } else {
    const bands = doc.grading.bands;
    const forced = firstCondition(facts, doc.directGrades, windowStart, through);
    if (forced) {
      grade = bands.find((b) => b.code === forced.rule.grade)!;
      forcedGrade = { code: forced.rule.code, label: forced.rule.label, date: forced.date, grade: grade.code };
      steps.push({
        rule: `直接认定 › ${forced.rule.label}`,
        text: `${forced.date} 发生“${forced.rule.label}”，不论分数，直接认定为“${grade.name}”`,
        entryIds: [],
      });
    } else {
      const index = bands.findIndex((b) => total >= toTenths(b.min));
      grade = bands[index];
      if (grade.bySelection && !veto) {
        selectionCandidate = grade;
        grade = bands[index + 1] ?? grade;
        steps.push({
          rule: '等次',
          text: `${show(total)} 分达到“${selectionCandidate.name}”分数线 ${selectionCandidate.min} 分；“${selectionCandidate.name}”按比例从排名靠前者中评定，未评上的为“${grade.name}”`,
          entryIds: [],
        });
      } else {
        steps.push({
          rule: '等次',
          text: `${show(total)} 分${grade.min > 0 ? ` ≥ ${grade.min}` : ''}，评为“${grade.name}”`,
          entryIds: [],
        });
      }
    }
  }

  const consequences = applicableConsequences(doc.consequences, {
    kind,
    total: fromTenths(total),
    grade: grade?.code ?? null,
    // An earlier grade may be given by its name (“基本合格”) as well as by its code.
    previousGrades: (facts.previousGrades ?? []).map((g) => gradeCodeOf(doc, g) ?? g),
  });
  for (const c of consequences) steps.push({ rule: '结果运用', text: c.label, entryIds: [] });

  const eligibilities = doc.eligibilities.map((rule): EligibilityResult => {
    const result = (
      status: EligibilityResult['status'],
      reason: string,
      maxRewardYuan: number | null = null,
    ): EligibilityResult => ({ code: rule.code, label: rule.label, status, reason, maxRewardYuan });
    if (veto) return result('NOT_ELIGIBLE', '一票否决');
    if (forcedGrade) return result('NOT_ELIGIBLE', `直接认定为“${grade?.name}”`);
    if (rule.minTotal !== undefined && total < toTenths(rule.minTotal))
      return result('NOT_ELIGIBLE', `积分 ${show(total)} 分，未达到 ${rule.minTotal} 分`);
    if (rule.topShare !== undefined || rule.topRank !== undefined) {
      if (!facts.rank) return result('PENDING', '需要支部排名后确定');
      const { position, of } = facts.rank;
      if (rule.topRank !== undefined && position > rule.topRank)
        return result('NOT_ELIGIBLE', `排名第 ${position}，不在前 ${rule.topRank} 名`);
      // position ≤ share × of, compared exactly in ten-thousandths
      if (rule.topShare !== undefined && position * 10000 > Math.round(rule.topShare * 10000) * of)
        return result('NOT_ELIGIBLE', `排名 ${position}/${of}，不在前 ${Math.round(rule.topShare * 100)}%`);
    }
    const yuan = rule.yuanPerPoint !== undefined ? fromTenths(times(total, rule.yuanPerPoint)) : null;
    return result(
      'ELIGIBLE',
      yuan !== null ? `按每分不高于 ${rule.yuanPerPoint} 元，最多 ${yuan} 元` : '符合条件',
      yuan,
    );
  });
  for (const e of eligibilities)
    steps.push({
      rule: e.label,
      text:
        e.status === 'ELIGIBLE'
          ? `符合：${e.reason}`
          : e.status === 'PENDING'
            ? `待定：${e.reason}`
            : `不符合：${e.reason}`,
      entryIds: [],
    });

  let star: StarResult | null = null;
  if (doc.starRating && graded) {
    const rule = doc.starRating;
    const base = sum(components.filter((c) => rule.baseComponents.includes(c.code)).map((c) => c.contribution));
    const reasons: string[] = [];
    if (veto) reasons.push('一票否决，不参加评星');
    if (base < toTenths(rule.baseFloor))
      reasons.push(`共性分 ${show(base)} 分，低于 ${rule.baseFloor} 分，取消评星资格`);
    if (total < toTenths(rule.totalFloor)) reasons.push(`总分 ${show(total)} 分，低于评星起点 ${rule.totalFloor} 分`);
    star = { eligible: reasons.length === 0, base: fromTenths(base), total: fromTenths(total), reasons };
    steps.push({
      rule: '评星资格',
      text: star.eligible
        ? `共性分 ${show(base)} ≥ ${rule.baseFloor}，总分 ${show(total)} ≥ ${rule.totalFloor}，可参加评星（名额由党（工）委确定）`
        : reasons.join('；'),
      entryIds: [],
    });
  }
  return {
    graded,
    grade: grade ? { code: grade.code, name: grade.name } : null,
    forcedGrade,
    selectionCandidate: selectionCandidate ? { code: selectionCandidate.code, name: selectionCandidate.name } : null,
    consequences,
    eligibilities: graded ? eligibilities : [],
    star,
    awardBasis,
  };
}

/**
 * The consequences a scheme attaches to a graded result. `previousGrades` are the member's grades of the
 * periods just before, oldest first, for rules that need several periods running (两年基本合格).
 */
export function applicableConsequences(
  rules: readonly Consequence[],
  result: { kind: MemberKind; total: number; grade: string | null; previousGrades: readonly string[] },
): { code: Consequence['code']; label: string }[] {
  return rules
    .filter((consequence) => {
      const when = consequence.when;
      if (when.memberKinds && !when.memberKinds.includes(result.kind)) return false;
      if (when.below !== undefined && !(toTenths(result.total) < toTenths(when.below))) return false;
      if (when.grades) {
        if (!result.grade || !when.grades.includes(result.grade)) return false;
        if (when.consecutive) {
          const earlier = result.previousGrades.slice(-(when.consecutive - 1));
          if (earlier.length < when.consecutive - 1 || !earlier.every((g) => when.grades!.includes(g))) return false;
        }
      }
      return true;
    })
    .map((c) => ({ code: c.code, label: c.label }));
}
