import { divideRound, dividedBy, show, times, toTenths } from './tenths';

describe('tenths', () => {
  it.each([
    [874, '87.4'],
    [800, '80'],
    [5, '0.5'],
    [-15, '-1.5'],
    [0, '0'],
  ])('shows %d as %s', (t, text) => expect(show(t)).toBe(text));

  it.each([
    // 87.4 × 0.8 = 69.92 → 69.9; 86.7 × 0.2 = 17.34 → 17.3; 0.25 rounds up; 0.35 up
    [874, 0.8, 699],
    [867, 0.2, 173],
    [5, 0.5, 3],
    [7, 0.5, 4],
    [1000, 0.125, 125],
  ])('%d tenths × %d = %d tenths, half up', (t, f, expected) => expect(times(t, f)).toBe(expected));

  it('divides half away from zero', () => {
    expect(dividedBy(100, 3)).toBe(33); // 10 ÷ 3 = 3.33 → 3.3
    expect(dividedBy(50, 4)).toBe(13); // 5 ÷ 4 = 1.25 → 1.3
    expect(divideRound(-5n, 2n)).toBe(-3);
  });

  it('adds tenths without drift where floating point drifts', () => {
    const parts = [0.1, 0.2, 87.1];
    expect(parts.reduce((a, b) => a + b, 0)).not.toBe(87.4);
    expect(show(parts.map(toTenths).reduce((a, b) => a + b, 0))).toBe('87.4');
  });
});
