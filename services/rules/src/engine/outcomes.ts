import { Consequence, Eligibility, GradeBand, MemberKind, RuleDocument } from '../document/rule-document.types';
import { gradeCodeOf, KIND_NAMES } from './choices';
import { ComponentOutcome, scoreComponent } from './component-score';
import { entriesIn, firstCondition, RankFact, ScoreFacts } from './facts';
import { overflowAt, percent, placesFor, rankText } from './rank';
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
  const starBase = doc.starRating
    ? sum(components.filter((c) => doc.starRating!.baseComponents.includes(c.code)).map((c) => c.contribution))
    : null;
  let grade: GradeBand | null = null;
  let selectionCandidate: GradeBand | null = null;
  let forcedGrade: ScoreResult['forcedGrade'] = null;
  if (!graded) {
    steps.push({ rule: '等次', text: `${KIND_NAMES[kind]}计分，但按本方案不评定等次`, entryIds: [] });
  } else {
    const forced = firstCondition(facts, doc.directGrades, windowStart, through);
    if (forced) {
      grade = doc.grading.bands.find((b) => b.code === forced.rule.grade)!;
      forcedGrade = { code: forced.rule.code, label: forced.rule.label, date: forced.date, grade: grade.code };
      steps.push({
        rule: `直接认定 › ${forced.rule.label}`,
        text: `${forced.date} 发生“${forced.rule.label}”，不论分数，直接认定为“${grade.name}”`,
        entryIds: [],
      });
    } else {
      ({ grade, selectionCandidate } = bandFor(doc, total, starBase, facts.rank ?? null, veto !== null, steps));
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

  // Eligibilities are for the members the scheme grades: a probationary member it only scores has none, and no line.
  const eligibilities = graded
    ? doc.eligibilities.map((rule) => eligibilityOf(rule, total, facts.rank ?? null, veto, forcedGrade, grade))
    : [];
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
    const base = starBase!;
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
    eligibilities,
    star,
    awardBasis,
  };
}

/**
 * The band a total reaches, from the highest down. A band by share (T2 优秀) goes by the member's place in the branch;
 * a band chosen at the assembly (T4) leaves the member a candidate one band lower; a band that needs the star floors
 * (T8 达到评星起点) is not given below the base floor, so no grade suggests a star the member cannot have.
 */
function bandFor(
  doc: RuleDocument,
  total: Tenths,
  starBase: Tenths | null,
  rank: RankFact | null,
  vetoed: boolean,
  steps: Step[],
): { grade: GradeBand; selectionCandidate: GradeBand | null } {
  const bands = doc.grading.bands;
  const step = (text: string) => steps.push({ rule: '等次', text, entryIds: [] });
  let index = bands.findIndex((b) => total >= toTenths(b.min));
  for (; index < bands.length - 1; index += 1) {
    const band = bands[index];
    const next = bands[index + 1];
    if (band.needsStarFloors && doc.starRating && starBase !== null && starBase < toTenths(doc.starRating.baseFloor)) {
      step(
        `${show(total)} 分达到“${band.name}”分数线 ${band.min} 分，但共性分 ${show(starBase)} 分低于 ${doc.starRating.baseFloor} 分，不能评星，不评为“${band.name}”`,
      );
      continue;
    }
    if (band.share !== undefined && !vetoed) {
      const places = placesFor(band.share, rank?.of ?? 0);
      const rule = `“${band.name}”按支部排名在前 ${percent(band.share)} 的评定`;
      if (!rank) {
        step(
          `${show(total)} 分达到“${band.name}”分数线 ${band.min} 分；${rule}，需要支部排名后确定，暂为“${next.name}”`,
        );
        return { grade: next, selectionCandidate: band };
      }
      if (rank.position > places) {
        step(
          `${show(total)} 分达到“${band.name}”分数线 ${band.min} 分；${rule}（${places} 个名额），${rankText(rank)}，不在其内`,
        );
        continue;
      }
      const overflow = overflowAt(rank, places);
      step(
        `${show(total)} 分 ≥ ${band.min}，${rule}（${places} 个名额），${rankText(rank)}，评为“${band.name}”` +
          (overflow > 0 ? `；并列者均评为“${band.name}”，超出比例 ${overflow} 人` : ''),
      );
      return { grade: band, selectionCandidate: null };
    }
    if (band.bySelection && !vetoed) {
      step(
        `${show(total)} 分达到“${band.name}”分数线 ${band.min} 分；“${band.name}”按比例从排名靠前者中评定，未评上的为“${next.name}”`,
      );
      return { grade: next, selectionCandidate: band };
    }
    break;
  }
  const grade = bands[index];
  step(`${show(total)} 分${grade.min > 0 ? ` ≥ ${grade.min}` : ''}，评为“${grade.name}”`);
  return { grade, selectionCandidate: null };
}

