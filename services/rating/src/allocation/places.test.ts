import { Rounding } from './allocation-types';
import { placesFor } from './places';

describe('placesFor', () => {
  it.each<[number, number, Rounding, number, number, string]>([
    [20, 10, 'HALF_UP', 2, 2, '20 人 × 10% = 2 人，四舍五入为 2 个名额'],
    [20, 15, 'HALF_UP', 3, 3, '20 人 × 15% = 3 人，四舍五入为 3 个名额'],
    [20, 20, 'HALF_UP', 4, 4, '20 人 × 20% = 4 人，四舍五入为 4 个名额'],
    [13, 15, 'HALF_UP', 1.95, 2, '13 人 × 15% = 1.95 人，四舍五入为 2 个名额'],
    [13, 15, 'DOWN', 1.95, 1, '13 人 × 15% = 1.95 人，向下取整为 1 个名额'],
    [13, 15, 'UP', 1.95, 2, '13 人 × 15% = 1.95 人，向上取整为 2 个名额'],
    [5, 10, 'HALF_UP', 0.5, 1, '5 人 × 10% = 0.5 人，四舍五入为 1 个名额'],
    [5, 10, 'DOWN', 0.5, 0, '5 人 × 10% = 0.5 人，向下取整为 0 个名额'],
    [5, 10, 'UP', 0.5, 1, '5 人 × 10% = 0.5 人，向上取整为 1 个名额'],
    [7, 14.29, 'HALF_UP', 1.0003, 1, '7 人 × 14.29% = 1.0003 人，四舍五入为 1 个名额'],
    [7, 14.29, 'UP', 1.0003, 2, '7 人 × 14.29% = 1.0003 人，向上取整为 2 个名额'],
    [3, 0.01, 'UP', 0.0003, 1, '3 人 × 0.01% = 0.0003 人，向上取整为 1 个名额'],
    [0, 10, 'UP', 0, 0, '0 人 × 10% = 0 人，向上取整为 0 个名额'],
    [30, 0, 'UP', 0, 0, '30 人 × 0% = 0 人，向上取整为 0 个名额'],
  ])('%i 人 × %d%% (%s) → exact %d, %i places', (count, percent, rounding, exact, places, explanation) => {
    expect(placesFor(count, percent, rounding)).toEqual({ exact, places, explanation });
  });

  it.each<[number, number, number]>([
    // 14.35 × 100 is 1434.9999… in floating point; in hundredths it is exactly 1435.
    [10, 14.35, 1],
    [100, 14.35, 14],
    [200, 12.25, 25],
    [2, 12.25, 0],
    [4, 12.5, 1],
  ])('half up is exact in hundredths: %i × %d%% → %i', (count, percent, places) => {
    expect(placesFor(count, percent, 'HALF_UP').places).toBe(places);
  });

  it('never goes below 0', () => {
    expect(placesFor(10, -10, 'UP').places).toBe(0);
    expect(placesFor(10, -4, 'HALF_UP').places).toBe(0);
  });

  it.each([-1, 2.5, Number.NaN])('refuses a count of %s', (count) => {
    expect(() => placesFor(count, 10, 'HALF_UP')).toThrow(RangeError);
  });
});
