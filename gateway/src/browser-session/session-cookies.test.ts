import type { IncomingMessage } from 'node:http';
import { clearedCookies, hasCsrfHeader, readCookies, sessionCookies } from './session-cookies';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const now = Date.parse('2026-12-07T08:00:00Z');
const tokens = {
  token: 'access.token',
  expiresAt: '2026-12-07T08:15:00.000Z',
  refreshToken: 'refresh/token=',
  refreshExpiresAt: '2026-12-14T08:00:00.000Z',
};

describe('session cookies', () => {
  it('keeps both tokens httpOnly and SameSite=Strict, the refresh token for /auth only, each as long as it lasts', () => {
    expect(sessionCookies(tokens, false, now)).toEqual([
      'jifen_session=access.token; Path=/; Max-Age=900; SameSite=Strict; HttpOnly',
      'jifen_refresh=refresh%2Ftoken%3D; Path=/auth; Max-Age=604800; SameSite=Strict; HttpOnly',
      `jifen_session_expires=${Date.parse(tokens.expiresAt)}; Path=/; Max-Age=604800; SameSite=Strict`,
    ]);
  });

  it('adds Secure when asked (https), and clears all three with Max-Age=0', () => {
    expect(sessionCookies(tokens, true, now).every((line) => line.endsWith('; Secure'))).toBe(true);
    expect(clearedCookies(true)).toEqual([
      'jifen_session=; Path=/; Max-Age=0; SameSite=Strict; HttpOnly; Secure',
      'jifen_refresh=; Path=/auth; Max-Age=0; SameSite=Strict; HttpOnly; Secure',
      'jifen_session_expires=; Path=/; Max-Age=0; SameSite=Strict; Secure',
    ]);
  });

  it.each([
    ['', []],
    ['a=1', [['a', '1']]],
    [
      'a=1; b="two"; a=3',
      [
        ['a', '1'],
        ['b', 'two'],
      ],
    ],
    ['jifen_refresh=refresh%2Ftoken%3D; junk; =x', [['jifen_refresh', 'refresh/token=']]],
    ['bad=%E0%A4%A', [['bad', '%E0%A4%A']]],
  ])('reads the Cookie header %j', (header, expected) => {
    expect([...readCookies(request(header ? { cookie: header } : {}))]).toEqual(expected);
  });

  it.each([
    [{}, false],
    [{ 'apollo-require-preflight': 'true' }, true],
    [{ 'x-apollo-operation-name': 'Viewer' }, true],
    [{ 'apollo-require-preflight': ' ' }, false],
  ])('tells a CSRF header in %j: %s', (headers, expected) => {
    expect(hasCsrfHeader(request(headers as Record<string, string>))).toBe(expected);
  });
});
