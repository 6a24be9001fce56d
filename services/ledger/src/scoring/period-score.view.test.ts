import type { ScoreResult } from '@jifen/rules';
import { PeriodScoreRecord } from './period-score.storage';
import { asPublished, componentOfRule, periodScoreView } from './period-score.view';
import { ScoreState } from './score-state';

const result = {
  period: {
    key: '2024-Q1',
    kind: 'QUARTER',
    start: '2024-01-01',
    end: '2024-03-31',
    through: '2024-03-31',
    complete: true,
    toDate: false,
  },
  status: 'SCORED',
  total: 27.5,
  components: [
    {
      code: 'base',
      label: '基础分',
      kind: 'EARNED',
      group: null,
      score: 7.5,
      weight: 1,
      contribution: 7.5,
      sections: [],
      items: [{ code: 'dues', label: '党费', points: 7.5, counted: ['e-1'], excluded: [] }],
    },
  ],
  veto: { code: 'crime', label: '违法犯罪', date: '2024-02-01' },
  forcedGrade: null,
  graded: true,
  grade: { code: 'FAIL', name: '不合格' },
  selectionCandidate: null,
  consequences: [{ code: 'DISPOSAL', label: '处置' }],
  eligibilities: [{ code: 'honours', label: '评优', status: 'NOT_ELIGIBLE', reason: '一票否决', maxRewardYuan: null }],
  star: { eligible: false, base: 7.5, total: 27.5, reasons: ['共性分不足 50'] },
  awardBasis: [],
  reviewPending: false,
  explanation: [{ rule: 'veto', text: '一票否决：违法犯罪', entryIds: ['e-1'] }],
} as unknown as ScoreResult;

const record: PeriodScoreRecord = {
  memberId: 'm-2',
  periodKey: '2024-Q1',
  districtId: 'd',
  branchId: 'b',
  schemeVersionId: 'v',
  periodKind: 'QUARTER',
  periodStart: '2024-01-01',
  periodEnd: '2024-03-31',
  status: 'SCORED',
  state: ScoreState.PUBLISHED,
  total: 27.5,
  gradeCode: 'FAIL',
  gradeName: '不合格',
  result,
  rank: { position: 3, of: 12, tied: 2 },
  computedAt: '2024-04-03T00:00:00.000Z',
};

describe("a member's own score", () => {
  it('shows the eligibilities, the candidate band and the place in the branch as typed fields', () => {
    const view = periodScoreView(record);
    expect(view.eligibilities).toEqual([
      { code: 'honours', label: '评优', status: 'NOT_ELIGIBLE', reason: '一票否决', maxRewardYuan: null },
    ]);
    expect(view.selectionCandidate).toBeNull();
    expect(view.rank).toEqual({ position: 3, of: 12, tied: 2 });
    expect(periodScoreView({ ...record, rank: { position: 1, of: 12 } }).rank).toEqual({
      position: 1,
      of: 12,
      tied: 1,
    });
    expect(periodScoreView({ ...record, rank: null }).rank).toBeNull();
  });
});

describe("another member's published score", () => {
  it('keeps what the publicity list shows: the total, the grade and how final it is', () => {
    const view = periodScoreView(asPublished(record));
    expect(view).toMatchObject({
      memberId: 'm-2',
      period: '2024-Q1',
      total: 27.5,
      grade: { code: 'FAIL', name: '不合格' },
      state: ScoreState.PUBLISHED,
      status: 'SCORED',
      graded: true,
    });
  });

  it('leaves out whatever leads to their entries, conditions, consequences or eligibility', () => {
    const view = periodScoreView(asPublished(record));
    expect(view).toMatchObject({
      components: [],
      explanation: [],
      veto: null,
      forcedGrade: null,
      consequences: [],
      eligibilities: [],
      selectionCandidate: null,
      star: null,
    });
    // the publicity list is a ranking: the place stays
    expect(view.rank).toEqual({ position: 3, of: 12, tied: 2 });
    expect(JSON.stringify(view.detail)).not.toMatch(/e-1|违法犯罪|处置|评优|共性分/);
  });
});

describe('the component a step of the explanation belongs to', () => {
  const components = [
    { code: 'daily', label: '日常考核积分' },
    { code: 'daily2', label: '日常考核' },
    { code: 'review', label: '年度评议' },
  ];
  it.each([
    ['日常考核积分', 'daily'],
    ['日常考核积分 › 无故缺勤', 'daily'],
    ['日常考核积分 › 学习 › 无故缺勤', 'daily'],
    ['日常考核 › 迟到', 'daily2'],
    ['年度评议', 'review'],
    ['总分', null],
    ['2024年总分', null],
    ['一票否决 › 违法犯罪', null],
  ])('%s → %s', (rule, code) => {
    expect(componentOfRule(rule, components)).toBe(code);
  });
});
