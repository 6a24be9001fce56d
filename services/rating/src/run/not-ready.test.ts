import { RatingErrorCode } from '../rating-error';
import { assertSomeoneRated, pendingByBranch } from './not-ready';
import { PendingScore } from './rating-inputs';
import { RunSummary } from './run.storage';

const p = (branchId: string, state: string, memberName = '某党员'): PendingScore => ({
  memberId: `${branchId}-${memberName}`,
  memberName,
  branchId,
  state,
});
const names = new Map([
  ['a', '东一村党支部'],
  ['b', '东二村党支部'],
]);

describe('the branches a run waits for', () => {
  it('counts every pending score per branch and state, the most first, and says why', () => {
    const pending = [
      p('b', 'PUBLISHED'),
      p('a', 'PUBLISHED'),
      p('a', 'HELD'),
      p('a', 'PROVISIONAL'),
      p('a', 'PUBLISHED'),
      p('c', 'PROVISIONAL'),
    ];
    expect(pendingByBranch(pending, names)).toEqual([
      {
        branchId: 'a',
        branchName: '东一村党支部',
        count: 4,
        provisional: 1,
        published: 2,
        held: 1,
        reason:
          '4 人的积分尚未确定：1 人有异议或申诉待处理；2 人公示中，公示期满后确定；1 人尚在申报、初评或党员大会评定中，未公示',
      },
      // Ties by name (Chinese collation): the unknown branch sorts by its placeholder.
      {
        branchId: 'c',
        branchName: '（未知党支部）',
        count: 1,
        provisional: 1,
        published: 0,
        held: 0,
        reason: '1 人的积分尚未确定：1 人尚在申报、初评或党员大会评定中，未公示',
      },
      {
        branchId: 'b',
        branchName: '东二村党支部',
        count: 1,
        provisional: 0,
        published: 1,
        held: 0,
        reason: '1 人的积分尚未确定：1 人公示中，公示期满后确定',
      },
    ]);
  });

  it('is empty when every score is final', () => {
    expect(pendingByBranch([], names)).toEqual([]);
  });
});

describe('a run that rates nobody', () => {
  const summary = (s: Partial<RunSummary>): RunSummary => ({
    scores: 0,
    rated: 0,
    exempt: 0,
    notGraded: 0,
    grades: [],
    levels: [],
    warnings: 0,
    units: 0,
    ...s,
  });

  it.each<[Partial<RunSummary>, string]>([
    [
      {},
      '本次评定没有评定等次的党员（“东镇党委”2026-H1 没有已确定的积分），确认后将成为本期现行评定而不公布任何结果；请检查评定范围和期间是否正确',
    ],
    [
      { scores: 5, exempt: 2, notGraded: 3 },
      '本次评定没有评定等次的党员（“东镇党委”2026-H1 已确定的 5 人中，2 人不纳入积分管理、3 人本期不评定等次），确认后将成为本期现行评定而不公布任何结果；请检查评定范围和期间是否正确',
    ],
  ])('is refused: %j', (s, message) => {
    expect(() => assertSomeoneRated(summary(s), '2026-H1', '东镇党委')).toThrow(
      expect.objectContaining({ code: RatingErrorCode.NOTHING_RATED, message }),
    );
  });

  it('lets a run with one member rated through', () => {
    expect(() => assertSomeoneRated(summary({ scores: 3, rated: 1, exempt: 2 }), '2026-H1', '东镇党委')).not.toThrow();
  });
});