/** One eligibility: its score line, then its place in the branch (T6 前 20%, T3 前 3 名) when it names one. */
function eligibilityOf(
  rule: Eligibility,
  total: Tenths,
  rank: RankFact | null,
  veto: ScoreResult['veto'],
  forcedGrade: ScoreResult['forcedGrade'],
  grade: GradeBand | null,
): EligibilityResult {
  const result = (status: EligibilityResult['status'], reason: string, maxRewardYuan: number | null = null) => ({
    code: rule.code,
    label: rule.label,
    status,
    reason,
    maxRewardYuan,
  });
  if (veto) return result('NOT_ELIGIBLE', '一票否决');
  if (forcedGrade) return result('NOT_ELIGIBLE', `直接认定为“${grade?.name}”`);
  if (rule.minTotal !== undefined && total < toTenths(rule.minTotal))
    return result('NOT_ELIGIBLE', `积分 ${show(total)} 分，未达到 ${rule.minTotal} 分`);
  let byRank = '';
  if (rule.topShare !== undefined || rule.topRank !== undefined) {
    if (!rank) return result('PENDING', '需要支部排名后确定');
    if (rule.topRank !== undefined && rank.position > rule.topRank)
      return result('NOT_ELIGIBLE', `${rankText(rank)}，不在前 ${rule.topRank} 名`);
    if (rule.topShare !== undefined && rank.position > placesFor(rule.topShare, rank.of))
      return result('NOT_ELIGIBLE', `${rankText(rank)}，不在前 ${percent(rule.topShare)}`);
    const limit = rule.topRank ?? placesFor(rule.topShare!, rank.of);
    const overflow = overflowAt(rank, limit);
    byRank = `${rankText(rank)}，在前 ${rule.topRank !== undefined ? `${rule.topRank} 名` : percent(rule.topShare!)}内${overflow > 0 ? `（并列者均计入，超出 ${overflow} 人）` : ''}`;
  }
  const yuan = rule.yuanPerPoint !== undefined ? fromTenths(times(total, rule.yuanPerPoint)) : null;
  const reason = yuan !== null ? `按每分不高于 ${rule.yuanPerPoint} 元，最多 ${yuan} 元` : byRank || '符合条件';
  return result('ELIGIBLE', reason, yuan);
}

/**
 * The consequences a scheme attaches to a graded result. `previousGrades` are the member's grades of the
 * periods just before, oldest first, for rules that need several periods running (两年基本合格). A measure is
 * listed once: where two rules give the same one (T1 处置: 不合格, or 基本合格 two years running), the first counts.
 */
export function applicableConsequences(
  rules: readonly Consequence[],
  result: { kind: MemberKind; total: number; grade: string | null; previousGrades: readonly string[] },
): { code: Consequence['code']; label: string }[] {
  const seen = new Set<string>();
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
    .filter((c) => !seen.has(c.code) && seen.add(c.code) !== undefined)
    .map((c) => ({ code: c.code, label: c.label }));
}
