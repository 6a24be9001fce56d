import { disposalsOf, measuresFor, measuresOpen, stepsOf } from './disposal-rules';
import { DisposalCaseFacts, DisposalStepInput } from './disposal-step';
import { carried, full, probationary, refusal, take, through } from './disposal-test-kit';
import { WarningErrorCode } from './warning-error';
import { DisposalMeasure as M, DisposalStepKind as K, WarningCaseStatus } from './warning-rules';

describe('disposal measures and steps', () => {
  it('gives full members 限期改正/劝退/除名 and probationary members extension or cancellation; activists none', () => {
    expect(measuresFor('FULL')).toEqual([M.RECTIFY_DEADLINE, M.ADVISE_WITHDRAWAL, M.REMOVAL]);
    expect(measuresFor('PROBATIONARY')).toEqual([M.PROBATION_EXTENDED, M.PROBATION_CANCELLED]);
    expect(measuresFor('ACTIVIST')).toEqual([]);
  });

  it('orders the steps, with the rectification review for 限期改正 only', () => {
    const common = [
      K.PROPOSED,
      K.INVESTIGATED,
      K.TALKED,
      K.PRE_REVIEWED,
      K.ASSEMBLY_VOTED,
      K.APPROVED,
      K.NOTIFIED,
      K.APPEALED,
    ];
    expect(stepsOf(M.RECTIFY_DEADLINE)).toEqual([...common, K.RECTIFICATION_REVIEWED, K.ARCHIVED]);
    expect(stepsOf(M.REMOVAL)).toEqual([...common, K.ARCHIVED]);
  });

  it('runs 限期改正 to the end: six months from approval by default, reviewed after it, archived', () => {
    const steps = take(full, [
      ...through(M.RECTIFY_DEADLINE, K.NOTIFIED),
      [M.RECTIFY_DEADLINE, K.RECTIFICATION_REVIEWED, { decidedOn: '2025-09-08', result: true }],
      [M.RECTIFY_DEADLINE, K.ARCHIVED],
    ]);
    const [state] = disposalsOf(steps);
    expect(steps.find((s) => s.step === K.APPROVED)?.rectifyUntil).toBe('2025-09-08');
    expect(state).toMatchObject({
      measure: M.RECTIFY_DEADLINE,
      finished: true,
      terminated: false,
      stopped: false,
      nextSteps: [],
    });
    expect(measuresOpen(full.status, 'FULL', [state])).toEqual({
      measures: [],
      reason: '限期改正期满已有转变，本案不再处置',
    });
  });

  it('lets a member appeal after notification, or skip the appeal', () => {
    const notified = take(full, through(M.REMOVAL, K.NOTIFIED));
    expect(disposalsOf(notified)[0].nextSteps).toEqual([K.APPEALED, K.ARCHIVED]);
    const appealed = take(full, [[M.REMOVAL, K.APPEALED, { result: false }]], notified);
    expect(disposalsOf(appealed)[0].nextSteps).toEqual([K.ARCHIVED]);
    const upheld = disposalsOf(
      take(
        full,
        [
          [M.REMOVAL, K.APPEALED, { result: true }],
          [M.REMOVAL, K.ARCHIVED],
        ],
        notified,
      ),
    )[0];
    expect(upheld).toMatchObject({ finished: true, stopped: true, terminated: true });
  });

  it.each<[string, [M, K][], [M, K, Partial<DisposalStepInput>], WarningErrorCode, string]>([
    [
      'a step out of order',
      through(M.RECTIFY_DEADLINE, K.INVESTIGATED),
      [M.RECTIFY_DEADLINE, K.PRE_REVIEWED, { approval: true }],
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
      '“限期改正”处置的下一步应为“两名正式党员谈话”或“材料归档”，不能登记“基层党委预审”',
    ],
    [
      'a first step other than the proposal',
      [],
      [M.RECTIFY_DEADLINE, K.INVESTIGATED, {}],
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
      '“限期改正”处置的下一步应为“支委会提出处置意见并报基层党委备案”，不能登记“调查核实”',
    ],
    [
      'a step twice',
      through(M.RECTIFY_DEADLINE, K.PROPOSED),
      [M.RECTIFY_DEADLINE, K.PROPOSED, {}],
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
      '“限期改正”处置的下一步应为“调查核实”或“材料归档”，不能登记“支委会提出处置意见并报基层党委备案”',
    ],
    [
      'a talk by one member',
      through(M.REMOVAL, K.INVESTIGATED),
      [M.REMOVAL, K.TALKED, { participants: ['张三', ' 张三 '] }],
      WarningErrorCode.INVALID_WARNING_INPUT,
      '须由两名正式党员与本人谈话，请填写两名谈话人',
    ],
    [
      '劝退 without the upper opinion',
      through(M.ADVISE_WITHDRAWAL, K.TALKED),
      [M.ADVISE_WITHDRAWAL, K.PRE_REVIEWED, { upperOpinion: ' ' }],
      WarningErrorCode.INVALID_WARNING_INPUT,
      '“劝其退党”须有上一级党组织组织部门的书面意见，请填写其意见',
    ],
    [
      'a pre-review with no decision',
      through(M.RECTIFY_DEADLINE, K.TALKED),
      [M.RECTIFY_DEADLINE, K.PRE_REVIEWED, { approval: null }],
      WarningErrorCode.INVALID_WARNING_INPUT,
      '请填写基层党委预审是否同意',
    ],
    [
      'a vote on the proposal',
      [],
      [M.RECTIFY_DEADLINE, K.PROPOSED, { vote: carried }],
      WarningErrorCode.INVALID_WARNING_INPUT,
      '“支委会提出处置意见并报基层党委备案”不需要填写表决情况',
    ],
    [
      'an assembly with no vote',
      through(M.REMOVAL, K.PRE_REVIEWED),
      [M.REMOVAL, K.ASSEMBLY_VOTED, { vote: null }],
      WarningErrorCode.INVALID_WARNING_INPUT,
      '请填写党员大会的表决情况',
    ],
    [
      '劝退 notified with no answer',
      through(M.ADVISE_WITHDRAWAL, K.APPROVED),
      [M.ADVISE_WITHDRAWAL, K.NOTIFIED, { result: null }],
      WarningErrorCode.INVALID_WARNING_INPUT,
      '请填写本人是否同意退党',
    ],
    [
      'a review before the period ends',
      through(M.RECTIFY_DEADLINE, K.NOTIFIED),
      [M.RECTIFY_DEADLINE, K.RECTIFICATION_REVIEWED, { decidedOn: '2025-09-07', result: true }],
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
      '限期改正至 2025-09-08 期满，期满后才能评估是否转变',
    ],
    [
      'a period over a year',
      through(M.RECTIFY_DEADLINE, K.ASSEMBLY_VOTED),
      [M.RECTIFY_DEADLINE, K.APPROVED, { decidedOn: '2025-03-20', rectifyUntil: '2026-03-21' }],
      WarningErrorCode.INVALID_WARNING_INPUT,
      '限期改正的期限一般为六个月，最长不超过一年（2025-03-21 至 2026-03-20），收到 2026-03-21',
    ],
    [
      'a day before the last step',
      through(M.REMOVAL, K.PROPOSED),
      [M.REMOVAL, K.INVESTIGATED, { decidedOn: '2025-01-31' }],
      WarningErrorCode.INVALID_WARNING_INPUT,
      '“调查核实”的日期（2025-01-31）不能早于上一步骤或转入处置的日期（2025-02-01）',
    ],
    [
      'a day in the future',
      [],
      [M.REMOVAL, K.PROPOSED, { decidedOn: '2026-07-01' }],
      WarningErrorCode.INVALID_WARNING_INPUT,
      '“支委会提出处置意见并报基层党委备案”的日期（2026-07-01）不能晚于今天（2026-06-30）',
    ],
    [
      'archiving early with no reason',
      through(M.REMOVAL, K.TALKED),
      [M.REMOVAL, K.ARCHIVED, {}],
      WarningErrorCode.INVALID_WARNING_INPUT,
      '“除名”处置尚未走完（下一步应为“基层党委预审”），提前归档请在备注中写明终止原因',
    ],
  ])('refuses %s', (_what, before, [measure, step, extra], code, message) => {
    const taken = take(full, before);
    expect(refusal(() => take(full, [[measure, step, extra]], taken))).toEqual({ code, message });
  });

  it.each<[string, DisposalCaseFacts, M, string]>([
    [
      '劝退 for a probationary member',
      probationary,
      M.ADVISE_WITHDRAWAL,
      '预备党员只能延长预备期或取消预备党员资格，不能作“劝其退党”处置',
    ],
    [
      '除名 for a probationary member',
      probationary,
      M.REMOVAL,
      '预备党员只能延长预备期或取消预备党员资格，不能作“除名”处置',
    ],
    [
      'an extension for a full member',
      full,
      M.PROBATION_EXTENDED,
      '延长预备期、取消预备党员资格只适用于预备党员，不能作“延长预备期”处置',
    ],
    [
      'any measure for an activist',
      { ...full, memberKind: 'ACTIVIST' },
      M.RECTIFY_DEADLINE,
      '入党积极分子不适用不合格党员处置程序，不能作“限期改正”处置',
    ],
    [
      'a case not escalated',
      { ...full, status: WarningCaseStatus.RECTIFYING },
      M.RECTIFY_DEADLINE,
      '双预警尚未转入不合格党员处置程序（现为“限期整改中”）',
    ],
  ])('refuses %s', (_what, c, measure, message) => {
    expect(refusal(() => take(c, [[measure, K.PROPOSED]]))).toEqual({
      code: WarningErrorCode.DISPOSAL_STEP_REFUSED,
      message,
    });
  });
});
