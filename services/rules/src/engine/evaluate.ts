import { RuleDocument } from '../document/rule-document.types';
import { ComponentOutcome } from './component-score';
import { checkFacts, ScoreFacts } from './facts';
import { Step } from './item-score';
import { decideOutcomes } from './outcomes';
import { MONTHS, minDay, parsePeriodKey, PERIOD_NAMES, periodContaining, periodLabel } from '../periods/periods';
import { ComponentResult, InvalidFactsError, ScoreResult } from './score-result';
import { fromTenths } from './tenths';
import { combineUnits, openingState, scoreUnit, Tally, vetoIn } from './unit-score';

/**
 * Scores one member for one period under a rule document. Pure: the evaluation date comes in the facts.
 * A period shorter than the scheme's scoring unit is scored to date (from the unit's start); a longer one
 * (the year of a quarterly scheme) is made of its units by sum or mean.
 */
export function evaluate(doc: RuleDocument, facts: ScoreFacts): ScoreResult {
  const problems = checkFacts(doc, facts);
  if (problems.length > 0) throw new InvalidFactsError(problems);
  const period = parsePeriodKey(doc.cycle, facts.period)!;
  const through = minDay(period.end, facts.asOf);
  const complete = facts.asOf >= period.end;
  const steps: Step[] = [];
  const unitKind = doc.cycle.scoredPer;
  const toDate = MONTHS[period.kind] < MONTHS[unitKind];
  const periodInfo = {
    key: period.key,
    kind: period.kind,
    start: period.start,
    end: period.end,
    through,
    complete,
    toDate,
  };

  const exemption = facts.exemption;
  if (exemption && exemption.from <= through && (!exemption.until || exemption.until >= through)) {
    const manual = exemption.manualTotal ?? null;
    steps.push({
      rule: '不纳入积分管理',
      text: `自 ${exemption.from} 起不纳入积分管理（${exemption.reason}），不评定等次、不占名额${manual !== null ? `；支部根据平时表现给予积分 ${manual} 分` : ''}`,
      entryIds: [],
    });
    return {
      period: periodInfo,
      status: 'EXEMPT',
      total: manual,
      components: [],
      veto: null,
      forcedGrade: null,
      graded: false,
      grade: null,
      selectionCandidate: null,
      consequences: [],
      eligibilities: [],
      star: null,
      awardBasis: [],
      reviewPending: false,
      explanation: steps,
    };
  }

  let tally: Tally;
  let windowStart: string;
  if (MONTHS[period.kind] <= MONTHS[unitKind]) {
    const unit = period.kind === unitKind ? period : periodContaining(doc.cycle, unitKind, period.start);
    windowStart = unit.start;
    if (toDate)
      steps.push({
        rule: '计分期间',
        text: `本方案按${PERIOD_NAMES[unitKind]}计分，${periodLabel(period)}显示自 ${unit.start} 至 ${through} 的累计积分`,
        entryIds: [],
      });
    tally = scoreUnit(doc, facts, unit.start, through, openingState(doc, facts, unit.start), steps);
  } else {
    windowStart = period.start;
    tally = combineUnits(doc, facts, period, through, steps);
  }

  const veto = tally.veto ?? vetoIn(doc, facts, windowStart, through);
  let total = tally.total;
  if (veto) {
    total = 0;
    steps.push({
      rule: `一票否决 › ${veto.label}`,
      text: `${veto.date} 发生“${veto.label}”，实行一票否决，积分为 0`,
      entryIds: [],
    });
  }
  const reviewPending = tally.components.some((c) => c.pending);
  const outcomes = decideOutcomes(doc, facts, period, windowStart, through, total, tally.components, veto, steps);
  return {
    period: periodInfo,
    status: 'SCORED',
    total: fromTenths(total),
    components: tally.components.map(toResult),
    veto,
    reviewPending,
    ...outcomes,
    explanation: once(steps),
  };
}

/** Each line of the explanation once: a repeated rule and text keeps its first place and gathers the entries. */
function once(steps: readonly Step[]): Step[] {
  const kept = new Map<string, Step>();
  for (const step of steps) {
    const key = `${step.rule}\u0000${step.text}`;
    const first = kept.get(key);
    if (!first) kept.set(key, { ...step, entryIds: [...step.entryIds] });
    else for (const id of step.entryIds) if (!first.entryIds.includes(id)) first.entryIds.push(id);
  }
  return [...kept.values()];
}

function toResult(c: ComponentOutcome): ComponentResult {
  const item = (i: ComponentOutcome['items'][number]) => ({ ...i, points: fromTenths(i.points) });
  return {
    code: c.code,
    label: c.label,
    kind: c.kind,
    group: c.group,
    score: fromTenths(c.score),
    weight: c.weight,
    contribution: fromTenths(c.contribution),
    sections: c.sections.map((s) => ({
      code: s.code,
      label: s.label,
      max: fromTenths(s.max),
      score: fromTenths(s.score),
      items: s.items.map(item),
    })),
    items: c.items.map(item),
  };
}
