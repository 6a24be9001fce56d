import { Cycle, PeriodKind } from '../document/rule-document.types';

/** Months in each period kind. */
export const MONTHS: Record<PeriodKind, number> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };
const KEY_LETTER: Record<Exclude<PeriodKind, 'YEAR'>, string> = { HALF_YEAR: 'H', QUARTER: 'Q', MONTH: 'M' };
/** The one set of period labels: what a period kind is called in Chinese. */
export const PERIOD_NAMES: Record<PeriodKind, string> = {
  YEAR: '年度',
  HALF_YEAR: '半年',
  QUARTER: '季度',
  MONTH: '月',
};

/** One period of a cycle. Keys name the cycle and the period in it: `2024`, `2024-H1`, `2024-Q3`, `2024-M05`. */
export interface Period {
  key: string;
  kind: PeriodKind;
  cycle: number;
  /** 1-based position in the cycle. */
  index: number;
  start: string;
  end: string;
}

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a calendar day written YYYY-MM-DD (checked by arithmetic: it runs for every entry scored). */
export function isDay(value: string): boolean {
  const match = DAY_SHAPE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + months, d));
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cycle starting on or before 1 July is named by its first year, a later one by the next year:
 * a cycle starting 26 December 2023 is cycle 2024; one starting 1 July 2024 is cycle 2024.
 */
export function cycleStart(cycle: Cycle, year: number): string {
  const { month, day } = cycle.start;
  const startYear = month > 7 || (month === 7 && day > 1) ? year - 1 : year;
  return `${startYear}-${pad(month)}-${pad(day)}`;
}

/** Periods already worked out, by cycle start, year, kind and index: scoring a batch asks for the same few thousands of times. */
const known = new Map<string, Period>();
const MAX_KNOWN = 10_000;

function periodOf(cycle: Cycle, year: number, kind: PeriodKind, index: number): Period {
  const id = `${cycle.start.month}-${cycle.start.day}|${year}|${kind}|${index}`;
  const found = known.get(id);
  if (found) return { ...found };
  const period = computePeriod(cycle, year, kind, index);
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(id, period);
  return { ...period };
}

function computePeriod(cycle: Cycle, year: number, kind: PeriodKind, index: number): Period {
  const first = cycleStart(cycle, year);
  const span = MONTHS[kind];
  const start = addMonths(first, (index - 1) * span);
  const end = addDays(addMonths(first, index * span), -1);
  return { key: periodKey(year, kind, index), kind, cycle: year, index, start, end };
}

/** The one pattern of a period key: `2024`, `2024-H1`, `2024-Q3`, `2024-M05` (every service reads keys through it). */
const PERIOD_KEY = /^(\d{4})(?:-(H[12]|Q[1-4]|M(?:0[1-9]|1[0-2])))?$/;

/** What a period key names without a cycle's dates: the cycle (year), the kind and the 1-based position in the cycle. */
export interface PeriodKeyParts {
  cycle: number;
  kind: PeriodKind;
  index: number;
}

/** Reads a period key without a cycle; null when it is not one. */
export function readPeriodKey(key: string): PeriodKeyParts | null {
  const match = PERIOD_KEY.exec(key);
  if (!match) return null;
  const cycle = Number(match[1]);
  if (!match[2]) return { cycle, kind: 'YEAR', index: 1 };
  const letter = match[2][0];
  const kind: PeriodKind = letter === 'H' ? 'HALF_YEAR' : letter === 'Q' ? 'QUARTER' : 'MONTH';
  return { cycle, kind, index: Number(match[2].slice(1)) };
}

/** The key of a cycle's period: `periodKey(2024, 'MONTH', 5)` is `2024-M05`. */
function periodKey(cycle: number, kind: PeriodKind, index: number): string {
  return kind === 'YEAR' ? String(cycle) : `${cycle}-${KEY_LETTER[kind]}${kind === 'MONTH' ? pad(index) : index}`;
}

/** Parses a period key; null when it is not one. */
export function parsePeriodKey(cycle: Cycle, key: string): Period | null {
  const parts = readPeriodKey(key);
  return parts && periodOf(cycle, parts.cycle, parts.kind, parts.index);
}

/** The keys of the `count` periods of the same kind just before a period, the nearest last (2024-H1 → 2023-H1, 2023-H2). */
export function periodKeysBefore(period: PeriodKeyParts, count: number): string[] {
  const perCycle = MONTHS.YEAR / MONTHS[period.kind];
  const keys: string[] = [];
  for (let back = count; back >= 1; back--) {
    const position = period.cycle * perCycle + period.index - 1 - back;
    keys.push(periodKey(Math.floor(position / perCycle), period.kind, (position % perCycle) + 1));
  }
  return keys;
}

/** The key of the period of the same kind just after a period (2024-H2 → 2025-H1, 2024 → 2025). */
export function periodKeyAfter(period: PeriodKeyParts): string {
  const perCycle = MONTHS.YEAR / MONTHS[period.kind];
  const position = period.cycle * perCycle + period.index;
  return periodKey(Math.floor(position / perCycle), period.kind, (position % perCycle) + 1);
}

/** The period of a kind that holds a day. */
export function periodContaining(cycle: Cycle, kind: PeriodKind, day: string): Period {
  const year = Number(day.slice(0, 4));
  for (const candidate of [year - 1, year, year + 1]) {
    const y = periodOf(cycle, candidate, 'YEAR', 1);
    if (y.start <= day && day <= y.end) {
      const months =
        (Number(day.slice(0, 4)) - Number(y.start.slice(0, 4))) * 12 +
        Number(day.slice(5, 7)) -
        Number(y.start.slice(5, 7));
      const monthIndex = Number(day.slice(8, 10)) >= cycle.start.day ? months : months - 1;
      return periodOf(cycle, candidate, kind, Math.floor(monthIndex / MONTHS[kind]) + 1);
    }
  }
  throw new RangeError(`no cycle holds ${day}`);
}

/** The periods of `kind` that make up `period` (a longer or equal one), in order. */
export function periodsWithin(cycle: Cycle, period: Period, kind: PeriodKind): Period[] {
  const count = MONTHS[period.kind] / MONTHS[kind];
  const first = (period.index - 1) * count + 1;
  return Array.from({ length: count }, (_, i) => periodOf(cycle, period.cycle, kind, first + i));
}

/** `2024 年度第 1 个半年`: of a period, or of a key's parts (`readPeriodKey`). */
export function periodLabel(period: Pick<Period, 'cycle' | 'kind' | 'index'>): string {
  if (period.kind === 'YEAR') return `${period.cycle} 年度`;
  return `${period.cycle} 年度第 ${period.index} ${period.kind === 'MONTH' ? '个月' : period.kind === 'QUARTER' ? '季度' : '个半年'}`;
}

export function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
