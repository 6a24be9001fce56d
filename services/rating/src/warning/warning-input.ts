import { isUuid } from '@jifen/kit';
import { isLocalDate } from '@jifen/kit/server';
import { invalidWarningInput } from './warning-error';

/** What a warning case's steps are given, cleaned: days, texts, names, the helper's id. Pure. */

const MAX_TEXT = 2000;
export const MAX_NAME = 200;

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const dayOfUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) => Math.round((utc(to) - utc(from)) / DAY_MS);

/** Calendar months later; a day the target month lacks becomes its last day (08-31 + 6 → 02-28). */
export function addMonths(day: string, months: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return dayOfUtc(Date.UTC(y, m, Math.min(Number(day.slice(8, 10)), last)));
}

// ---- input cleaning -----------------------------------------------------------------------------

export function cleanText(value: string | null | undefined, what: string, max = MAX_TEXT): string {
  const text = (value ?? '').trim();
  if (!text || text.length > max) throw invalidWarningInput(`${what}不能为空，最多 ${max} 个字`, { field: what });
  return text;
}

export function optionalText(value: string | null | undefined, what: string, max = MAX_TEXT): string | null {
  return value == null || !value.trim() ? null : cleanText(value, what, max);
}

/** A day in [notBefore, today], with messages that name both ends. */
export function checkDay(
  day: string,
  what: string,
  today: string,
  notBefore: { day: string | null; what: string } | null,
): string {
  if (!isLocalDate(day)) throw invalidWarningInput(`${what}应为 YYYY-MM-DD 格式的日期，收到“${day}”`, { field: what });
  if (day > today) throw invalidWarningInput(`${what}（${day}）不能晚于今天（${today}）`, { field: what });
  if (notBefore?.day && day < notBefore.day)
    throw invalidWarningInput(`${what}（${day}）不能早于${notBefore.what}（${notBefore.day}）`, { field: what });
  return day;
}

/** A helper member id, when given, is a UUID and not the warned member. */
export function checkHelperId(helperMemberId: string | null | undefined, memberId: string): string | null {
  if (helperMemberId == null || helperMemberId === '') return null;
  if (!isUuid(helperMemberId))
    throw invalidWarningInput(`帮扶人编号应为 UUID，收到“${helperMemberId}”`, { field: 'helperMemberId' });
  if (helperMemberId.toLowerCase() === memberId.toLowerCase())
    throw invalidWarningInput('帮扶人不能是被预警的党员本人', { field: 'helperMemberId' });
  return helperMemberId;
}
