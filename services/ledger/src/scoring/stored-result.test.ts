import type { ScoreResult } from '@jifen/rules';
import { joinResult, splitResult } from './stored-result';

const result: ScoreResult = {
  period: {
    key: '2025-Q1',
    kind: 'QUARTER',
    start: '2025-01-01',
    end: '2025-03-31',
    through: '2025-03-31',
    complete: true,
    toDate: false,
  },
  status: 'SCORED',
  total: 86.5,
  components: [
    {
      code: 'study',
      label: '参加学习培训',
      kind: 'DEDUCTED',
      group: '基础积分',
      score: 18,
      weight: 1,
      contribution: 18,
      sections: [],
      items: [{ code: 'absence', label: '无故缺勤', points: 2, counted: ['e1'], excluded: [] }],
    },
  ],
  veto: null,
  forcedGrade: null,
  graded: false,
  grade: null,
  selectionCandidate: null,
  consequences: [],
  eligibilities: [{ code: 'reward', label: '积分奖励', status: 'ELIGIBLE', reason: '达到 80 分', maxRewardYuan: 200 }],
  star: null,
  awardBasis: [{ code: 'quarter', label: '季度贡献积分', value: 6.5 }],
  reviewPending: false,
  explanation: [{ rule: '参加学习培训 › 无故缺勤', text: '每次 2 分，计 2 分', entryIds: ['e1'] }],
};

describe('stored results', () => {
  it('keeps the components and the explanation apart from the headline, and joins them back to the same result', () => {
    const { headline, detail } = splitResult(result);
    expect(headline).not.toHaveProperty('components');
    expect(headline).not.toHaveProperty('explanation');
    expect(headline.eligibilities).toEqual(result.eligibilities);
    expect(Object.keys(detail).sort()).toEqual(['components', 'explanation']);
    // Through storage, as the database gives them back.
    const stored = JSON.parse(JSON.stringify({ headline, detail }));
    expect(joinResult(stored.headline, stored.detail)).toEqual(result);
  });

  it('reads a headline without its detail as a result with no components and no explanation', () => {
    const { headline } = splitResult(result);
    const lean = joinResult(headline, null);
    expect(lean.components).toEqual([]);
    expect(lean.explanation).toEqual([]);
    expect(lean.total).toBe(86.5);
    expect(lean.eligibilities).toEqual(result.eligibilities);
  });
});
