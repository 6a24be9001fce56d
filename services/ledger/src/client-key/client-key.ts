import { createHash } from 'node:crypto';
import { Caller } from '@jifen/kit';
import { EntityManager } from 'typeorm';
import { LedgerError, LedgerErrorCode } from '../ledger-error';

/** JSON with object keys sorted, so that the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(operation: string, body: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(canonicalJson(body)).digest('hex');
}

const MAX_KEY_LENGTH = 200;

/**
 * Runs a write at most once per client key, inside the write's own transaction. A retry with the same key
 * and body returns the first result and writes nothing; the same key with another body is refused. A retry
 * racing the first attempt waits on the key's row until the first commits (or rolls back and lets it run).
 */
export async function oncePerKey<T>(
  db: EntityManager,
  caller: Caller,
  clientKey: string | null | undefined,
  operation: string,
  body: unknown,
  now: Date,
  run: () => Promise<T>,
): Promise<T> {
  if (clientKey === null || clientKey === undefined) return run();
  const key = clientKey.trim();
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new LedgerError(LedgerErrorCode.INVALID_CLIENT_KEY, `客户端请求键应为 1 到 ${MAX_KEY_LENGTH} 个字符`, {
      clientKey,
    });
  }
  const hash = requestHash(operation, body);
  const inserted: unknown[] = await db.query(
    `INSERT INTO ledger.client_key (subject, key, operation, request_hash, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (subject, key) DO NOTHING RETURNING key`,
    [caller.subject, key, operation, hash, now],
  );
  if (inserted.length === 0) {
    const [first] = await db.query(
      `SELECT operation, request_hash, response FROM ledger.client_key WHERE subject = $1 AND key = $2`,
      [caller.subject, key],
    );
    if (first.operation !== operation || first.request_hash !== hash) {
      throw new LedgerError(
        LedgerErrorCode.CLIENT_KEY_REUSED,
        `请求键“${key}”已用于另一项内容不同的请求；重试请原样重发，新请求请换一个键`,
        { clientKey: key },
      );
    }
    return first.response as T;
  }
  const result = await run();
  await db.query(`UPDATE ledger.client_key SET response = $3 WHERE subject = $1 AND key = $2`, [
    caller.subject,
    key,
    JSON.stringify(result ?? null),
  ]);
  return result;
}
