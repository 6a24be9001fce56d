/**
 * Period keys as the schemes keep them (services/scheme/src/engine/periods.ts): `2026` (the cycle), `2026-H1`,
 * `2026-Q3`, `2026-M05`, counted from the cycle's start. The page only lists and names them.
 */
export type PeriodKind = 'YEAR' | 'HALF_YEAR' | 'QUARTER' | 'MONTH';

export const periodKindLabels: Record<PeriodKind, string> = {
  YEAR: '年度',
  HALF_YEAR: '半年',
  QUARTER: '季度',
  MONTH: '月',
};

const perYear: Record<PeriodKind, number> = { YEAR: 1, HALF_YEAR: 2, QUARTER: 4, MONTH: 12 };
const letter: Record<Exclude<PeriodKind, 'YEAR'>, string> = { HALF_YEAR: 'H', QUARTER: 'Q', MONTH: 'M' };
const KEY = /^(\d{4})(?:-(H[12]|Q[1-4]|M(?:0[1-9]|1[0-2])))?$/;
const quarterNames = ['一', '二', '三', '四'];

export interface ParsedPeriod {
  cycle: number;
  kind: PeriodKind;
  index: number;
}

export function parsePeriod(key: string | null | undefined): ParsedPeriod | null {
  const match = KEY.exec(key ?? '');
  if (!match) return null;
  const cycle = Number(match[1]);
  const part = match[2];
  if (!part) return { cycle, kind: 'YEAR', index: 1 };
  const kind: PeriodKind = part[0] === 'H' ? 'HALF_YEAR' : part[0] === 'Q' ? 'QUARTER' : 'MONTH';
  return { cycle, kind, index: Number(part.slice(1)) };
}

export function periodKey({ cycle, kind, index }: ParsedPeriod): string {
  if (kind === 'YEAR') return String(cycle);
  return `${cycle}-${letter[kind]}${kind === 'MONTH' ? String(index).padStart(2, '0') : index}`;
}

/** The Chinese name of a period: 2026年度, 2026年度上半年, 2026年度第三季度, 2026年度第5月. */
export function periodLabel(key: string): string {
  const period = parsePeriod(key);
  if (!period) return key;
  const year = `${period.cycle}年度`;
  switch (period.kind) {
    case 'YEAR':
      return year;
    case 'HALF_YEAR':
      return `${year}${period.index === 1 ? '上半年' : '下半年'}`;
    case 'QUARTER':
      return `${year}第${quarterNames[period.index - 1]}季度`;
    case 'MONTH':
      return `${year}第${period.index}月`;
  }
}

/** The period of `kind` that holds `today` in a cycle starting 1 January (the usual one). */
export function currentPeriod(kind: PeriodKind, today: Date): string {
  const monthIndex = today.getMonth(); // 0-11
  const index = Math.floor(monthIndex / (12 / perYear[kind])) + 1;
  return periodKey({ cycle: today.getFullYear(), kind, index });
}

/** The last `count` periods of `kind` up to the one holding `today`, newest first. */
export function recentPeriods(kind: PeriodKind, today: Date, count: number): string[] {
  const current = parsePeriod(currentPeriod(kind, today))!;
  const keys: string[] = [];
  let { cycle, index } = current;
  for (let i = 0; i < count; i += 1) {
    keys.push(periodKey({ cycle, kind, index }));
    index -= 1;
    if (index < 1) {
      cycle -= 1;
      index = perYear[kind];
    }
  }
  return keys;
}
