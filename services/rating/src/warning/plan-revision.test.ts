import { WarningErrorCode } from './warning-error';
import { checkPlanRevision, PlanRevisionInput, RevisableCase } from './plan-revision';
import { WarningCaseStatus as S } from './warning-rules';

const rectifying: RevisableCase = {
  status: S.RECTIFYING,
  plan: '每月参加主题党日',
  plannedOn: '2026-02-10',
  rectifyDeadline: '2026-08-10',
};
const base: PlanRevisionInput = {
  revisedOn: '2026-05-01',
  revisedBy: '党支部委员会',
  reason: '本人住院治疗两个月，整改期限相应顺延',
};
const TODAY = '2026-06-01';

function refusal(run: () => unknown): { code: string; message: string } | null {
  try {
    run();
    return null;
  } catch (e) {
    const { code, message } = e as { code: string; message: string };
    return { code, message };
  }
}

describe('revising the rectification plan', () => {
  it.each<[string, Partial<PlanRevisionInput>, string, { plan: string; deadline: string }]>([
    [
      'the deadline only',
      { deadline: '2026-10-10' },
      '2026-02-10',
      { plan: '每月参加主题党日', deadline: '2026-10-10' },
    ],
    ['the plan only', { plan: '每周向帮扶人汇报' }, '2026-02-10', { plan: '每周向帮扶人汇报', deadline: '2026-08-10' }],
    [
      'both, to the last day a year allows (02-10 + 12 months)',
      { plan: '每周向帮扶人汇报', deadline: '2027-02-10' },
      '2026-02-10',
      { plan: '每周向帮扶人汇报', deadline: '2027-02-10' },
    ],
    // A shorter deadline is a revision too, as long as it comes after the revision day.
    [
      'an earlier deadline',
      { deadline: '2026-05-02' },
      '2026-02-10',
      { plan: '每月参加主题党日', deadline: '2026-05-02' },
    ],
    [
      'on the day of the last revision',
      { deadline: '2026-09-01' },
      '2026-05-01',
      { plan: '每月参加主题党日', deadline: '2026-09-01' },
    ],
  ])('%s', (_, change, lastChangedOn, after) => {
    expect(checkPlanRevision(rectifying, { ...base, ...change }, lastChangedOn, TODAY)).toEqual({
      ...after,
      planBefore: '每月参加主题党日',
      deadlineBefore: '2026-08-10',
      revisedOn: '2026-05-01',
      revisedBy: '党支部委员会',
      reason: '本人住院治疗两个月，整改期限相应顺延',
    });
  });

  it.each<[string, Partial<RevisableCase>, Partial<PlanRevisionInput>, string, WarningErrorCode, string]>([
    [
      'beyond a year from the plan',
      {},
      { deadline: '2027-02-11' },
      '2026-02-10',
      WarningErrorCode.INVALID_WARNING_INPUT,
      '修订后的整改期限应在修订日期之后、自 2026-02-10 制定计划起最长不超过一年（2026-05-02 至 2027-02-10），收到 2027-02-11',
    ],
    [
      'a deadline on the revision day',
      {},
      { deadline: '2026-05-01' },
      '2026-02-10',
      WarningErrorCode.INVALID_WARNING_INPUT,
      '修订后的整改期限应在修订日期之后、自 2026-02-10 制定计划起最长不超过一年（2026-05-02 至 2027-02-10），收到 2026-05-01',
    ],
    [
      'a malformed deadline',
      {},
      { deadline: '2026-13-01' },
      '2026-02-10',
      WarningErrorCode.INVALID_WARNING_INPUT,
      '修订后的整改期限应为 YYYY-MM-DD 格式的日期，收到“2026-13-01”',
    ],
    [
      'nothing changed',
      {},
      { plan: ' 每月参加主题党日 ', deadline: '2026-08-10' },
      '2026-02-10',
      WarningErrorCode.INVALID_WARNING_INPUT,
      '修订须改变整改计划或整改期限（与现行的相同）',
    ],
    [
      'no reason',
      {},
      { deadline: '2026-10-10', reason: '  ' },
      '2026-02-10',
      WarningErrorCode.INVALID_WARNING_INPUT,
      '修订理由不能为空，最多 2000 个字',
    ],
    [
      'no one who decided',
      {},
      { deadline: '2026-10-10', revisedBy: '' },
      '2026-02-10',
      WarningErrorCode.INVALID_WARNING_INPUT,
      '修订决定人或机构不能为空，最多 200 个字',
    ],
    [
      'dated before the last revision',
      {},
      { deadline: '2026-10-10' },
      '2026-05-02',
      WarningErrorCode.INVALID_WARNING_INPUT,
      '修订日期（2026-05-01）不能早于上次制定或修订计划的日期（2026-05-02）',
    ],
    [
      'dated after today',
      {},
      { deadline: '2026-10-10', revisedOn: '2026-06-02' },
      '2026-02-10',
      WarningErrorCode.INVALID_WARNING_INPUT,
      '修订日期（2026-06-02）不能晚于今天（2026-06-01）',
    ],
    [
      'once the outcome is decided',
      { status: S.IMPROVED },
      { deadline: '2026-10-10' },
      '2026-02-10',
      WarningErrorCode.WARNING_STEP_REFUSED,
      '只有限期整改中的双预警可以修订整改计划（认定整改结果之后不能再修订）（现为“已转化提高（结案）”）',
    ],
    [
      'before a plan is set',
      { status: S.HELPER_PAIRED, plan: null, plannedOn: null, rectifyDeadline: null },
      { deadline: '2026-10-10' },
      '2026-02-10',
      WarningErrorCode.WARNING_STEP_REFUSED,
      '只有限期整改中的双预警可以修订整改计划（认定整改结果之后不能再修订）（现为“已结对帮扶，待制定整改计划”）',
    ],
  ])('refuses %s', (_, caseChange, change, lastChangedOn, code, message) => {
    expect(
      refusal(() => checkPlanRevision({ ...rectifying, ...caseChange }, { ...base, ...change }, lastChangedOn, TODAY)),
    ).toEqual({ code, message });
  });
});
