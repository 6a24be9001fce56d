import { WarningErrorCode } from './warning-error';
import { improvedByRun, OutcomeFacts, outcomeStep, periodDeciding } from './warning-outcome';
import { WarningCaseStatus as S, WarningOutcome as O } from './warning-rules';

/** The code and message a rule refuses with, or null when it does not. */
function refusal(run: () => unknown): { code: string; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    const e = error as { code: string; message: string };
    return { code: e.code, message: e.message };
  }
}

/** A case in rectification whose next half-year (2024-H2) was rated 63 by a confirmed run. */
const rated: OutcomeFacts = {
  status: S.RECTIFYING,
  memberKind: 'FULL',
  warnedPeriods: ['2024-H1'],
  nextPeriodKey: '2024-H2',
  nextTotal: 63,
  nextDisposal: null,
};

describe('the outcome follows the next confirmed rating', () => {
  it.each<[string, Partial<OutcomeFacts>, O, S]>([
    ['63 next: improved', {}, O.IMPROVED, S.IMPROVED],
    ['exactly 50 next: improved', { nextTotal: 50 }, O.IMPROVED, S.IMPROVED],
    ['49.96 kept as 50.0: improved', { nextTotal: 49.96 }, O.IMPROVED, S.IMPROVED],
    ['42 next: escalated', { nextTotal: 42 }, O.ESCALATED, S.ESCALATED],
    ['49.9 next: escalated', { nextTotal: 49.9 }, O.ESCALATED, S.ESCALATED],
    [
      'warned again (two periods), 38 next: escalated',
      { warnedPeriods: ['2024-H1', '2024-H2'], nextTotal: 38 },
      O.ESCALATED,
      S.ESCALATED,
    ],
    [
      '55 next but 不合格 there (disposal): escalated',
      { nextTotal: 55, nextDisposal: '不合格：纳入不合格党员处置范围' },
      O.ESCALATED,
      S.ESCALATED,
    ],
    [
      'a probationary member at 30 next: escalated',
      { memberKind: 'PROBATIONARY', nextTotal: 30 },
      O.ESCALATED,
      S.ESCALATED,
    ],
  ])('%s', (_, change, outcome, to) => {
    expect(outcomeStep({ ...rated, ...change }, outcome)).toBe(to);
  });

  it.each<[string, Partial<OutcomeFacts>, O, WarningErrorCode, string]>([
    [
      'no next rating yet',
      { nextPeriodKey: null, nextTotal: null },
      O.IMPROVED,
      WarningErrorCode.NEXT_RATING_REQUIRED,
      '须先确认下一期（2024-H2）的评定：整改结果依据下一期评定的得分认定（达到 50 分为已转化提高，否则转入处置程序）',
    ],
    [
      'no next rating yet, escalating either',
      { nextPeriodKey: null, nextTotal: null, warnedPeriods: ['2024-H2'] },
      O.ESCALATED,
      WarningErrorCode.NEXT_RATING_REQUIRED,
      '须先确认下一期（2025-H1）的评定：整改结果依据下一期评定的得分认定（达到 50 分为已转化提高，否则转入处置程序）',
    ],
    [
      'improvement with 49.9 next',
      { nextTotal: 49.9 },
      O.IMPROVED,
      WarningErrorCode.WARNING_STEP_REFUSED,
      '下一期（2024-H2）评定得分 49.9 分，低于 50 分，不能认定为已转化提高',
    ],
    [
      'improvement of a member warned again',
      { warnedPeriods: ['2024-H1', '2024-H2'], nextTotal: 38 },
      O.IMPROVED,
      WarningErrorCode.WARNING_STEP_REFUSED,
      '下一期（2024-H2）评定得分 38 分，低于 50 分，不能认定为已转化提高',
    ],
    [
      'improvement when the next result puts the member in disposal',
      { nextTotal: 55, nextDisposal: '不合格：纳入不合格党员处置范围' },
      O.IMPROVED,
      WarningErrorCode.WARNING_STEP_REFUSED,
      '下一期（2024-H2）评定得分 55 分，但评定结果为“不合格：纳入不合格党员处置范围”，不能认定为已转化提高',
    ],
    [
      'escalation with 63 next',
      {},
      O.ESCALATED,
      WarningErrorCode.WARNING_STEP_REFUSED,
      '下一期（2024-H2）评定得分 63 分，已达到 50 分，应认定为已转化提高，不能转入处置程序',
    ],
    [
      'escalation with exactly 50 next',
      { nextTotal: 50 },
      O.ESCALATED,
      WarningErrorCode.WARNING_STEP_REFUSED,
      '下一期（2024-H2）评定得分 50 分，已达到 50 分，应认定为已转化提高，不能转入处置程序',
    ],
    [
      'withdrawal by hand',
      {},
      O.WITHDRAWN,
      WarningErrorCode.INVALID_WARNING_INPUT,
      '撤销双预警由更正后的评定自动办理，不能手工认定',
    ],
    [
      'an outcome before the plan',
      { status: S.HELPER_PAIRED },
      O.IMPROVED,
      WarningErrorCode.WARNING_STEP_REFUSED,
      '制定整改计划之后才能认定整改结果，且只认定一次（现为“已结对帮扶，待制定整改计划”）',
    ],
    [
      "an activist's escalation",
      { memberKind: 'ACTIVIST', nextTotal: 40 },
      O.ESCALATED,
      WarningErrorCode.WARNING_STEP_REFUSED,
      '入党积极分子不适用不合格党员处置程序；如帮扶无效，请由党支部研究是否继续列为入党积极分子',
    ],
  ])('refuses %s', (_, change, outcome, code, message) => {
    expect(refusal(() => outcomeStep({ ...rated, ...change }, outcome))).toEqual({ code, message });
  });

  it.each<[readonly string[], string | null]>([
    [['2024-H1'], '2024-H2'],
    [['2024-H1', '2024-H2'], '2025-H1'],
    [['2024'], '2025'],
    [['2024-Q4'], '2025-Q1'],
    [[], null],
  ])('a case triggered in %j is decided by the rating of %s', (periods, next) => {
    expect(periodDeciding(periods)).toBe(next);
  });

  it.each<[number | null, string | null, boolean]>([
    [50, null, true],
    [49.9, null, false],
    [null, null, false],
    [80, '不合格：纳入不合格党员处置范围', false],
  ])('next total %p with disposal %p shows improvement: %p', (nextTotal, nextDisposal, improved) => {
    expect(improvedByRun({ nextTotal, nextDisposal })).toBe(improved);
  });
});
