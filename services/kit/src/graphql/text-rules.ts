import { readPeriodKey } from '@jifen/rules/periods';
import { isUuid } from '../ids';

/**
 * What every text a caller sends must be, whatever service reads it (applied to all String and ID values by
 * the input-check plugin, before any resolver runs). PostgreSQL refuses U+0000 in text; the other invisible
 * characters are refused because a person reading the register could not see them: control characters, text
 * direction overrides (which make "党支部‮123" display as something else), unpaired surrogates, U+FFFE/U+FFFF.
 * Multi-line texts (notes, reasons, contents) keep tab, line feed and carriage return, and the zero-width joiner
 * (emoji sequences in a note); one-line texts (names, codes, user names) keep none of them. Nothing is rewritten:
 * a text is taken as sent or refused with a reason.
 */
export type TextKind = 'LINE' | 'MULTILINE' | 'ID' | 'PERIOD';

/** Argument and input field names whose text may run over several lines. */
const MULTILINE_NAMES = new Set([
  'note',
  'reason',
  'content',
  'answer',
  'comment',
  'comments',
  'decision',
  'plan',
  'upperOpinion',
  'documents',
  'description',
  'opinion',
]);
/**
 * Arguments that name a scoring period (年度、半年、季度、月): every read taking one (`score(period:)`,
 * `scoreRollup(period:)`, `ratingRollup(period:)`…) answered null or zeros for a period that cannot exist.
 * Inside input objects a `period` is left to the service, which lists it with the other problems of the input
 * (previewScore's facts).
 */
const PERIOD_ARGUMENTS = new Set(['period']);

/** Longest one-line text (a name is at most 100 characters where stored; this bounds what any service is handed). */
export const LINE_MAX_LENGTH = 1000;
/** Longest multi-line text. */
export const MULTILINE_MAX_LENGTH = 20_000;

/** The accepted period forms, as every INVALID_PERIOD message states them. */
export const PERIOD_FORMS = '2026（年度）、2026-H1（半年）、2026-Q2（季度）或 2026-M05（月）';

/** Whether a text is a period key, read by the one period-key pattern of the rules. */
export function isPeriodKey(value: string): boolean {
  return readPeriodKey(value) !== null;
}

/** Which rules a String value gets, from its GraphQL type (`ID` or `String`), the name of its argument or input field, and which of the two it is. */
export function textKindOf(typeName: string, name: string, isArgument = true): TextKind {
  if (typeName === 'ID') return 'ID';
  if (isArgument && PERIOD_ARGUMENTS.has(name)) return 'PERIOD';
  return MULTILINE_NAMES.has(name) ? 'MULTILINE' : 'LINE';
}

export interface TextProblem {
  code: 'INVALID_TEXT' | 'INVALID_ID' | 'INVALID_PERIOD';
  /** What is wrong, in Chinese, without the field's name (the caller adds it). */
  reason: string;
  /** The offending character as U+XXXX, when one is. */
  character?: string;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why one character may not stand in a text of this kind, or null. */
function characterProblem(code: number, kind: TextKind): string | null {
  const multiLine = kind === 'MULTILINE';
  if (code === 0x09 || code === 0x0a || code === 0x0d) return multiLine ? null : '含有换行符或制表符，这一项只能写一行';
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return '含有看不见的控制字符';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return '含有改变文字方向的控制字符（可使文字显示得与实际不同）';
  if (code >= 0xd800 && code <= 0xdfff) return '含有无效的 Unicode 字符（不成对的代理项）';
  if (code === 0xfffe || code === 0xffff) return '含有无效的 Unicode 字符';
  if (
    !multiLine &&
    (code === 0x200b ||
      code === 0x200c ||
      code === 0x200d ||
      code === 0x2060 ||
      code === 0xfeff ||
      code === 0x200e ||
      code === 0x200f)
  ) {
    return '含有看不见的零宽字符或方向标记（名称、编号中不能有看不见的字符）';
  }
  return null;
}

/** The first problem with a text of this kind, or null when it may be handed to a service. */
export function textProblem(value: string, kind: TextKind): TextProblem | null {
  // Iterating by code point pairs surrogates; a lone one comes out as itself.
  let length = 0;
  for (const char of value) {
    length += 1;
    const code = char.codePointAt(0)!;
    const reason = characterProblem(code, kind);
    if (reason)
      return {
        code: kind === 'PERIOD' ? 'INVALID_PERIOD' : kind === 'ID' ? 'INVALID_ID' : 'INVALID_TEXT',
        reason: `${reason}（${hex(code)}），请删除后重试`,
        character: hex(code),
      };
  }
  const max = kind === 'MULTILINE' ? MULTILINE_MAX_LENGTH : LINE_MAX_LENGTH;
  if (length > max) return { code: 'INVALID_TEXT', reason: `过长：最多 ${max} 个字，收到 ${length} 个字` };
  if (kind === 'ID' && !isUuid(value))
    return {
      code: 'INVALID_ID',
      reason: `不是有效的编号：应为平台返回的编号（UUID，如 3f2c…-…），收到${quoted(value)}`,
    };
  if (kind === 'PERIOD' && !isPeriodKey(value))
    return { code: 'INVALID_PERIOD', reason: `${quoted(value)}不是有效的期间：应写作 ${PERIOD_FORMS}` };
  return null;
}

/** A value echoed in a message: short ones as sent, long ones cut (they were checked for invisible characters first). */
function quoted(value: string): string {
  const chars = [...value];
  return `“${chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value}”`;
}
