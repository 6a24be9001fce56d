import { Rounding } from './allocation-types';

export const ROUNDING_LABELS: Readonly<Record<Rounding, string>> = Object.freeze({
  HALF_UP: '四舍五入',
  DOWN: '向下取整',
  UP: '向上取整',
});

/** Percent is held in hundredths, so count × percent / 100 is an integer over this. */
const DENOMINATOR = 10000;

export interface Places {
  exact: number;
  places: number;
  explanation: string;
}

/** Quota places for `percent`% of `count` members, rounded exactly by `rounding`, never below 0. */
export function placesFor(count: number, percent: number, rounding: Rounding): Places {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`人数应为非负整数，收到 ${count}`);
  if (!Number.isFinite(percent)) throw new RangeError(`比例应为有限数，收到 ${percent}`);
  const hundredths = Math.round(percent * 100);
  const numerator = count * hundredths;
  const exact = numerator / DENOMINATOR;
  const places = Math.max(0, roundRatio(numerator, DENOMINATOR, rounding));
  return { exact, places, explanation: `${placesArithmetic(count, hundredths / 100, exact, places, rounding)}名额` };
}

/** "13 人 × 15% = 1.95 人，四舍五入为 2 个" (callers add "名额" or not). */
export function placesArithmetic(
  count: number,
  percent: number,
  exact: number,
  places: number,
  rounding: Rounding,
): string {
  return `${count} 人 × ${percent}% = ${exact} 人，${ROUNDING_LABELS[rounding]}为 ${places} 个`;
}

/** numerator / denominator rounded by the rule, using integer arithmetic only. */
function roundRatio(numerator: number, denominator: number, rounding: Rounding): number {
  const remainder = ((numerator % denominator) + denominator) % denominator;
  const floor = (numerator - remainder) / denominator;
  if (remainder === 0) return floor;
  switch (rounding) {
    case 'DOWN':
      return floor;
    case 'UP':
      return floor + 1;
    case 'HALF_UP':
      return remainder * 2 >= denominator ? floor + 1 : floor;
  }
}
