import { HONOUR_LEVELS, HonourLevel } from '@jifen/rules';
import { HONOUR_LEVEL_LABELS } from '../entry/entry-fields';

/** A parsed cell: the value, null when blank, or `BAD` when the text cannot be read. */
export const BAD = Symbol('bad');
export type Parsed<T> = T | null | typeof BAD;

/** Full-width digits, letters and punctuation as ASCII (Chinese input methods type them). */
const ascii = (text: string) => text.normalize('NFKC').trim();

const DAY_PATTERNS: RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** A day written YYYY-MM-DD, YYYY/M/D, YYYY年M月D日 or YYYYMMDD, as YYYY-MM-DD (not yet checked to exist). */
export function parseDay(text: string): Parsed<string> {
  const t = ascii(text);
  if (!t) return null;
  for (const pattern of DAY_PATTERNS) {
    const m = pattern.exec(t);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return BAD;
}

/** A decimal number such as 2, 1.5 or -3 (range checks come later). */
export function parseNumber(text: string): Parsed<number> {
  const t = ascii(text).replace(/,/g, '');
  if (!t) return null;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return BAD;
  return Number(t);
}

const LEVEL_ALIASES: Record<string, HonourLevel> = {
  国家: 'NATIONAL',
  全国: 'NATIONAL',
  中央: 'NATIONAL',
  省: 'PROVINCIAL',
  省部级: 'PROVINCIAL',
  市: 'CITY',
  地市级: 'CITY',
  县: 'COUNTY',
  区: 'COUNTY',
  区级: 'COUNTY',
  '县(区)级': 'COUNTY',
  县区级: 'COUNTY',
  乡镇: 'TOWNSHIP',
  镇: 'TOWNSHIP',
  街道: 'TOWNSHIP',
  镇级: 'TOWNSHIP',
  街道级: 'TOWNSHIP',
  '乡镇(党工委)级': 'TOWNSHIP',
  党工委: 'TOWNSHIP',
  本单位: 'UNIT',
  单位级: 'UNIT',
  党支部: 'BRANCH',
  支部级: 'BRANCH',
};

/** A level by its Chinese label (国家级 … 支部, a few common variants) or its English code. */
export function parseLevel(text: string): Parsed<HonourLevel> {
  const t = ascii(text);
  if (!t) return null;
  const code = HONOUR_LEVELS.find((l) => l === t.toUpperCase() || HONOUR_LEVEL_LABELS[l] === t);
  return code ?? LEVEL_ALIASES[t] ?? BAD;
}

const YES = ['是', '牵头', 'Y', 'YES', 'TRUE', '1', '√'];
const NO = ['否', '不是', 'N', 'NO', 'FALSE', '0', '×'];

/** 是 / 否 (and a few spellings of them). */
export function parseYesNo(text: string): Parsed<boolean> {
  const t = ascii(text).toUpperCase();
  if (!t) return null;
  if (YES.includes(t)) return true;
  if (NO.includes(t)) return false;
  return BAD;
}

/** A name without spaces (rosters and lists pad two-character names: “张  三”). */
export function nameKey(name: string): string {
  return name.replace(/[\s\u3000]+/g, '');
}

/** A member number as typed: full-width characters folded, spaces removed. */
export function memberNoKey(text: string): string {
  return ascii(text).replace(/\s+/g, '');
}
