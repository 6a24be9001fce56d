import { createHmac } from 'node:crypto';
import { Caller, Role } from './caller';
import { callerOfClaims, CallerClaims, claimsOf } from './internal-token';
import { signPayload, SignedTokenProblem, verifySignedPayload } from './signed-token';

/**
 * The token a person holds after logging in (`Authorization: Bearer <token>`): their caller and session id (`sid`),
 * signed by the ledger (which keeps accounts) and checked by the gateway with no database call, against the
 * sessions it knows to have ended (fed by the ledger: a logout, a password changed or reset, a disabled account or a
 * reused refresh token stops the token at its next request). Short-lived: a refresh token (kept hashed by the
 * ledger) gets a new one.
 */
export const SESSION_TTL_SECONDS = 15 * 60;

/** What a caller who has not signed in is told, wherever it is refused. */
export const SIGN_IN_FIRST =
  '请先登录：mutation { login(username: "…", password: "…") { token } }，再以 Authorization: Bearer <token> 访问';

/** What an API key starts with, so that the gateway tells a key from a session token by its look. */
export const API_KEY_PREFIX = 'jk_';

interface SessionPayload extends CallerClaims {
  typ: 'session';
  sid: string;
  exp: number;
}

export interface VerifiedSession {
  caller: Caller;
  sessionId: string;
  expiresAt: Date;
}

/** A secret for one purpose derived from the platform's shared secret, so a token of one kind is never valid as another. */
export function deriveSecret(sharedSecret: string, purpose: 'session'): string {
  return createHmac('sha256', sharedSecret).update(`jifen:${purpose}`).digest('base64url');
}

export function mintSessionToken(
  sessionSecret: string,
  caller: Caller,
  sessionId: string,
  nowMs: number,
  ttlSeconds = SESSION_TTL_SECONDS,
): { token: string; expiresAt: Date } {
  const exp = Math.floor(nowMs / 1000) + ttlSeconds;
  const payload: SessionPayload = { ...claimsOf(caller), typ: 'session', sid: sessionId, exp };
  return { token: signPayload(sessionSecret, payload), expiresAt: new Date(exp * 1000) };
}

export function verifySessionToken(
  sessionSecret: string,
  token: string,
  nowMs: number,
): VerifiedSession | SignedTokenProblem {
  const payload = verifySignedPayload<SessionPayload>(sessionSecret, token, nowMs);
  if (typeof payload === 'string') return payload;
  if (payload.typ !== 'session' || typeof payload.sid !== 'string') return 'MALFORMED';
  const caller = callerOfClaims(payload);
  if (!caller || caller.role === Role.ANONYMOUS) return 'MALFORMED';
  return { caller, sessionId: payload.sid, expiresAt: new Date(payload.exp * 1000) };
}
