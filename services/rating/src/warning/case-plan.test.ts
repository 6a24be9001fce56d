import { CaseFacts, CaseChange, planCaseChanges, ResultFacts, triggerNote, triggerOf } from './case-plan';
import { WarningCaseStatus as S } from './warning-rules';

/** A run of 2026-H2 (the period before: 2026-H1). Member ids are short names; the plan compares them only. */
const P = '2026-H2';
const PREV = '2026-H1';

const rated = (memberId: string, total: number, more: Partial<ResultFacts> = {}): ResultFacts => ({
  memberId,
  memberKind: 'FULL',
  status: 'RATED',
  total,
  warning: total < 50 ? 'SCORE_BELOW_50' : null,
  consequences: [],
  warningLine: total < 50 ? '总分低于 50 分，实行“双预警”' : null,
  ...more,
});
const UNQUALIFIED = { code: 'DISPOSAL', label: '不合格：纳入不合格党员处置范围' };
const TWO_YEARS = { code: 'DISPOSAL', label: '连续两年基本合格：纳入不合格党员处置范围' };
const CANCEL = { code: 'PROBATION_CANCELLED', label: '预备党员不合格：取消预备党员资格' };

const aCase = (id: string, memberId: string, more: Partial<CaseFacts> = {}): CaseFacts => ({
  id,
  memberId,
  periodKey: PREV,
  warnedPeriods: [PREV],
  status: S.RECTIFYING,
  trigger: 'SCORE_BELOW_50',
  disposalStep: null,
  nextPeriodKey: null,
  ...more,
});

const plan = (results: ResultFacts[], cases: CaseFacts[], dropped: string[] = []): CaseChange[] =>
  planCaseChanges({ periodKey: P, previousKey: PREV, results, droppedMemberIds: dropped, cases });

