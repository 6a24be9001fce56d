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

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new GraphQLError(`日期格式应为 YYYY-MM-DD（例如 2026-07-01），收到 ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
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
    if (ast.kind !== Kind.STRING) throw new GraphQLError('日期应写成字符串 "YYYY-MM-DD"', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});

/** The clock's day, YYYY-MM-DD in UTC: what "today" means to every service. */
export function dayOf(clock: () => Date): string {
  return clock().toISOString().slice(0, 10);
}
