/**
 * What of a call's arguments the audit log keeps: everything but secrets (passwords, tokens, file contents),
 * each replaced by a marker, and nothing so large that one call could swell the log. Ids are kept.
 */
export const SECRET_NAME = /password|secret|token|content|base64/i;
export const REDACTED = '［已隐去］';

const MAX_STRING = 500;
const MAX_ITEMS = 100;
const MAX_DEPTH = 6;
/** The most characters of JSON one row's detail may take; a larger one is kept as a cut preview. */
export const MAX_DETAIL_CHARS = 16_000;

/** The arguments as the log keeps them: secrets marked, long strings and lists cut, always valid for jsonb. */
export function auditDetail(args: Record<string, unknown>): Record<string, unknown> {
  const detail = cleanObject(args, 0);
  const json = JSON.stringify(detail);
  if (json.length <= MAX_DETAIL_CHARS) return detail;
  return { truncated: true, chars: json.length, preview: wellFormed(json.slice(0, MAX_DETAIL_CHARS)) };
}

function clean(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return cut(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'object') return undefined;
  if (depth >= MAX_DEPTH) return '［层级过深，已略去］';
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ITEMS).map((item) => clean(item, depth + 1) ?? null);
    if (value.length > MAX_ITEMS) kept.push(`［另有 ${value.length - MAX_ITEMS} 项已略去］`);
    return kept;
  }
  return cleanObject(value as Record<string, unknown>, depth);
}

function cleanObject(object: Record<string, unknown>, depth: number): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(object)) {
    if (value === undefined) continue;
    const key = cut(name);
    kept[key] = SECRET_NAME.test(name) ? REDACTED : clean(value, depth + 1);
  }
  return kept;
}

/** A string cut to MAX_STRING characters (never inside a surrogate pair), with what was cut said. */
function cut(text: string): string {
  const clean = wellFormed(text);
  if (clean.length <= MAX_STRING) return clean;
  const high = clean.charCodeAt(MAX_STRING - 1);
  const end = high >= 0xd800 && high <= 0xdbff ? MAX_STRING - 1 : MAX_STRING;
  return `${clean.slice(0, end)}…［已截断，共 ${clean.length} 字符］`;
}

/** Postgres jsonb refuses NUL and unpaired surrogates: both become U+FFFD. */
function wellFormed(text: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is exactly what this replaces
  return text.replace(/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
