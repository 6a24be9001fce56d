import { Caller, mintSessionToken } from '@jifen/kit';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccessError, AccessErrorCode, invalidCredentials } from './access-error';
import * as accounts from './account.storage';
import { AccountRecord, SigningInAccount } from './account.storage';
import * as storage from './session.storage';
import { accountLabel } from './actor-label';
import { afterFailure, mayTrySignIn, REFRESH_TTL_DAYS } from './account-rules';
import { hashPassword, newSecret, passwordMatches, secretHash, UNKNOWN_ACCOUNT_HASH } from './secrets';

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  account: AccountRecord;
}

/** The caller an account acts as while signed in. */
function callerOfAccount(account: SigningInAccount): Caller {
  return {
    role: account.role,
    scopePath: account.scopePath,
    subject: `account:${account.id}`,
    name: accountLabel(account),
    ...(account.memberId ? { memberId: account.memberId } : {}),
  };
}

/**
 * Signing in and staying signed in: login, refresh (rotating the refresh token), logout, own password.
 * `sessionsEnded` is told after every commit that ended sessions (the gateway's feed, session-endings.ts).
 */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessionSecret: string,
    private readonly clock: () => Date,
    private readonly sessionsEnded: () => void = () => {},
  ) {}

  /**
   * Checks the password; a wrong one counts towards the account's sign-in delay (account-rules.ts), and is kept
   * even though the call fails. An unknown username, and an account still waiting out its delay (its password is
   * then not checked), cost as long as a wrong password and answer the same: no one learns from the answer whether
   * a name exists or is being slowed down. The row stays locked only while a password is really checked.
   */
  async login(username: string, password: string): Promise<IssuedSession> {
    const now = this.clock();
    const outcome = await this.dataSource.transaction(async (db) => {
      const account = await accounts.accountForLogin(db, username.trim());
      if (!account || !mayTrySignIn(account.lockedUntil, now)) return 'NOT_CHECKED' as const;
      if (!(await passwordMatches(password, account.passwordHash))) {
        const next = afterFailure(account.failedLogins, now);
        await accounts.setLoginState(db, account.id, next.failedLogins, next.lockedUntil);
        return invalidCredentials();
      }
      const refusal = unusable(account);
      if (refusal) return refusal;
      await accounts.setLoginState(db, account.id, 0, null);
      return this.open(db, account, now);
    });
    if (outcome === 'NOT_CHECKED') {
      await passwordMatches(password, UNKNOWN_ACCOUNT_HASH);
      throw invalidCredentials();
    }
    if (outcome instanceof AccessError) throw outcome;
    return outcome;
  }

  /** A new token for a refresh token; the refresh token is replaced. A replaced one used again ends the session (it was copied). */
  async refresh(refreshToken: string): Promise<IssuedSession> {
    const now = this.clock();
    let ended = 0;
    const outcome = await this.dataSource.transaction(async (db) => {
      const hash = secretHash(refreshToken);
      const found = await storage.sessionOfRefresh(db, hash);
      if (!found || found.session.endedAt || found.session.expiresAt <= now) return badRefresh();
      if (found.retired) {
        ended = await storage.endSessions(db, { sessionId: found.session.id }, now, 'REFRESH_REUSED');
        return badRefresh();
      }
      const account = await accounts.accountById(db, found.session.accountId);
      const refusal = account ? unusable(account) : badRefresh();
      if (refusal || !account) {
        ended = await storage.endSessions(db, { sessionId: found.session.id }, now, 'ACCOUNT_UNUSABLE');
        return refusal ?? badRefresh();
      }
      const next = newSecret('jr');
      const refreshExpiresAt = refreshExpiry(now);
      await storage.rotateRefresh(db, found.session.id, hash, secretHash(next), now, refreshExpiresAt);
      return this.issue(account, found.session.id, next, refreshExpiresAt, now);
    });
    if (ended > 0) this.sessionsEnded();
    if (outcome instanceof AccessError) throw outcome;
    return outcome;
  }

  /** Ends the session the refresh token belongs to; its access tokens stop at their next call (the gateway hears of it). */
  async logout(refreshToken: string): Promise<boolean> {
    const ended = await this.dataSource.transaction(async (db) => {
      const found = await storage.sessionOfRefresh(db, secretHash(refreshToken));
      if (!found || found.session.endedAt) return false;
      await storage.endSessions(db, { sessionId: found.session.id }, this.clock(), 'LOGOUT');
      return true;
    });
    if (ended) this.sessionsEnded();
    return ended;
  }

  /** The signed-in person's own password; every session of the account ends (sign in again everywhere). */
  async changePassword(
    caller: Caller,
    oldPassword: string,
    newPassword: string,
    checkNew: (account: AccountRecord) => void,
  ): Promise<boolean> {
    const accountId = accountIdOf(caller);
    const now = this.clock();
    const outcome = await this.dataSource.transaction(async (db) => {
      const account = await accounts.accountById(db, accountId, true);
      if (!account) return notAnAccount();
      if (!(await passwordMatches(oldPassword, account.passwordHash)))
        return new AccessError(AccessErrorCode.INVALID_CREDENTIALS, '原密码不正确');
      checkNew(account);
      await accounts.setPassword(db, account.id, await hashPassword(newPassword), now);
      await storage.endSessions(db, { accountId: account.id }, now, 'PASSWORD_CHANGED');
      return true as const;
    });
    if (outcome instanceof AccessError) throw outcome;
    this.sessionsEnded();
    return outcome;
  }

  private async open(db: EntityManager, account: SigningInAccount, now: Date): Promise<IssuedSession> {
    const sessionId = randomUUID();
    const refreshToken = newSecret('jr');
    const refreshExpiresAt = refreshExpiry(now);
    await storage.insertSession(db, {
      id: sessionId,
      districtId: account.districtId,
      accountId: account.id,
      refreshHash: secretHash(refreshToken),
      at: now,
      expiresAt: refreshExpiresAt,
    });
    return this.issue(account, sessionId, refreshToken, refreshExpiresAt, now);
  }

  private issue(
    account: SigningInAccount,
    sessionId: string,
    refreshToken: string,
    refreshExpiresAt: Date,
    now: Date,
  ): IssuedSession {
    const { token, expiresAt } = mintSessionToken(
      this.sessionSecret,
      callerOfAccount(account),
      sessionId,
      now.getTime(),
    );
    const { passwordHash: _hash, scopePath: _scope, memberStatus: _status, ...record } = account;
    return { token, expiresAt, refreshToken, refreshExpiresAt, account: record };
  }
}

