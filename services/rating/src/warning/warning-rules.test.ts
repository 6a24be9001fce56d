import { Caller, Right, Role } from '@jifen/kit';
import { WarningErrorCode } from './warning-error';
import {
  addMonths,
  caseStep,
  CaseAction,
  DisposalMeasure,
  DisposalStepKind,
  assertMayAct,
  mayAct,
  OverdueFacts,
  outcomeStep,
  overdueItems,
  rectifyDeadline,
  rightOfStep,
  WarningCaseStatus as S,
  WarningOutcome,
} from './warning-rules';

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

describe('the outcome', () => {
  const rectifying = { status: S.RECTIFYING, memberKind: 'FULL' as const, periodKey: '2024-H1' };

  it.each([
    [{ outcome: WarningOutcome.IMPROVED }, S.IMPROVED],
    [{ outcome: WarningOutcome.IMPROVED, nextPeriodKey: '2024-H2', nextTotal: 50 }, S.IMPROVED],
    [{ outcome: WarningOutcome.ESCALATED, nextPeriodKey: '2024-H2', nextTotal: 42 }, S.ESCALATED],
  ])('%j → %s', (input, to) => {
    expect(outcomeStep(rectifying, input)).toBe(to);
  });

  it.each<[object, object, WarningErrorCode, string]>([
    [
      {},
      { outcome: WarningOutcome.WITHDRAWN },
      WarningErrorCode.INVALID_WARNING_INPUT,
      '撤销双预警由更正后的评定自动办理，不能手工认定',
    ],
    [
      {},
      { outcome: WarningOutcome.IMPROVED, nextPeriodKey: '2024-H2', nextTotal: 49.5 },
      WarningErrorCode.WARNING_STEP_REFUSED,
      '下一期（2024-H2）得分 49.5 仍低于 50 分，不能认定为已转化提高',
    ],
    [
      {},
      { outcome: WarningOutcome.IMPROVED, nextTotal: 60 },
      WarningErrorCode.INVALID_WARNING_INPUT,
      '填写下一期得分时请同时填写是哪一期',
    ],
    [
      {},
      { outcome: WarningOutcome.IMPROVED, nextPeriodKey: '2024-H2', nextTotal: 49.94 },
      WarningErrorCode.WARNING_STEP_REFUSED,
      '下一期（2024-H2）得分 49.9 仍低于 50 分，不能认定为已转化提高',
    ],
    [
      {},
      { outcome: WarningOutcome.IMPROVED, nextPeriodKey: '2024-H2', nextTotal: 1e6 },
      WarningErrorCode.INVALID_WARNING_INPUT,
      '下一期得分应在 0 到 1000 之间（保留一位小数），收到 1000000',
    ],
    [
      {},
      { outcome: WarningOutcome.IMPROVED, nextPeriodKey: '2024-H2', nextTotal: -0.06 },
      WarningErrorCode.INVALID_WARNING_INPUT,
      '下一期得分应在 0 到 1000 之间（保留一位小数），收到 -0.06',
    ],
    [
      {},
      { outcome: WarningOutcome.IMPROVED, nextPeriodKey: '2024-H1' },
      WarningErrorCode.INVALID_WARNING_INPUT,
      '下一期不能是触发预警的同一期（2024-H1）',
    ],
    [
      { status: S.HELPER_PAIRED },
      { outcome: WarningOutcome.IMPROVED },
      WarningErrorCode.WARNING_STEP_REFUSED,
      '制定整改计划之后才能认定整改结果，且只认定一次（现为“已结对帮扶，待制定整改计划”）',
    ],
    [
      { memberKind: 'ACTIVIST' },
      { outcome: WarningOutcome.ESCALATED },
      WarningErrorCode.WARNING_STEP_REFUSED,
      '入党积极分子不适用不合格党员处置程序；如帮扶无效，请由党支部研究是否继续列为入党积极分子',
    ],
  ])('case %j refuses %j', (change, input, code, message) => {
    expect(refusal(() => outcomeStep({ ...rectifying, ...change }, input as never))).toEqual({ code, message });
  });
});

describe('what is overdue on a day', () => {
  const base: OverdueFacts = {
    status: S.OPEN,
    interviewDue: '2024-07-15',
    rectifyDeadline: null,
    outcomeOn: null,
    disposalMeasure: null,
    disposalStep: null,
    disposalStepOn: null,
    disposalDue: null,
  };
  const escalated = { ...base, status: S.ESCALATED, outcomeOn: '2025-01-10' };
  const rectify = { ...escalated, disposalMeasure: DisposalMeasure.RECTIFY_DEADLINE };

  it.each<[string, Partial<OverdueFacts>, string, string[]]>([
    ['an interview on its last day', {}, '2024-07-15', []],
    ['an interview a day late', {}, '2024-07-16', ['书记约谈逾期：应于 2024-07-15 前约谈，已逾期 1 天']],
    ['an interview recorded late', { status: S.INTERVIEWED }, '2024-09-01', []],
    [
      'a rectification past its deadline',
      { status: S.RECTIFYING, rectifyDeadline: '2025-01-01' },
      '2025-01-11',
      ['整改期限 2025-01-01 已过 10 天，尚未认定整改结果'],
    ],
    ['a rectification within its deadline', { status: S.RECTIFYING, rectifyDeadline: '2025-01-01' }, '2025-01-01', []],
    ['a closed case', { status: S.IMPROVED }, '2030-01-01', []],
    ['a withdrawn case', { status: S.WITHDRAWN }, '2030-01-01', []],
    ['an escalation 30 days without a proposal', escalated, '2025-02-09', []],
    [
      'an escalation 31 days without a proposal',
      escalated,
      '2025-02-10',
      ['2025-01-10 转入处置程序，已逾 30 天，支委会尚未提出处置意见'],
    ],
    [
      'a disposal stalled 60 days',
      { ...rectify, disposalStep: DisposalStepKind.TALKED, disposalStepOn: '2025-02-01' },
      '2025-04-02',
      [],
    ],
    [
      'a disposal stalled 61 days',
      { ...rectify, disposalStep: DisposalStepKind.TALKED, disposalStepOn: '2025-02-01' },
      '2025-04-03',
      ['“限期改正”处置自 2025-02-01（两名正式党员谈话）起 61 天无进展'],
    ],
    [
      'a rectification period running',
      { ...rectify, disposalStep: DisposalStepKind.NOTIFIED, disposalStepOn: '2025-03-01', disposalDue: '2025-09-01' },
      '2025-09-01',
      [],
    ],
    [
      'a rectification period ended without review',
      { ...rectify, disposalStep: DisposalStepKind.APPEALED, disposalStepOn: '2025-03-01', disposalDue: '2025-09-01' },
      '2025-09-03',
      ['限期改正期限已于 2025-09-01 届满（已过 2 天），“限期改正”尚未评估办结'],
    ],
    [
      'an archived disposal',
      { ...rectify, disposalStep: DisposalStepKind.ARCHIVED, disposalStepOn: '2025-03-01' },
      '2026-01-01',
      [],
    ],
  ])('%s', (_what, facts, today, items) => {
    expect(overdueItems({ ...base, ...facts }, today)).toEqual(items);
  });
});

