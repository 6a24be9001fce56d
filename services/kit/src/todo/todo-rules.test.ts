import { Caller, Role } from '../context/caller';
import { Right } from '../rights/right';
import { periodName, TodoCount, todoItems, TodoKind, todoKindsFor, todoLabel } from './todo-rules';

const township = 'd1.t1';
const branch = 'd1.t1.b1';
const as = (role: Role, scopePath: string | null, rights?: Right[]): Caller => ({
  role,
  scopePath,
  subject: 's',
  ...(rights ? { rights } : {}),
});
const K = TodoKind;

describe('which 待办 kinds a caller gets on a node', () => {
  it.each<[string, Caller, string, TodoKind[]]>([
    [
      'a township committee on its own node: approvals, runs, warnings',
      as(Role.TOWNSHIP, township),
      township,
      [K.FILING_TO_APPROVE, K.RUN_TO_CONFIRM, K.INTERVIEW_OVERDUE, K.DISPOSAL_STALLED, K.APPEAL_TO_DECIDE],
    ],
    [
      'a district on a township below it: the same',
      as(Role.DISTRICT, 'd1'),
      township,
      [K.FILING_TO_APPROVE, K.RUN_TO_CONFIRM, K.INTERVIEW_OVERDUE, K.DISPOSAL_STALLED, K.APPEAL_TO_DECIDE],
    ],
    [
      'a branch secretary on its branch: reviews, objections, windows and its warning follow-up',
      as(Role.BRANCH_SECRETARY, branch),
      branch,
      [K.INTERVIEW_OVERDUE, K.DISPOSAL_STALLED, K.DECLARATION_TO_REVIEW, K.OBJECTION_TO_ANSWER, K.WINDOW_ENDING],
    ],
    [
      'a recorder: only the warning follow-up it may record',
      as(Role.BRANCH_RECORDER, branch),
      branch,
      [K.INTERVIEW_OVERDUE, K.DISPOSAL_STALLED],
    ],
    ['a member: nothing', as(Role.MEMBER, branch), branch, []],
    ['a secretary on the township above: out of scope', as(Role.BRANCH_SECRETARY, branch), township, []],
    ['a township on a sibling township: out of scope', as(Role.TOWNSHIP, 'd1.t2'), township, []],
    [
      'a township key issued with READ and RATE: runs only',
      as(Role.TOWNSHIP, township, [Right.READ, Right.RATE]),
      township,
      [K.RUN_TO_CONFIRM],
    ],
    ['no one signed in: nothing', as(Role.ANONYMOUS, 'anonymous'), township, []],
  ])('%s', (_case, caller, path, kinds) => {
    expect(todoKindsFor(caller, path)).toEqual(kinds);
  });
});

describe('待办 labels', () => {
  it.each<[TodoKind, number, string | null, string]>([
    [K.FILING_TO_APPROVE, 3, null, '3 份积分方案待审批'],
    [K.RUN_TO_CONFIRM, 1, '2024-H1', '2024 年度第 1 个半年评星定级：1 个预览待确认'],
    [K.RUN_TO_CONFIRM, 2, '2024', '2024 年度评星定级：2 个预览待确认'],
    [K.INTERVIEW_OVERDUE, 4, null, '4 名预警党员约谈逾期'],
    [K.DISPOSAL_STALLED, 1, null, '1 件处置案件进展逾期'],
    [K.APPEAL_TO_DECIDE, 2, null, '2 件积分申诉待处理'],
    [K.DECLARATION_TO_REVIEW, 12, null, '12 条积分申报待初评'],
    [K.OBJECTION_TO_ANSWER, 1, null, '1 件异议待答复'],
    [K.WINDOW_ENDING, 2, null, '2 个公示 3 天内期满或已期满，期满后请确认结果'],
  ])('%s × %d (%s)', (kind, count, periodKey, label) => {
    expect(todoLabel({ kind, count, periodKey })).toBe(label);
  });

  it('names a period key as people say it, and keeps what is not one', () => {
    expect(periodName('2025-Q3')).toBe('2025 年度第 3 季度');
    expect(periodName('2025-M05')).toBe('2025 年度第 5 个月');
    expect(periodName('next')).toBe('next');
  });
});

describe('todoItems', () => {
  const count = (kind: TodoKind, n: number, periodKey: string | null = null): TodoCount => ({
    kind,
    count: n,
    oldestSince: '2026-01-02',
    dueOn: null,
    targetId: 'x',
    periodKey,
  });

  it('keeps the kinds the caller gets, drops empty counts, orders by kind then period, and labels each', () => {
    const items = todoItems(
      [
        count(K.APPEAL_TO_DECIDE, 1),
        count(K.DECLARATION_TO_REVIEW, 5),
        count(K.RUN_TO_CONFIRM, 1, '2026-H1'),
        count(K.RUN_TO_CONFIRM, 1, '2025'),
        count(K.FILING_TO_APPROVE, 0),
      ],
      [K.FILING_TO_APPROVE, K.RUN_TO_CONFIRM, K.APPEAL_TO_DECIDE],
    );
    expect(items.map((i) => [i.kind, i.periodKey, i.label])).toEqual([
      [K.RUN_TO_CONFIRM, '2025', '2025 年度评星定级：1 个预览待确认'],
      [K.RUN_TO_CONFIRM, '2026-H1', '2026 年度第 1 个半年评星定级：1 个预览待确认'],
      [K.APPEAL_TO_DECIDE, null, '1 件积分申诉待处理'],
    ]);
  });
});
