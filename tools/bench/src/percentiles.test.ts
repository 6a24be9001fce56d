import { latencyOf, ms } from './percentiles';

describe('latency percentiles', () => {
  it('takes nearest-rank percentiles of unsorted samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latencyOf(samples)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100, mean: 50.5 });
  });

  it('gives the one sample for every percentile of a single run', () => {
    expect(latencyOf([7])).toMatchObject({ p50: 7, p95: 7, p99: 7, max: 7 });
  });

  it('reports nothing measured as not-a-number and prints it as a dash', () => {
    expect(latencyOf([]).count).toBe(0);
    expect(ms(latencyOf([]).p95)).toBe('—');
    expect(ms(0.456)).toBe('0.46');
    expect(ms(12.34)).toBe('12.3');
  });
});
