import { createHmac, timingSafeEqual } from 'node:crypto';

/** `base64url(JSON payload).signature`, HMAC-SHA256 over the payload: the shape of every token the platform mints. */
export function signPayload(secret: string, payload: object): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

export type SignedTokenProblem = 'MISSING' | 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED';

/** The payload of a token this secret signed and whose `exp` (seconds) has not passed, or why not. */
export function verifySignedPayload<P extends { exp: number }>(
  secret: string,
  token: string | undefined,
  nowMs: number,
): P | SignedTokenProblem {
  if (!token) return 'MISSING';
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return 'MALFORMED';
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'BAD_SIGNATURE';
  let payload: P;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as P;
  } catch {
    return 'MALFORMED';
  }
  if (typeof payload !== 'object' || payload === null) return 'MALFORMED';
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < nowMs) return 'EXPIRED';
  return payload;
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}
