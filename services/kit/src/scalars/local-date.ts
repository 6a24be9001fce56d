import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (no time, no zone: a day as people mean it). */
export function isLocalDate(value: string): boolean {
  const match = pattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A value as a message may quote it: JSON-escaped (no invisible characters), cut after 40 characters. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 42 ? `${text.slice(0, 40)}…` : text;
}

/** Why a value is not a calendar day, in Chinese: the wrong shape, or a day the calendar does not have. */
export function localDateProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `日期应写成字符串 "YYYY-MM-DD"（例如 "2026-07-01"），收到 ${shown(value)}`;
  const match = pattern.exec(value);
  if (!match) return `日期格式应为 YYYY-MM-DD（例如 2026-07-01），收到 ${shown(value)}`;
  if (isLocalDate(value)) return null;
  const [, y, m] = match.map(Number);
  if (m < 1 || m > 12) return `日期 ${value} 不存在：月份应为 01 到 12`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `日期 ${value} 不存在：${y} 年 ${m} 月只有 ${days} 天`;
}

function parse(value: unknown): string {
  const problem = localDateProblem(value);
  if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } });
  return value as string;
}

/** `Date` in the API: a calendar day as the string YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: '日期，格式 YYYY-MM-DD (a calendar day)',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parse(value);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('日期应写成字符串 "YYYY-MM-DD"（例如 "2026-07-01"）', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    return parse(ast.value);
  },
});
