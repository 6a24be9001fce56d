// What the per-scheme entry generators share: the shapes they return and small helpers over tenths and days.
import { HonourLevel, parsePeriodKey, Period, RuleDocument } from '@jifen/rules';
import { clamp, dayBetween, dayNumber, dayString, randInt, splitWhole, type Rand } from '../seed-random';

/** One entry as a branch records it (the fields of DeclareEntryInput without the member). */
export interface EntryDraft {
  item: string;
  occurredOn: string;
  points?: number;
  level?: HonourLevel;
  leading?: boolean;
  contributors?: number;
  matter?: string;
  note?: string;
}

/** A member's cycle under one scheme: the entries, and the democratic review's vote counts where the scheme has one. */
export interface MemberYear {
  entries: EntryDraft[];
  votes: Record<string, number> | null;
}

interface MemberFacts {
  /** The year total the generator aims at (the engine decides the real one). */
  target: number;
  /** One of the district's low scorers (below 50). */
  tail: boolean;
}

/** Meeting days a whole branch shares (T7's attendance), drawn once per branch. */
export interface BranchCalendar {
  /** Item code → the days that item's meetings were held in the cycle. */
  meetings: Map<string, string[]>;
}

export interface YearContext {
  doc: RuleDocument;
  cycle: number;
  /** The cycle as a period (`2025`, from the scheme's start day). */
  year: Period;
  /** How many entries a member has on average at this scale (40 for M). */
  grain: number;
  /** People who vote in the branch's democratic review. */
  voters: number;
  calendar: BranchCalendar;
}

export type YearGenerator = (ctx: YearContext, member: MemberFacts, rand: Rand) => MemberYear;
/** One declaration a member makes of something done (pending review, or rejected), dated within [from, to]. */
export type DeclarationGenerator = (rand: Rand, from: string, to: string) => EntryDraft;

function periodOf(ctx: YearContext, key: string): Period {
  const period = parsePeriodKey(ctx.doc.cycle, key);
  if (!period) throw new Error(`bad period ${key}`);
  return period;
}

/** The cycle's periods of one kind (`H`, `Q`, `M`), in order. */
export function periodsOf(ctx: YearContext, letter: 'H' | 'Q' | 'M'): Period[] {
  const count = letter === 'H' ? 2 : letter === 'Q' ? 4 : 12;
  return Array.from({ length: count }, (_, i) =>
    periodOf(ctx, `${ctx.cycle}-${letter}${letter === 'M' ? String(i + 1).padStart(2, '0') : i + 1}`),
  );
}

export const dayIn = (rand: Rand, period: { start: string; end: string }): string =>
  dayBetween(rand, period.start, period.end);

/** `n` days spread over the period: the i-th in the i-th of n equal slices. */
export function spreadDays(rand: Rand, period: { start: string; end: string }, n: number): string[] {
  const from = dayNumber(period.start);
  const span = dayNumber(period.end) - from + 1;
  return Array.from({ length: n }, (_, i) => {
    const lo = from + Math.floor((i * span) / n);
    const hi = from + Math.floor(((i + 1) * span) / n) - 1;
    return dayString(randInt(rand, lo, Math.max(lo, hi)));
  });
}

/**
 * Discretionary entries of one item worth `totalTenths` in all: `count` entries (fewer when there are not
 * enough tenths), none above `maxPoints`, dated by `days`.
 */
export function discretionary(
  rand: Rand,
  item: string,
  totalTenths: number,
  count: number,
  maxPoints: number,
  days: (n: number) => string[],
): EntryDraft[] {
  if (totalTenths <= 0) return [];
  const maxTenths = Math.round(maxPoints * 10);
  const n = clamp(count, Math.ceil(totalTenths / maxTenths), totalTenths);
  const parts = splitWhole(rand, totalTenths, n, maxTenths);
  const dates = days(parts.length);
  return parts.map((t, i) => ({ item, occurredOn: dates[i], points: t / 10 }));
}

/**
 * Shares `totalTenths` among items with caps (in tenths), in proportion to random weights; what a full item
 * cannot take goes to the others. Returns the tenths per item, in the order given.
 */
export function shareAmong(rand: Rand, totalTenths: number, caps: readonly number[]): number[] {
  const out = caps.map(() => 0);
  let left = Math.min(
    totalTenths,
    caps.reduce((a, b) => a + b, 0),
  );
  while (left > 0) {
    const open = caps.map((_, i) => i).filter((i) => out[i] < caps[i]);
    const weights = open.map((i) => caps[i] * (0.6 + rand() * 0.8));
    const sum = weights.reduce((a, b) => a + b, 0);
    let given = 0;
    open.forEach((i, k) => {
      const share = Math.min(caps[i] - out[i], Math.floor((left * weights[k]) / sum));
      out[i] += share;
      given += share;
    });
    if (given === 0) {
      // Fewer tenths than open items: one at a time.
      const i = open[Math.floor(rand() * open.length)];
      out[i] += 1;
      given = 1;
    }
    left -= given;
  }
  return out;
}

/** Vote counts of `voters` people for a member whose share of “good” votes is about `good` (the rest mostly fair). */
export function votesFor(rand: Rand, levels: readonly string[], voters: number, good: number): Record<string, number> {
  const [top, middle, bottom] = levels;
  const counts: Record<string, number> = { [top]: 0, [middle]: 0, [bottom]: 0 };
  for (let i = 0; i < voters; i++) {
    const r = rand();
    counts[r < good ? top : r < good + (1 - good) * 0.8 ? middle : bottom] += 1;
  }
  return counts;
}

/** The review score the engine gives those votes (Σ count × weight ÷ votes × multiplier), to a tenth. */
export function reviewScore(doc: RuleDocument, votes: Record<string, number>): number {
  const review = doc.components.find((c) => c.kind === 'REVIEW')?.review;
  if (!review) return 0;
  const total = Object.values(votes).reduce((a, b) => a + b, 0);
  const weighted = review.levels.reduce((a, l) => a + (votes[l.code] ?? 0) * l.weight, 0);
  return total === 0 ? 0 : Math.round((weighted / total) * review.multiplier * 10) / 10;
}

/** A small random wobble in [-size, size], to a tenth. */
export const wobble = (rand: Rand, size: number): number => Math.round((rand() * 2 - 1) * size * 10) / 10;
