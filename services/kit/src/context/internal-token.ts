import { Right } from '../rights/right';
import { Caller, Role } from './caller';
import { signPayload, SignedTokenProblem, verifySignedPayload } from './signed-token';

/**
 * The short-lived token the gateway mints for each subgraph request: `base64url(payload).signature`,
 * HMAC-SHA256 over the payload with a secret only the gateway and the services share.
 */
export const INTERNAL_TOKEN_HEADER = 'x-jifen-internal-token';
const DEFAULT_TTL_SECONDS = 60;

/** The caller as a token carries it (internal and session tokens alike). */
export interface CallerClaims {
  role: Role;
  scope: string | null;
  sub: string;
  /** The caller's name as people read it (Caller.name). */
  nm?: string | null;
  mid?: string | null;
  rts?: Right[];
  kid?: string | null;
}

interface Payload extends CallerClaims {
  exp: number;
  rid: string;
}

export interface VerifiedToken {
  caller: Caller;
  requestId: string;
}

export function claimsOf(caller: Caller): CallerClaims {
  return {
    role: caller.role,
    scope: caller.scopePath,
    sub: caller.subject,
    ...(caller.name ? { nm: caller.name } : {}),
    ...(caller.memberId ? { mid: caller.memberId } : {}),
    ...(caller.rights ? { rts: [...caller.rights] } : {}),
    ...(caller.keyId ? { kid: caller.keyId } : {}),
  };
}

/** The caller a token's claims name, or `null` when they are not well formed. */
export function callerOfClaims(claims: CallerClaims): Caller | null {
  if (!Object.values(Role).includes(claims.role)) return null;
  if (claims.scope !== null && typeof claims.scope !== 'string') return null;
  if (
    claims.rts !== undefined &&
    (!Array.isArray(claims.rts) || claims.rts.some((right) => !Object.values(Right).includes(right)))
  )
    return null;
  return {
    role: claims.role,
    scopePath: claims.scope ?? null,
    subject: String(claims.sub),
    ...(typeof claims.nm === 'string' && claims.nm ? { name: claims.nm } : {}),
    ...(claims.mid ? { memberId: String(claims.mid) } : {}),
    ...(claims.rts ? { rights: claims.rts } : {}),
    ...(claims.kid ? { keyId: String(claims.kid) } : {}),
  };
}

export function mintInternalToken(
  secret: string,
  caller: Caller,
  requestId: string,
  nowMs: number,
  ttlSeconds = DEFAULT_TTL_SECONDS,
): string {
  const payload: Payload = { ...claimsOf(caller), exp: Math.floor(nowMs / 1000) + ttlSeconds, rid: requestId };
  return signPayload(secret, payload);
}

export type TokenProblem = SignedTokenProblem;

export function verifyInternalToken(
  secret: string,
  token: string | undefined,
  nowMs: number,
): VerifiedToken | TokenProblem {
  const payload = verifySignedPayload<Payload>(secret, token, nowMs);
  if (typeof payload === 'string') return payload;
  const caller = callerOfClaims(payload);
  if (!caller) return 'MALFORMED';
  return { caller, requestId: String(payload.rid) };
}
