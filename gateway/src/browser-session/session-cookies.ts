import type { IncomingMessage } from 'node:http';

/**
 * The cookies of a browser's session. The two tokens are httpOnly (no page script can read them) and
 * SameSite=Strict (no other site's page sends them); the refresh token travels only to /auth. The third cookie
 * holds no credential, only when the access cookie lapses, so that every tab of the page can plan one quiet
 * renewal (web/src/lib/session-clock.ts) without ever seeing a token.
 */
export const ACCESS_COOKIE = 'jifen_session';
export const REFRESH_COOKIE = 'jifen_refresh';
export const EXPIRES_COOKIE = 'jifen_session_expires';

/** Where the refresh cookie is sent: the sign-in routes only. */
export const AUTH_PATH = '/auth';

/** Every cookie of a request's Cookie header (the first of a repeated name), values decoded. */
export function readCookies(request: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  const header = request.headers.cookie;
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (!name || cookies.has(name)) continue;
    let value = part.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

export interface CookieOptions {
  path: string;
  /** Seconds; 0 ends the cookie now. */
  maxAgeSeconds: number;
  httpOnly: boolean;
  secure: boolean;
}

/** One Set-Cookie value, always SameSite=Strict. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
    'SameSite=Strict',
  ];
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/** What the ledger's login and refreshSession answer with (SessionTokens). */
export interface SessionTokens {
  token: string;
  expiresAt: string;
  refreshToken: string;
  refreshExpiresAt: string;
}

const secondsUntil = (iso: string, nowMs: number) => (Date.parse(iso) - nowMs) / 1000;

/** The three cookies of a new or renewed session. */
export function sessionCookies(tokens: SessionTokens, secure: boolean, nowMs: number): string[] {
  const accessSeconds = secondsUntil(tokens.expiresAt, nowMs);
  const refreshSeconds = secondsUntil(tokens.refreshExpiresAt, nowMs);
  return [
    serializeCookie(ACCESS_COOKIE, tokens.token, { path: '/', maxAgeSeconds: accessSeconds, httpOnly: true, secure }),
    serializeCookie(REFRESH_COOKIE, tokens.refreshToken, {
      path: AUTH_PATH,
      maxAgeSeconds: refreshSeconds,
      httpOnly: true,
      secure,
    }),
    serializeCookie(EXPIRES_COOKIE, String(Date.parse(tokens.expiresAt)), {
      path: '/',
      maxAgeSeconds: refreshSeconds,
      httpOnly: false,
      secure,
    }),
  ];
}

/** The three cookies ended (logout, or a session the ledger no longer renews). */
export function clearedCookies(secure: boolean): string[] {
  return [
    serializeCookie(ACCESS_COOKIE, '', { path: '/', maxAgeSeconds: 0, httpOnly: true, secure }),
    serializeCookie(REFRESH_COOKIE, '', { path: AUTH_PATH, maxAgeSeconds: 0, httpOnly: true, secure }),
    serializeCookie(EXPIRES_COOKIE, '', { path: '/', maxAgeSeconds: 0, httpOnly: false, secure }),
  ];
}

/** Headers that only a page of this origin can send (any custom header needs a CORS preflight, which the gateway never grants). */
export const CSRF_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

export function hasCsrfHeader(request: IncomingMessage): boolean {
  return CSRF_HEADERS.some((name) => {
    const value = request.headers[name];
    return typeof value === 'string' && value.trim() !== '';
  });
}
