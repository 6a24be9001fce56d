import { createHmac, timingSafeEqual } from 'node:crypto';
import { Caller, Role } from './caller';

/**
 * The short-lived token the gateway mints for each subgraph request: `base64url(payload).signature`,
 * HMAC-SHA256 over the payload with a secret only the gateway and the services share.
 */
export const INTERNAL_TOKEN_HEADER = 'x-jifen-internal-token';
const DEFAULT_TTL_SECONDS = 60;

interface Payload {
  role: Role;
  scope: string | null;
  sub: string;
  exp: number;
  rid: string;
}

export interface VerifiedToken {
  caller: Caller;
  requestId: string;
}

export function mintInternalToken(secret: string, caller: Caller, requestId: string, nowMs: number, ttlSeconds = DEFAULT_TTL_SECONDS): string {
  const payload: Payload = { role: caller.role, scope: caller.scopePath, sub: caller.subject, exp: Math.floor(nowMs / 1000) + ttlSeconds, rid: requestId };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

export type TokenProblem = 'MISSING' | 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED';

export function verifyInternalToken(secret: string, token: string | undefined, nowMs: number): VerifiedToken | TokenProblem {
  if (!token) return 'MISSING';
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return 'MALFORMED';
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'BAD_SIGNATURE';
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Payload;
  } catch {
    return 'MALFORMED';
  }
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < nowMs) return 'EXPIRED';
  if (!Object.values(Role).includes(payload.role)) return 'MALFORMED';
  return { caller: { role: payload.role, scopePath: payload.scope ?? null, subject: String(payload.sub) }, requestId: String(payload.rid) };
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