/** The account id a signed-in caller acts as; a key or the platform has none. */
export function accountIdOf(caller: Caller): string {
  if (!caller.subject.startsWith('account:') || caller.keyId) throw notAnAccount();
  return caller.subject.slice('account:'.length);
}

function refreshExpiry(now: Date): Date {
  return new Date(now.getTime() + REFRESH_TTL_DAYS * 86_400_000);
}

function unusable(account: SigningInAccount): AccessError | null {
  if (account.disabledAt)
    return new AccessError(AccessErrorCode.ACCOUNT_DISABLED, '该账号已停用，请联系上级组织', {
      username: account.username,
    });
  if (account.memberId && account.memberStatus === 'TRANSFERRED_OUT') {
    return new AccessError(AccessErrorCode.ACCOUNT_DISABLED, '该党员的组织关系已转出，账号不能再登录', {
      username: account.username,
    });
  }
  if (!account.scopePath)
    return new AccessError(AccessErrorCode.ACCOUNT_DISABLED, '该账号所在组织已不在支部之下，请联系上级组织', {
      username: account.username,
    });
  return null;
}

function badRefresh(): AccessError {
  return new AccessError(AccessErrorCode.INVALID_REFRESH_TOKEN, '刷新令牌无效或已过期，请重新登录');
}

function notAnAccount(): AccessError {
  return new AccessError(AccessErrorCode.NOT_AN_ACCOUNT, '只有以账号登录时才能办理此事项（密钥不能）');
}
