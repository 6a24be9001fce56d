import { starsChart, warningsChart } from './chart-options';
import type { NodeFigures } from './node-figures';

const child = (i: number): NodeFigures => ({
  id: `o${i}`,
  name: `第${i}村党支部`,
  level: 'BRANCH',
  membersScored: 10,
  membersExempt: 0,
  mean: 80,
  median: 80,
  finalScores: 10,
  pendingReviews: 0,
  openObjections: 0,
  runningWindows: 0,
  grades: [],
  distribution: [],
  rating: null,
});
const children = (count: number) => Array.from({ length: count }, (_, i) => child(i + 1));
const labelsOf = (spec: ReturnType<typeof starsChart>) =>
  (spec.option.xAxis as { axisLabel: { interval: number | string; rotate: number } }).axisLabel;

describe('the names under the charts of children', () => {
  it.each([
    [5, { interval: 0, rotate: 0 }],
    [7, { interval: 0, rotate: 30 }],
    [15, { interval: 0, rotate: 30 }],
    [16, { interval: 'auto', rotate: 30 }],
    [60, { interval: 'auto', rotate: 30 }],
  ])('for %i children: every name up to fifteen, turned past six; as many as fit beyond', (count, labels) => {
    expect(labelsOf(starsChart(children(count)))).toEqual(labels);
    expect(labelsOf(warningsChart(children(count)))).toEqual(labels);
  });

  it('keeps every child in the chart and in its 查看数据 table, named or not', () => {
    const spec = starsChart(children(60));
    expect((spec.option.xAxis as { data: string[] }).data).toHaveLength(60);
    expect(spec.data.rows.map((r) => r[0])).toEqual(children(60).map((c) => c.name));
  });
});
