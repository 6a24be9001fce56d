import { disposalsOf, measuresFor, measuresOpen, StepFacts, stepsOf } from './disposal-rules';
import { checkDisposalStep, checkVote, DisposalCaseFacts, DisposalStepInput, DisposalVote } from './disposal-step';
import { WarningErrorCode } from './warning-error';
import { DisposalMeasure as M, DisposalStepKind as K, WarningCaseStatus } from './warning-rules';

const TODAY = '2026-06-30';
const full: DisposalCaseFacts = { status: WarningCaseStatus.ESCALATED, memberKind: 'FULL', outcomeOn: '2025-01-10' };
const probationary: DisposalCaseFacts = { ...full, memberKind: 'PROBATIONARY' };
const carried: DisposalVote = { eligible: 20, present: 15, inFavour: 9, against: 4, abstain: 2, memberSpoke: true };

function refusal(run: () => unknown): { code: string; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    const e = error as { code: string; message: string };
    return { code: e.code, message: e.message };
  }
}

/** What each step needs by default, so that a table lists only what it is about. */
function defaults(measure: M, step: K): Partial<DisposalStepInput> {
  switch (step) {
    case K.TALKED:
      return { participants: ['张三', '李四'] };
    case K.PRE_REVIEWED:
      return { approval: true, upperOpinion: measure === M.ADVISE_WITHDRAWAL || measure === M.REMOVAL ? '同意' : null };
    case K.ASSEMBLY_VOTED:
      return { vote: carried };
    case K.APPROVED:
      return { approval: true };
    case K.NOTIFIED:
      return measure === M.ADVISE_WITHDRAWAL ? { result: true } : {};
    case K.APPEALED:
      return { result: false };
    case K.RECTIFICATION_REVIEWED:
      return { result: false };
    default:
      return {};
  }
}

/** Records steps one after another (a week apart from 2025-02-01), as the service would; returns what was taken. */
function take(c: DisposalCaseFacts, list: [M, K, Partial<DisposalStepInput>?][], taken: StepFacts[] = []): StepFacts[] {
  const steps = [...taken];
  for (const [measure, step, extra] of list) {
    const last = steps.length ? steps[steps.length - 1].decidedOn : '2025-02-01';
    const decidedOn = extra?.decidedOn ?? (steps.length ? addWeek(last) : last);
    steps.push(
      checkDisposalStep(
        c,
        steps,
        { measure, step, decidedBy: '党支部委员会', decidedOn, ...defaults(measure, step), ...extra },
        TODAY,
      ),
    );
  }
  return steps;
}
const addWeek = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);

const through = (measure: M, last: K): [M, K][] => {
  const order: K[] = stepsOf(measure).filter((s) => s !== K.APPEALED);
  return order.slice(0, order.indexOf(last) + 1).map((s) => [measure, s]);
};

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

