/**
 * Scores are kept as whole tenths of a point (87.4 → 874), so sums never drift. A product or quotient
 * is rounded half up (away from zero) to a tenth at the step that makes it, and the explanation shows
 * that rounded figure: every figure a member sees adds up.
 */
export type Tenths = number;

export function toTenths(points: number): Tenths {
  return Math.round(points * 10);
}

export function fromTenths(t: Tenths): number {
  return t / 10;
}

/** 87.4 → "87.4", 80 → "80". */
export function show(t: Tenths): string {
  const sign = t < 0 ? '-' : '';
  const abs = Math.abs(t);
  return abs % 10 === 0 ? `${sign}${abs / 10}` : `${sign}${Math.floor(abs / 10)}.${abs % 10}`;
}

/** A decimal factor (weight, multiplier) as an exact ratio of integers: 0.8 → 8000/10000. */
const SCALE = 10000n;
export function factor(value: number): bigint {
  return BigInt(Math.round(value * 10000));
}

/** round(numerator / denominator) half away from zero, exactly. */
export function divideRound(numerator: bigint, denominator: bigint): number {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return Number(negative ? -q : q);
}

/** t × a decimal factor, rounded to a tenth. */
export function times(t: Tenths, value: number): Tenths {
  return divideRound(BigInt(t) * factor(value), SCALE);
}

/** t ÷ a whole number, rounded to a tenth. */
export function dividedBy(t: Tenths, n: number): Tenths {
  return divideRound(BigInt(t), BigInt(n));
}

export function sum(values: readonly Tenths[]): Tenths {
  return values.reduce((a, b) => a + b, 0);
}

/** A decimal factor for display: 0.8 → "0.8", 0.125 → "0.125". */
export function showFactor(value: number): string {
  return String(Number(value.toFixed(4)));
}
