import express, { Application, Request, Response } from 'express';
import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { anonymousCaller, Logger } from '@jifen/kit';
import { GatewayContext } from '../gateway-context';
import { requestIdOf } from '../http/request-door';
import { clientAddress } from '../login-throttle';
import { CSRF_HEADER_REQUIRED } from '../caller';
import {
  clearedCookies,
  hasCsrfHeader,
  readCookies,
  REFRESH_COOKIE,
  sessionCookies,
  SessionTokens,
} from './session-cookies';
import { RefreshOnce } from './refresh-once';
import { apiGraphql } from '../generated/api';

/**
 * One GraphQL operation run by the gateway's own engine, as if it had come to /graphql (plugins, throttle, errors):
 * a typed document (gateway/src/generated/api, checked against schema/api.graphql) and its variables.
 */
export type RunOperation = <R, V extends Record<string, unknown>>(
  operation: Operation<R, V>,
  context: GatewayContext,
) => Promise<OperationAnswer<R>>;

export interface Operation<R, V> {
  query: TypedDocumentNode<R, V>;
  variables: V;
}

export interface OperationAnswer<R = unknown> {
  data?: R | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  /** The HTTP status the engine would have answered with, and its headers (Retry-After). */
  status: number;
  headers: Record<string, string>;
}

export interface BrowserSessionOptions {
  run: RunOperation;
  logger: Logger;
  trustProxy: boolean;
  /** Secure cookies: always, never, or when the request came over https (`auto`, the default). */
  secureCookies?: 'auto' | 'always' | 'never';
  now?: () => number;
}

/** The sign-in; its fragment BrowserAccount says who signed in: all a page is told (never a token). */
const LOGIN = apiGraphql(`mutation BrowserLogin($username: String!, $password: String!) {
  login(username: $username, password: $password) { token expiresAt refreshToken refreshExpiresAt account { ...BrowserAccount } }
}
fragment BrowserAccount on Account { username displayName role organizationId memberId }`);
const REFRESH = apiGraphql(`mutation BrowserRefresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { token expiresAt refreshToken refreshExpiresAt account { ...BrowserAccount } }
}`);
const LOGOUT = apiGraphql(`mutation BrowserLogout($refreshToken: String!) { logout(refreshToken: $refreshToken) }`);

type Tokens = SessionTokens & Pick<ResultOf<typeof LOGIN>['login'], 'account'>;

/**
 * The browser's sign-in (web/src/features/auth): `POST /auth/login`, `/auth/refresh` and `/auth/logout` run the
 * ledger's login, refreshSession and logout through the gateway's own engine, so the sign-in throttle and the
 * catch-up of ended sessions apply as for any client, and move the tokens into httpOnly SameSite=Strict cookies
 * (session-cookies.ts). The answer names who signed in and when the access cookie lapses; no token is in it. Every
 * route needs the CSRF header, so no other site's form can sign a browser in or out.
 */