describe('one disposal per case and matter', () => {
  const rectified = (changed: boolean) =>
    take(full, [
      ...through(M.RECTIFY_DEADLINE, K.NOTIFIED),
      [M.RECTIFY_DEADLINE, K.RECTIFICATION_REVIEWED, { decidedOn: '2025-09-20', result: changed }],
      [M.RECTIFY_DEADLINE, K.ARCHIVED],
    ]);

  it('refuses a second measure while one is under way', () => {
    const running = take(full, through(M.RECTIFY_DEADLINE, K.TALKED));
    expect(refusal(() => take(full, [[M.REMOVAL, K.PROPOSED]], running))).toEqual({
      code: WarningErrorCode.DISPOSAL_STEP_REFUSED,
      message: '“限期改正”处置尚未办结（归档），不能另行启动处置',
    });
  });

  it('after 限期改正 with no change allows 劝其退党 only, once', () => {
    const steps = rectified(false);
    expect(measuresOpen(full.status, 'FULL', disposalsOf(steps)).measures).toEqual([M.ADVISE_WITHDRAWAL]);
    expect(refusal(() => take(full, [[M.REMOVAL, K.PROPOSED]], steps))?.code).toBe(
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
    );
    expect(refusal(() => take(full, [[M.RECTIFY_DEADLINE, K.PROPOSED]], steps))?.message).toBe(
      '“限期改正”处置已归档，不能再登记步骤',
    );
    const advised = take(full, [[M.ADVISE_WITHDRAWAL, K.PROPOSED]], steps);
    expect(disposalsOf(advised).map((d) => d.measure)).toEqual([M.RECTIFY_DEADLINE, M.ADVISE_WITHDRAWAL]);
  });

  it('after 劝其退党 refused by the member allows 除名; after agreement nothing', () => {
    const advise = (agrees: boolean) =>
      take(full, [
        ...through(M.ADVISE_WITHDRAWAL, K.APPROVED),
        [M.ADVISE_WITHDRAWAL, K.NOTIFIED, { result: agrees }],
        [M.ADVISE_WITHDRAWAL, K.ARCHIVED],
      ]);
    expect(measuresOpen(full.status, 'FULL', disposalsOf(advise(false))).measures).toEqual([M.REMOVAL]);
    expect(measuresOpen(full.status, 'FULL', disposalsOf(advise(true)))).toEqual({
      measures: [],
      reason: '本人已同意退党，本案不再处置',
    });
  });

  it('after an extended probation allows its cancellation', () => {
    const extended = take(probationary, [
      ...through(M.PROBATION_EXTENDED, K.NOTIFIED),
      [M.PROBATION_EXTENDED, K.ARCHIVED],
    ]);
    expect(extended.find((s) => s.step === K.APPROVED)?.rectifyUntil).toBe('2025-09-08');
    expect(measuresOpen(probationary.status, 'PROBATIONARY', disposalsOf(extended)).measures).toEqual([
      M.PROBATION_CANCELLED,
    ]);
  });

  it('stops when the upper level does not agree, and then allows another measure', () => {
    const refused = take(full, [
      ...through(M.REMOVAL, K.TALKED),
      [M.REMOVAL, K.PRE_REVIEWED, { approval: false, upperOpinion: '事实不清' }],
    ]);
    expect(disposalsOf(refused)[0]).toMatchObject({ stopped: true, nextSteps: [K.ARCHIVED] });
    const archived = take(full, [[M.REMOVAL, K.ARCHIVED]], refused);
    expect(disposalsOf(archived)[0]).toMatchObject({ finished: true, terminated: true });
    expect(measuresOpen(full.status, 'FULL', disposalsOf(archived)).measures).toEqual([
      M.RECTIFY_DEADLINE,
      M.ADVISE_WITHDRAWAL,
    ]);
  });

  it('archives early with a reason, as terminated', () => {
    const steps = take(full, [
      ...through(M.REMOVAL, K.PRE_REVIEWED),
      [M.REMOVAL, K.ARCHIVED, { note: '表决未获通过，终止处置' }],
    ]);
    expect(disposalsOf(steps)[0]).toMatchObject({ finished: true, terminated: true });
  });
});

describe('the assembly vote', () => {
  it.each<[DisposalVote]>([
    [carried],
    [{ eligible: 9, present: 5, inFavour: 3, against: 2, abstain: 0, memberSpoke: false }],
  ])('accepts %j', (vote) => {
    expect(checkVote(vote)).toEqual(vote);
  });

  it.each<[Partial<DisposalVote>, WarningErrorCode, string]>([
    [
      { eligible: 20, present: 10, inFavour: 6, against: 4, abstain: 0 },
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
      '有表决权的党员 20 人，到会 10 人，未超过半数，表决无效；请另行召开党员大会',
    ],
    [
      { present: 16, inFavour: 8, against: 6, abstain: 2 },
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
      '到会 16 人，赞成 8 人（反对 6、弃权 2），未超过到会人数的半数，处置未获通过；如终止本次处置，请归档并写明原因',
    ],
    [{ present: 21 }, WarningErrorCode.INVALID_WARNING_INPUT, '到会 21 人，多于有表决权的党员 20 人'],
    [
      { inFavour: 10, against: 4, abstain: 2 },
      WarningErrorCode.INVALID_WARNING_INPUT,
      '赞成 10、反对 4、弃权 2，合计多于到会的 15 人',
    ],
    [{ present: 12.5 }, WarningErrorCode.INVALID_WARNING_INPUT, '表决人数应为不小于 0 的整数，有表决权的党员至少 1 人'],
  ])('refuses %j', (change, code, message) => {
    expect(refusal(() => checkVote({ ...carried, ...change }))).toEqual({ code, message });
  });
});
