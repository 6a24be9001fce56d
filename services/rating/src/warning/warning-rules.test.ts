import { WarningErrorCode } from './warning-error';
import { addMonths } from './warning-input';
import { caseStep, CaseAction, rectifyDeadline, WarningCaseStatus as S } from './warning-rules';

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

describe('the dual-warning case workflow', () => {
  it.each<[S, CaseAction, S]>([
    [S.OPEN, 'INTERVIEW', S.INTERVIEWED],
    [S.INTERVIEWED, 'PAIR_HELPER', S.HELPER_PAIRED],
    [S.HELPER_PAIRED, 'SET_PLAN', S.RECTIFYING],
    [S.RECTIFYING, 'IMPROVE', S.IMPROVED],
    [S.RECTIFYING, 'ESCALATE', S.ESCALATED],
    [S.OPEN, 'WITHDRAW', S.WITHDRAWN],
    [S.INTERVIEWED, 'WITHDRAW', S.WITHDRAWN],
    [S.RECTIFYING, 'WITHDRAW', S.WITHDRAWN],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(caseStep(from, action)).toEqual({ ok: true, to });
  });

  it.each<[S, CaseAction, string]>([
    [S.OPEN, 'PAIR_HELPER', '书记约谈之后才能结对帮扶，且只结对一次（现为“待约谈”）'],
    [S.OPEN, 'SET_PLAN', '结对帮扶之后才能制定整改计划，且只制定一次（现为“待约谈”）'],
    [S.INTERVIEWED, 'INTERVIEW', '只有待约谈的双预警可以登记书记约谈，且只登记一次（现为“已约谈，待结对帮扶”）'],
    [S.HELPER_PAIRED, 'IMPROVE', '制定整改计划之后才能认定整改结果，且只认定一次（现为“已结对帮扶，待制定整改计划”）'],
    [S.IMPROVED, 'ESCALATE', '制定整改计划之后才能认定整改结果，且只认定一次（现为“已转化提高（结案）”）'],
    [S.ESCALATED, 'WITHDRAW', '已认定整改结果的双预警不能撤销（现为“已启动不合格党员处置程序”）'],
    [S.WITHDRAWN, 'INTERVIEW', '只有待约谈的双预警可以登记书记约谈，且只登记一次（现为“已撤销”）'],
  ])('refuses %s --%s-->', (from, action, reason) => {
    expect(caseStep(from, action)).toEqual({ ok: false, reason });
  });
});

describe('the rectification deadline', () => {
  it.each([
    ['2024-08-31', 6, null, '2025-02-28'],
    ['2024-01-15', 6, null, '2024-07-15'],
    ['2024-01-15', 3, null, '2024-04-15'],
    ['2024-01-15', 0, null, '2024-07-15'],
    ['2024-01-15', 24, null, '2025-01-15'],
    ['2024-01-15', 6, '2024-12-31', '2024-12-31'],
    ['2024-01-15', 6, '2025-01-15', '2025-01-15'],
  ])('plan on %s, %i months, asked %s → %s', (planOn, months, requested, deadline) => {
    expect(rectifyDeadline(planOn, months, requested)).toBe(deadline);
  });

  it.each([
    [
      '2024-01-15',
      '2025-01-16',
      '整改期限应在制定计划之后、最长不超过一年（2024-01-16 至 2025-01-15），收到 2025-01-16',
    ],
    [
      '2024-01-15',
      '2024-01-15',
      '整改期限应在制定计划之后、最长不超过一年（2024-01-16 至 2025-01-15），收到 2024-01-15',
    ],
    ['2024-01-15', '2024-02-30', '整改期限应为 YYYY-MM-DD 格式的日期，收到“2024-02-30”'],
  ])('plan on %s refuses %s', (planOn, requested, message) => {
    expect(refusal(() => rectifyDeadline(planOn, 6, requested))).toEqual({
      code: WarningErrorCode.INVALID_WARNING_INPUT,
      message,
    });
  });

  it('adds calendar months and keeps to the month end', () => {
    expect([
      addMonths('2024-01-31', 1),
      addMonths('2023-12-31', 2),
      addMonths('2024-11-30', 3),
      addMonths('2024-02-29', 12),
    ]).toEqual(['2024-02-29', '2024-02-29', '2025-02-28', '2025-02-28']);
  });
});