describe('who may act on a case', () => {
  const branch = 'd.t.b';
  const caller = (role: Role, scopePath: string | null, rights?: Right[]): Caller => ({
    role,
    scopePath,
    subject: 'x',
    ...(rights ? { rights } : {}),
  });
  const { FOLLOW_WARNINGS: FOLLOW, DISPOSE } = Right;

  it.each<[string, Caller, Right.FOLLOW_WARNINGS | Right.DISPOSE, boolean]>([
    ['the branch secretary, the branch’s steps', caller(Role.BRANCH_SECRETARY, branch), FOLLOW, true],
    ['the recorder, the branch’s steps', caller(Role.BRANCH_RECORDER, branch), FOLLOW, true],
    ['a member of the branch', caller(Role.MEMBER, branch), FOLLOW, false],
    ['another branch’s secretary', caller(Role.BRANCH_SECRETARY, 'd.t.other'), FOLLOW, false],
    ['the branch secretary, a pre-review', caller(Role.BRANCH_SECRETARY, branch), DISPOSE, false],
    ['the township, a pre-review below it', caller(Role.TOWNSHIP, 'd.t'), DISPOSE, true],
    ['the township, the branch’s steps below it', caller(Role.TOWNSHIP, 'd.t'), FOLLOW, true],
    ['a committee at the case’s own node, a pre-review', caller(Role.TOWNSHIP, branch), DISPOSE, false],
    ['a sibling township', caller(Role.TOWNSHIP, 'd.s'), DISPOSE, false],
    ['the district, the branch’s steps', caller(Role.DISTRICT, 'd'), FOLLOW, true],
    ['the district, a pre-review', caller(Role.DISTRICT, 'd'), DISPOSE, true],
    ['the platform', caller(Role.SYSTEM, null), DISPOSE, true],
    ['a township key with READ only', caller(Role.TOWNSHIP, 'd.t', [Right.READ]), FOLLOW, false],
    [
      'a township key with READ and FOLLOW_WARNINGS, the branch’s steps',
      caller(Role.TOWNSHIP, 'd.t', [Right.READ, FOLLOW]),
      FOLLOW,
      true,
    ],
    [
      'a township key with READ and FOLLOW_WARNINGS, a pre-review',
      caller(Role.TOWNSHIP, 'd.t', [Right.READ, FOLLOW]),
      DISPOSE,
      false,
    ],
    [
      'a recorder key claiming DISPOSE (not its role’s)',
      caller(Role.BRANCH_RECORDER, 'd.t', [DISPOSE]),
      DISPOSE,
      false,
    ],
  ])('%s → %s', (_who, who, right, allowed) => {
    expect(mayAct(who, right, branch)).toBe(allowed);
  });

  it('asks for DISPOSE at the upper level’s two steps only', () => {
    const upper = Object.values(DisposalStepKind).filter((step) => rightOfStep(step) === Right.DISPOSE);
    expect(upper).toEqual([DisposalStepKind.PRE_REVIEWED, DisposalStepKind.APPROVED]);
  });

  it.each<[string, Caller, Right.FOLLOW_WARNINGS | Right.DISPOSE, string | null]>([
    ['a member', caller(Role.MEMBER, branch), FOLLOW, '您的账号无权办理双预警和处置事项（需要“双预警跟进”权限）'],
    [
      'a secretary at a pre-review',
      caller(Role.BRANCH_SECRETARY, branch),
      DISPOSE,
      '您的账号无权办理基层党委的预审或审批（需要“处置审批”权限，由上级党组织办理）',
    ],
    [
      'a committee at its own node',
      caller(Role.TOWNSHIP, branch),
      DISPOSE,
      '您的账号无权在本级登记基层党委的预审或审批：须由上级党组织办理',
    ],
    ['the township', caller(Role.TOWNSHIP, 'd.t'), DISPOSE, null],
  ])('refuses %s with FORBIDDEN and says why', (_who, who, right, message) => {
    expect(refusal(() => assertMayAct(who, right, branch))).toEqual(
      message === null ? null : { code: WarningErrorCode.FORBIDDEN, message },
    );
  });
});