export function mountBrowserSessions(app: Application, options: BrowserSessionOptions): void {
  const now = options.now ?? Date.now;
  const refreshOnce = new RefreshOnce<OperationAnswer<ResultOf<typeof REFRESH>>>(now);
  const secureFor = (req: Request) => {
    if (options.secureCookies === 'always') return true;
    if (options.secureCookies === 'never') return false;
    return req.secure || (options.trustProxy && String(req.headers['x-forwarded-proto'] ?? '').startsWith('https'));
  };
  const contextOf = (req: Request, res: Response): GatewayContext => ({
    caller: anonymousCaller,
    requestId: requestIdOf(req, res),
    clientAddress: clientAddress(req, options.trustProxy),
  });
  const body = express.json({ limit: '16kb' });

  const guard = (req: Request, res: Response): boolean => {
    if (hasCsrfHeader(req)) return true;
    refuse(req, res, 403, 'CSRF_HEADER_REQUIRED', CSRF_HEADER_REQUIRED);
    return false;
  };

  const answerTokens = (req: Request, res: Response, answer: OperationAnswer, tokens: Tokens | undefined) => {
    if (!tokens) return void sendErrors(req, res, answer);
    res.set('Set-Cookie', sessionCookies(tokens, secureFor(req), now()));
    res.set('Cache-Control', 'no-store').json({ account: tokens.account, expiresAt: tokens.expiresAt });
  };

  app.post('/auth/login', body, async (req, res, next) => {
    try {
      if (!guard(req, res)) return;
      const { username, password } = (req.body ?? {}) as Record<string, unknown>;
      if (typeof username !== 'string' || typeof password !== 'string' || !username.trim() || !password)
        return void refuse(req, res, 400, 'BAD_USER_INPUT', '请填写用户名和密码');
      const answer = await options.run({ query: LOGIN, variables: { username, password } }, contextOf(req, res));
      answerTokens(req, res, answer, answer.data?.login);
    } catch (error) {
      next(error);
    }
  });

  app.post('/auth/refresh', async (req, res, next) => {
    try {
      if (!guard(req, res)) return;
      const refreshToken = readCookies(req).get(REFRESH_COOKIE);
      if (!refreshToken) {
        res.set('Set-Cookie', clearedCookies(secureFor(req)));
        return void refuse(req, res, 401, 'UNAUTHENTICATED', '登录已过期，请重新登录');
      }
      // Two tabs renewing at once send the same single-use token: the second gets the first one's answer.
      const answer = await refreshOnce.run(refreshToken, () =>
        options.run({ query: REFRESH, variables: { refreshToken } }, contextOf(req, res)),
      );
      if (!answer.data?.refreshSession) res.set('Set-Cookie', clearedCookies(secureFor(req)));
      answerTokens(req, res, answer, answer.data?.refreshSession);
    } catch (error) {
      next(error);
    }
  });

  app.post('/auth/logout', async (req, res, next) => {
    try {
      if (!guard(req, res)) return;
      const refreshToken = readCookies(req).get(REFRESH_COOKIE);
      res.set('Set-Cookie', clearedCookies(secureFor(req)));
      if (refreshToken) {
        const answer = await options.run({ query: LOGOUT, variables: { refreshToken } }, contextOf(req, res));
        // A session that had already ended is signed out all the same; anything else is said.
        const code = answer.errors?.[0]?.extensions?.code;
        if (!answer.data?.logout && code !== 'INVALID_REFRESH_TOKEN') return void sendErrors(req, res, answer);
      }
      res.set('Cache-Control', 'no-store').json({ ok: true });
    } catch (error) {
      next(error);
    }
  });
}

function refuse(req: Request, res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ error: { code, message, requestId: requestIdOf(req, res) } });
}

/** An operation's refusal as the file routes answer: `{ error: { code, message, …, requestId } }` and its status. */
function sendErrors(req: Request, res: Response, answer: OperationAnswer): void {
  const first = answer.errors?.[0];
  const { code, http: _http, ...details } = (first?.extensions ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(answer.headers)) res.set(name, value);
  const status = answer.status >= 400 ? answer.status : statusOf(code);
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({
      error: {
        ...details,
        code: typeof code === 'string' ? code : 'INTERNAL',
        message: first?.message ?? '登录服务暂时不可用，请稍后重试',
        requestId: requestIdOf(req, res),
      },
    });
}

function statusOf(code: unknown): number {
  if (code === 'INVALID_CREDENTIALS' || code === 'INVALID_REFRESH_TOKEN' || code === 'UNAUTHENTICATED') return 401;
  if (code === 'TOO_MANY_SIGN_IN_ATTEMPTS' || code === 'RATE_LIMITED') return 429;
  if (code === 'ACCOUNT_DISABLED') return 403;
  if (code === 'BAD_USER_INPUT') return 400;
  if (code === 'SUBGRAPH_UNAVAILABLE') return 503;
  return 400;
}
