import { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import {
  anonymousCaller,
  API_KEY_PREFIX,
  Caller,
  callerOfClaims,
  CallerClaims,
  deriveSecret,
  INTERNAL_TOKEN_HEADER,
  Logger,
  mintInternalToken,
  PeerUrls,
  systemCaller,
  verifySessionToken,
} from '@jifen/kit';
import { askLedgerOverHttp, EndedSessions } from './ended-sessions';
import { ACCESS_COOKIE, CSRF_HEADERS, hasCsrfHeader, readCookies } from './browser-session/session-cookies';

/** Why a request's credentials are refused: a stable code, a Chinese message and the HTTP status to answer with. */
export class AuthProblem {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly status: number,
    readonly details: Record<string, unknown> = {},
  ) {}
}

/**
 * Whether a refused credential may be set aside for an operation open to anyone (see GatewayContext.setAside): a
 * session token's refusals are; an API key's are not (a tool with a bad or throttled key hears it at once).
 */
export function mayBeSetAside(problem: AuthProblem): boolean {
  return problem.status === 401 && ['SESSION_EXPIRED', 'SESSION_ENDED', 'UNAUTHENTICATED'].includes(problem.code);
}

export interface CallerResolverOptions {
  tokenSecret: string;
  urls: PeerUrls;
  now?: () => number;
  /** The sessions known to have ended; default: fed by the ledger over HTTP. */
  endedSessions?: EndedSessions;
  /** Where the feed of ended sessions reports losing and regaining the ledger. */
  logger?: Logger;
}

/** What a browser's request carried by its session cookie but without the header only this site's pages send is told. */
export const CSRF_HEADER_REQUIRED = `请求须带 ${CSRF_HEADERS[0]} 请求头（以登录 Cookie 访问时防止跨站请求伪造）`;

export interface ResolveOptions {
  /**
   * A request that comes with the session cookie must carry a CSRF header (session-cookies.ts), unless it is a
   * plain link a person clicks (a download: a GET that changes nothing, and SameSite=Strict keeps other sites' links
   * from carrying the cookie). Default: required.
   */
  cookieNeedsCsrfHeader?: boolean;
}

/** What the holder of an ended session's access token is told. */
export const SESSION_ENDED = '登录已失效（已退出、改密、账号停用或组织关系转接），请重新登录';

const KEY_CHECK_TIMEOUT_MS = 5_000;

/**
 * Who is calling, from `Authorization: Bearer <credential>` or else from the browser's session cookie
 * (browser-session/; the header wins when both come):
 * - a session token (from `login`), checked here by its signature and expiry and against the sessions known to have
 *   ended (ended-sessions.ts), with no call to the ledger while that list is fresh;
 * - an API key (`jk_…`), checked by the ledger on every call (so a revoked key stops at once; the ledger
 *   records its last use and counts it against the key's per-minute limit);
 * - nothing: the anonymous caller, who may only log in.
 */
export class CallerResolver {
  private readonly sessionSecret: string;
  private readonly now: () => number;
  readonly endedSessions: EndedSessions;

  constructor(private readonly options: CallerResolverOptions) {
    this.sessionSecret = deriveSecret(options.tokenSecret, 'session');
    this.now = options.now ?? Date.now;
    this.endedSessions =
      options.endedSessions ??
      new EndedSessions(askLedgerOverHttp(options.urls, options.tokenSecret), Date.now, options.logger);
  }

  /** Stops following the ledger's feed of ended sessions (the gateway is stopping). */
  stop(): void {
    this.endedSessions.stop();
  }

  async resolve(request: IncomingMessage, options: ResolveOptions = {}): Promise<Caller | AuthProblem> {
    const header = request.headers.authorization;
    if (header === undefined || header.trim() === '') {
      const cookie = readCookies(request).get(ACCESS_COOKIE);
      if (!cookie) return anonymousCaller;
      if ((options.cookieNeedsCsrfHeader ?? true) && !hasCsrfHeader(request))
        return new AuthProblem('CSRF_HEADER_REQUIRED', CSRF_HEADER_REQUIRED, 403);
      return this.checkSession(cookie);
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return new AuthProblem('UNAUTHENTICATED', 'Authorization 请求头格式应为 “Bearer <令牌或密钥>”', 401);
    const credential = match[1];
    return credential.startsWith(API_KEY_PREFIX) ? this.checkKey(credential) : this.checkSession(credential);
  }

  private async checkSession(token: string): Promise<Caller | AuthProblem> {
    const verified = verifySessionToken(this.sessionSecret, token, this.now());
    if (verified === 'EXPIRED')
      return new AuthProblem('SESSION_EXPIRED', '登录已过期：请用 refreshSession 换取新的访问令牌，或重新登录', 401);
    if (typeof verified === 'string') return new AuthProblem('UNAUTHENTICATED', '访问令牌无效，请重新登录', 401);
    // The common case answers from memory; only a stale list asks the ledger first.
    let verdict = this.endedSessions.verdict(verified.sessionId);
    if (verdict === 'UNCHECKED') verdict = await this.endedSessions.check(verified.sessionId);
    if (verdict === 'ENDED') return new AuthProblem('SESSION_ENDED', SESSION_ENDED, 401);
    if (verdict === 'UNCHECKED')
      return new AuthProblem('SESSION_CHECK_UNAVAILABLE', '暂时无法核对登录状态（台账服务无应答），请稍后重试', 503);
    return verified.caller;
  }

  private async checkKey(secret: string): Promise<Caller | AuthProblem> {
    const token = mintInternalToken(
      this.options.tokenSecret,
      { ...systemCaller, subject: 'gateway' },
      randomUUID(),
      this.now(),
    );
    let response: Response;
    try {
      response = await fetch(new URL('/internal/check-api-key', this.options.urls.ledger), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ secret }),
        signal: AbortSignal.timeout(KEY_CHECK_TIMEOUT_MS),
      });
    } catch {
      return new AuthProblem('SUBGRAPH_UNAVAILABLE', '暂时无法核验密钥，请稍后重试', 503);
    }
    const body = (await response.json().catch(() => null)) as {
      claims?: CallerClaims;
      error?: { code?: string; message?: string } & Record<string, unknown>;
    } | null;
    if (response.ok && body?.claims) {
      const caller = callerOfClaims(body.claims);
      if (caller) return caller;
    }
    const { code, message, ...details } = body?.error ?? {};
    if (code === 'RATE_LIMITED') return new AuthProblem(code, String(message), 429, details);
    if (code === 'INVALID_API_KEY') return new AuthProblem(code, String(message), 401);
    return new AuthProblem('SUBGRAPH_UNAVAILABLE', '暂时无法核验密钥，请稍后重试', 503);
  }
}
