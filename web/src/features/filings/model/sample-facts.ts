import { parsePeriod, periodKey, periodLabel } from '../../../lib/periods';
import type { HonourLevel, RuleDocument, RuleItem } from './rule-document';
import { itemsOf } from './rule-document';
import { HONOUR_LEVELS } from './rule-labels';

/** One sample entry of the 试算 panel as typed: the item picked by its label, and what that item needs. */
export interface SampleEntry {
  key: number;
  item?: string;
  date?: string;
  points?: number | null;
  quantity?: number | null;
  level?: HonourLevel;
  leading?: boolean;
}

/** What an entry of an item needs besides its date: points (酌情), a quantity and its unit, a level, a leading role. */
export interface EntryNeeds {
  points: number | null;
  unit: string | null;
  levels: HonourLevel[] | null;
  leading: boolean;
}

export function needsOf(item: RuleItem | undefined): EntryNeeds {
  const p = item?.points;
  return {
    points: p?.mode === 'DISCRETIONARY' ? p.max : null,
    unit: p?.mode === 'PER_QUANTITY' ? p.unit : null,
    levels: p?.mode === 'BY_LEVEL' ? HONOUR_LEVELS.filter((l) => p.values[l] !== undefined) : null,
    leading: Boolean(item?.leadingMultiplier),
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface SampleFacts {
  period: string;
  asOf: string;
  memberKind: 'FULL' | 'PROBATIONARY' | 'ACTIVIST';
  entries: {
    id: string;
    item: string;
    date: string;
    points?: number;
    quantity?: number;
    level?: HonourLevel;
    leading?: boolean;
  }[];
}

/** The facts previewScore takes, or what to fix first, in Chinese. Entries are numbered 1, 2, … as the panel lists them. */
export function sampleFacts(
  doc: RuleDocument,
  input: { period: string; asOf: string; memberKind: SampleFacts['memberKind']; entries: SampleEntry[] },
): { facts: SampleFacts } | { problem: string } {
  if (!parsePeriod(input.period)) return { problem: '请选择期间' };
  if (!DAY.test(input.asOf)) return { problem: '请选择评价日期' };
  const items = new Map(itemsOf(doc).map(({ item }) => [item.code, item]));
  const entries: SampleFacts['entries'] = [];
  for (const [i, entry] of input.entries.entries()) {
    const n = `第 ${i + 1} 条记录`;
    const item = entry.item ? items.get(entry.item) : undefined;
    if (!item) return { problem: `${n}：请选择项目` };
    if (!entry.date || !DAY.test(entry.date)) return { problem: `${n}：请选择日期` };
    const needs = needsOf(item);
    const fact: SampleFacts['entries'][number] = { id: String(i + 1), item: item.code, date: entry.date };
    if (needs.points !== null) {
      if (entry.points == null) return { problem: `${n}：“${item.label}”由支部酌情打分，请填写分值` };
      if (entry.points > needs.points) return { problem: `${n}：分值不能超过 ${needs.points} 分` };
      fact.points = entry.points;
    }
    if (needs.unit !== null) {
      if (entry.quantity == null) return { problem: `${n}：请填写数量（${needs.unit}）` };
      fact.quantity = entry.quantity;
    }
    if (needs.levels !== null) {
      if (!entry.level || !needs.levels.includes(entry.level)) return { problem: `${n}：请选择级别` };
      fact.level = entry.level;
    }
    if (needs.leading && entry.leading) fact.leading = true;
    entries.push(fact);
  }
  return { facts: { period: input.period, asOf: input.asOf, memberKind: input.memberKind, entries } };
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (at: Date) => `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
const monthsOf = { YEAR: 12, HALF_YEAR: 6, QUARTER: 3, MONTH: 1 } as const;

/** The first day of cycle `year`: a cycle starting on or before 1 July is named by its year, a later one by the next. */
function cycleStart(start: RuleDocument['cycle']['start'], year: number): Date {
  const late = start.month > 7 || (start.month === 7 && start.day > 1);
  return new Date(Date.UTC(late ? year - 1 : year, start.month - 1, start.day));
}

/** The cycle (its name) that holds `today` (YYYY-MM-DD). */
export function cycleOf(start: RuleDocument['cycle']['start'], today: string): number {
  const year = Number(today.slice(0, 4));
  for (const candidate of [year + 1, year, year - 1]) if (day(cycleStart(start, candidate)) <= today) return candidate;
  return year - 1;
}

/** The last day of a period (2026, 2026-H1, …) counted from the cycle's start. */
export function periodEnd(start: RuleDocument['cycle']['start'], key: string): string {
  const p = parsePeriod(key)!;
  const first = cycleStart(start, p.cycle);
  const months = monthsOf[p.kind];
  const next = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + months * p.index, first.getUTCDate()));
  return day(new Date(next.getTime() - 86_400_000));
}

/** The periods a scheme scores in cycle `year`: the year, then those it reviews (halves, quarters, months), by name. */
export function periodOptions(doc: RuleDocument, year: number): { value: string; label: string }[] {
  const keys = [String(year)];
  for (const kind of (['HALF_YEAR', 'QUARTER', 'MONTH'] as const).filter((k) => doc.cycle.periods.includes(k)))
    for (let index = 1; index <= 12 / monthsOf[kind]; index += 1) keys.push(periodKey({ cycle: year, kind, index }));
  return keys.map((value) => ({ value, label: periodLabel(value) }));
}