describe('what a confirmed run does to cases', () => {
  it.each<[string, ResultFacts[], CaseFacts[], CaseChange[]]>([
    [
      'a case of H1 gets the H2 total (63): no new case',
      [rated('m1', 63)],
      [aCase('c1', 'm1')],
      [
        {
          kind: 'NEXT',
          caseId: 'c1',
          next: { total: 63, disposal: null },
          warnedPeriods: [PREV],
          warned: null,
          hadNext: false,
        },
      ],
    ],
    [
      'a member warned again in H2 (41) continues the same case, its periods H1 and H2',
      [rated('m1', 41)],
      [aCase('c1', 'm1', { status: S.OPEN })],
      [
        {
          kind: 'NEXT',
          caseId: 'c1',
          next: { total: 41, disposal: null },
          warnedPeriods: [PREV, P],
          warned: 'AGAIN',
          hadNext: false,
        },
      ],
    ],
    [
      'a correction of H2 that lifts the member to 52 takes H2 off the case and records 52',
      [rated('m1', 52)],
      [aCase('c1', 'm1', { warnedPeriods: [PREV, P], nextPeriodKey: P })],
      [
        {
          kind: 'NEXT',
          caseId: 'c1',
          next: { total: 52, disposal: null },
          warnedPeriods: [PREV],
          warned: 'NO_LONGER',
          hadNext: true,
        },
      ],
    ],
    [
      'a decided case of H1 is left alone; the member warned in H2 gets a case of H2',
      [rated('m1', 30)],
      [aCase('c1', 'm1', { status: S.IMPROVED })],
      [{ kind: 'OPEN', memberId: 'm1', trigger: 'SCORE_BELOW_50', note: '总分低于 50 分，实行“双预警”' }],
    ],
    [
      'a case whose last period is H2 (warned H1 and H2) is the one H2 corrections update, not a case of H0',
      [rated('m1', 45)],
      [aCase('c1', 'm1', { periodKey: '2025-H2', warnedPeriods: ['2025-H2', PREV] })],
      [
        {
          kind: 'NEXT',
          caseId: 'c1',
          next: { total: 45, disposal: null },
          warnedPeriods: ['2025-H2', PREV, P],
          warned: 'AGAIN',
          hadNext: false,
        },
      ],
    ],
    [
      'an exempt member: the case gets no figure',
      [rated('m1', 0, { status: 'EXEMPT', total: null, warning: null, warningLine: null })],
      [aCase('c1', 'm1')],
      [{ kind: 'NEXT', caseId: 'c1', next: null, warnedPeriods: [PREV], warned: null, hadNext: false }],
    ],
  ])('%s', (_, results, cases, changes) => {
    expect(plan(results, cases)).toEqual(changes);
  });

  it.each<[string, ResultFacts[], CaseFacts[], CaseChange[]]>([
    [
      '不合格 at 55 (no warning): a disposal case',
      [rated('m1', 55, { consequences: [UNQUALIFIED] })],
      [],
      [
        {
          kind: 'OPEN',
          memberId: 'm1',
          trigger: 'DISPOSAL_CONSEQUENCE',
          note: '评定结果运用：不合格：纳入不合格党员处置范围',
        },
      ],
    ],
    [
      '不合格 at 32, also warned: one disposal case naming both',
      [rated('m1', 32, { consequences: [UNQUALIFIED] })],
      [],
      [
        {
          kind: 'OPEN',
          memberId: 'm1',
          trigger: 'DISPOSAL_CONSEQUENCE',
          note: '评定结果运用：不合格：纳入不合格党员处置范围；总分低于 50 分，实行“双预警”',
        },
      ],
    ],
    [
      '基本合格 two years running (65): a disposal case',
      [rated('m1', 65, { consequences: [{ code: 'TALK', label: '基本合格：谈心谈话' }, TWO_YEARS] })],
      [],
      [
        {
          kind: 'OPEN',
          memberId: 'm1',
          trigger: 'DISPOSAL_CONSEQUENCE',
          note: '评定结果运用：连续两年基本合格：纳入不合格党员处置范围',
        },
      ],
    ],
    [
      'a probationary member 不合格: a disposal case (probation cancelled or extended)',
      [rated('m1', 40, { memberKind: 'PROBATIONARY', consequences: [CANCEL], warning: null, warningLine: null })],
      [],
      [
        {
          kind: 'OPEN',
          memberId: 'm1',
          trigger: 'DISPOSAL_CONSEQUENCE',
          note: '评定结果运用：预备党员不合格：取消预备党员资格',
        },
      ],
    ],
    [
      'an activist with a disposal code: no case (activists are not disposed of)',
      [rated('m1', 70, { memberKind: 'ACTIVIST', consequences: [UNQUALIFIED] })],
      [],
      [],
    ],
    [
      'a member with an undecided case of H1 and 不合格 in H2: the same case, with the disposal on its next figures',
      [rated('m1', 55, { consequences: [UNQUALIFIED] })],
      [aCase('c1', 'm1')],
      [
        {
          kind: 'NEXT',
          caseId: 'c1',
          next: { total: 55, disposal: '不合格：纳入不合格党员处置范围' },
          warnedPeriods: [PREV, P],
          warned: 'AGAIN',
          hadNext: false,
        },
      ],
    ],
  ])('%s', (_, results, cases, changes) => {
    expect(plan(results, cases)).toEqual(changes);
  });

  const own = (more: Partial<CaseFacts>) => aCase('c2', 'm1', { periodKey: P, warnedPeriods: [P], ...more });
  it.each<[string, ResultFacts[], CaseFacts[], string[], CaseChange[]]>([
    [
      'corrected to 60: an undecided warning of H2 is withdrawn',
      [rated('m1', 60)],
      [own({ status: S.INTERVIEWED })],
      [],
      [{ kind: 'WITHDRAW', caseId: 'c2', note: '更正后的评定不再触发双预警，自动撤销' }],
    ],
    ['corrected to 60: an escalated warning of H2 stays', [rated('m1', 60)], [own({ status: S.ESCALATED })], [], []],
    [
      'a member gone from the corrected run: the undecided warning is withdrawn',
      [],
      [own({ status: S.OPEN })],
      ['m1'],
      [{ kind: 'WITHDRAW', caseId: 'c2', note: '更正后的评定不再触发双预警，自动撤销' }],
    ],
    [
      'corrected to 70 without the consequence, no step taken: the disposal case is withdrawn',
      [rated('m1', 70)],
      [own({ status: S.ESCALATED, trigger: 'DISPOSAL_CONSEQUENCE' })],
      [],
      [{ kind: 'WITHDRAW', caseId: 'c2', note: '更正后的评定不再列入不合格党员处置范围，尚未办理处置步骤，自动撤销' }],
    ],
    [
      'corrected to 70 after a disposal step: kept, with a line saying so',
      [rated('m1', 70)],
      [own({ status: S.ESCALATED, trigger: 'DISPOSAL_CONSEQUENCE', disposalStep: 'PROPOSED' })],
      [],
      [
        {
          kind: 'KEEP',
          caseId: 'c2',
          note: '更正后的评定不再列入不合格党员处置范围；已办理处置步骤，本案不自动撤销，如终止处置请提前归档并写明原因',
        },
      ],
    ],
    [
      'corrected to 45 without the consequence, no step taken: the disposal case gives way to a dual warning afresh',
      [rated('m1', 45)],
      [own({ status: S.ESCALATED, trigger: 'DISPOSAL_CONSEQUENCE' })],
      [],
      [
        { kind: 'WITHDRAW', caseId: 'c2', note: '更正后的评定不再列入不合格党员处置范围，尚未办理处置步骤，自动撤销' },
        { kind: 'OPEN', memberId: 'm1', trigger: 'SCORE_BELOW_50', note: '总分低于 50 分，实行“双预警”' },
      ],
    ],
    [
      'corrected to 不合格: an undecided warning of H2 moves to the disposal stage',
      [rated('m1', 40, { consequences: [UNQUALIFIED] })],
      [own({ status: S.OPEN })],
      [],
      [
        {
          kind: 'UPGRADE',
          caseId: 'c2',
          note: '评定结果运用：不合格：纳入不合格党员处置范围；总分低于 50 分，实行“双预警”',
        },
      ],
    ],
    [
      'a withdrawn case of H2 triggered again: opened afresh',
      [rated('m1', 40)],
      [own({ status: S.WITHDRAWN })],
      [],
      [{ kind: 'OPEN', memberId: 'm1', trigger: 'SCORE_BELOW_50', note: '总分低于 50 分，实行“双预警”' }],
    ],
    ['confirmed again with the same result: nothing changes', [rated('m1', 40)], [own({ status: S.OPEN })], [], []],
  ])('%s', (_, results, cases, dropped, changes) => {
    expect(plan(results, cases, dropped)).toEqual(changes);
  });

  it('clears the H2 figures of a member a correction of H2 no longer holds', () => {
    expect(plan([], [aCase('c1', 'm1', { nextPeriodKey: P })], ['m1'])).toEqual([
      { kind: 'NEXT', caseId: 'c1', next: null, warnedPeriods: [PREV], warned: null, hadNext: true },
    ]);
  });

  it('leaves this period to a case of its own kept from before cases continued (no period counted twice)', () => {
    const ownH2 = aCase('c2', 'm1', { periodKey: P, warnedPeriods: [P], status: S.OPEN });
    expect(plan([rated('m1', 41)], [aCase('c1', 'm1'), ownH2])).toEqual([
      {
        kind: 'NEXT',
        caseId: 'c1',
        next: { total: 41, disposal: null },
        warnedPeriods: [PREV],
        warned: null,
        hadNext: false,
      },
    ]);
  });

  it('withdraws before it opens, so that a withdrawn row can be opened again in the same confirmation', () => {
    const changes = plan(
      [rated('a', 45), rated('b', 30)],
      [aCase('c', 'a', { periodKey: P, warnedPeriods: [P], status: S.ESCALATED, trigger: 'DISPOSAL_CONSEQUENCE' })],
    );
    expect(changes.map((c) => c.kind)).toEqual(['WITHDRAW', 'OPEN', 'OPEN']);
  });

  it('names what triggers a result', () => {
    expect(triggerOf(undefined)).toBeNull();
    expect(triggerOf(rated('m', 70))).toBeNull();
    expect(triggerOf(rated('m', 40))).toBe('SCORE_BELOW_50');
    expect(triggerOf(rated('m', 40, { consequences: [UNQUALIFIED] }))).toBe('DISPOSAL_CONSEQUENCE');
    expect(triggerNote(rated('m', 70, { warning: 'DIRECT_UNQUALIFIED', warningLine: null }))).toBe('双预警');
  });
});
