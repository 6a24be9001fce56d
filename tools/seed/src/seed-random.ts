// Seeded randomness and day arithmetic for the seed plans. Pure: no clock, no Math.random.
import { pickWeighted, type Rand } from './chinese-names';
import { fmt, fromDays, mulberry32, parseYmd, randInt, toDays } from './people';

export type { Rand };
export { pickWeighted, randInt };

/** A PRNG for one purpose of one plan: the same seed and parts always give the same sequence. */
export function rngFor(seed: number, ...parts: (string | number)[]): Rand {
  // FNV-1a over the parts, mixed with the seed.
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const ch of parts.join('/')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return mulberry32(h);
}

export const chance = (rand: Rand, p: number): boolean => rand() < p;
export const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

/** Fisher–Yates on a copy. */
export function shuffled<T>(rand: Rand, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Days since 1970-01-01 of a YYYY-MM-DD day, and back. */
export const dayNumber = (day: string): number => toDays(parseYmd(day));
export const dayString = (n: number): string => fmt(fromDays(n));
export const plusDays = (day: string, days: number): string => dayString(dayNumber(day) + days);

/** A random day in [from, to] (both YYYY-MM-DD). */
export function dayBetween(rand: Rand, from: string, to: string): string {
  return dayString(randInt(rand, dayNumber(from), dayNumber(to)));
}

/** Splits `total` into `parts` whole numbers ≥ 1 and ≤ `max` each (as evenly as chance makes it); needs parts ≤ total ≤ parts × max. */
export function splitWhole(rand: Rand, total: number, parts: number, max: number): number[] {
  if (parts <= 0) return [];
  const n = Math.max(1, Math.min(parts, total));
  const out = new Array<number>(n).fill(1);
  let left = Math.min(total, n * max) - n;
  while (left > 0) {
    const i = Math.floor(rand() * n);
    const room = max - out[i];
    if (room <= 0) continue;
    const step = Math.min(room, left, 1 + Math.floor(rand() * Math.max(1, Math.ceil(left / n))));
    out[i] += step;
    left -= step;
  }
  return out;
}

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
/** To tenths (the engine's precision), as a whole number. */
export const tenths = (points: number): number => Math.round(points * 10);
