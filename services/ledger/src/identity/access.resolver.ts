import { actorName, rightsOf } from '@jifen/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LedgerContext } from '../ledger-context';
import { Organization } from '../organization/organization.type';
import { AccountService } from './account.service';
import { ApiKeyService } from './api-key.service';
import {
  Account,
  ApiKey,
  CreateAccountInput,
  CreateApiKeyInput,
  IssuedApiKey,
  SessionTokens,
  Viewer,
} from './access.type';
import { accountView, apiKeyView } from './access.view';
import { IssuedSession, SessionService } from './session.service';
import { KeyRole, passwordProblem } from './account-rules';
import { AccessError, AccessErrorCode } from './access-error';

function sessionView(session: IssuedSession): SessionTokens {
  return {
    token: session.token,
    expiresAt: session.expiresAt.toISOString(),
    refreshToken: session.refreshToken,
    refreshExpiresAt: session.refreshExpiresAt.toISOString(),
    account: accountView(session.account),
  };
}

/** Signing in, accounts and API keys. `login`, `refreshSession` and `logout` are the only calls open to a caller not signed in. */
@Resolver()
export class AccessResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly accounts: AccountService,
    private readonly keys: ApiKeyService,
  ) {}

  @Mutation(() => SessionTokens, {
    description:
      '登录：返回访问令牌（放在 Authorization: Bearer 中）与刷新令牌；连续 5 次密码错误后，每次须稍候再试（等待逐次加倍，最长 1 分钟）',
  })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<SessionTokens> {
    return sessionView(await this.sessions.login(username, password));
  }

  @Mutation(() => SessionTokens, { description: '用刷新令牌换取新的访问令牌（刷新令牌随之更换，旧的作废）' })
  async refreshSession(@Arg('refreshToken', () => String) refreshToken: string): Promise<SessionTokens> {
    return sessionView(await this.sessions.refresh(refreshToken));
  }

  @Mutation(() => Boolean, { description: '退出登录：刷新令牌与访问令牌随即作废' })
  logout(@Arg('refreshToken', () => String) refreshToken: string): Promise<boolean> {
    return this.sessions.logout(refreshToken);
  }

  @Mutation(() => Boolean, { description: '修改本人密码；所有登录（含当前访问令牌）随之结束，需重新登录' })
  changePassword(
    @Ctx() ctx: LedgerContext,
    @Arg('oldPassword', () => String) oldPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return this.sessions.changePassword(ctx.caller, oldPassword, newPassword, (account) => {
      const problem = passwordProblem(newPassword, account.username);
      if (problem) throw new AccessError(AccessErrorCode.INVALID_ACCOUNT, problem, { field: 'newPassword' });
    });
  }

  @Query(() => Viewer, { description: '当前调用者：角色、权限、所在组织、账号或密钥' })
  async me(@Ctx() ctx: LedgerContext): Promise<Viewer> {
    const caller = ctx.caller;
    const account = await this.accounts.own(caller);
    const key = caller.keyId ? await this.keys.get(caller, caller.keyId) : null;
    return {
      role: caller.role,
      subject: caller.subject,
      name: actorName(caller),
      rights: [...rightsOf(caller)],
      organizationId: account?.organizationId ?? key?.organizationId ?? null,
      memberId: caller.memberId ?? null,
      account: account ? accountView(account) : null,
      apiKey: key ? apiKeyView(key) : null,
    };
  }

  @Mutation(() => Account, { description: '开设账号（本级不高于本人角色，或下级组织）' })
  async createAccount(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
  ): Promise<Account> {
    return accountView(await this.accounts.create(ctx.caller, input));
  }

  @Mutation(() => Account, { description: '重置他人密码（同时清除输错密码的等待，并结束其所有登录）' })
  async resetAccountPassword(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('password', () => String) password: string,
  ): Promise<Account> {
    return accountView(await this.accounts.resetPassword(ctx.caller, id, password));
  }

  @Mutation(() => Account, { description: '清除账号连续输错密码的次数与等待，使其可立即再登录' })
  async unlockAccount(@Ctx() ctx: LedgerContext, @Arg('id', () => ID) id: string): Promise<Account> {
    return accountView(await this.accounts.unlock(ctx.caller, id));
  }

  @Mutation(() => Account, { description: '停用或重新启用账号；停用即结束其所有登录，访问令牌随即失效' })
  async setAccountDisabled(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
  ): Promise<Account> {
    return accountView(await this.accounts.setDisabled(ctx.caller, id, disabled));
  }

  @Mutation(() => IssuedApiKey, { description: '签发密钥：完整密钥只在返回结果中显示这一次' })
  async createApiKey(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput,
  ): Promise<IssuedApiKey> {
    const issued = await this.keys.create(ctx.caller, { ...input, role: input.role as KeyRole });
    return { apiKey: apiKeyView(issued.apiKey), secret: issued.secret };
  }

  @Mutation(() => ApiKey, { description: '吊销密钥：立即失效' })
  async revokeApiKey(@Ctx() ctx: LedgerContext, @Arg('id', () => ID) id: string): Promise<ApiKey> {
    return apiKeyView(await this.keys.revoke(ctx.caller, id));
  }
}

/** The accounts and keys of a node, for those who manage access. */
@Resolver(() => Organization)
export class OrganizationAccessResolver {
  constructor(
    private readonly accountService: AccountService,
    private readonly keyService: ApiKeyService,
  ) {}

  @FieldResolver(() => [Account], { description: '设在本组织的账号（有管理账号权限者可见）' })
  async accounts(@Root() org: Organization, @Ctx() ctx: LedgerContext): Promise<Account[]> {
    return (await this.accountService.at(ctx.caller, org)).map(accountView);
  }

  @FieldResolver(() => [ApiKey], { description: '绑定本组织的密钥（有管理账号权限者可见）' })
  async apiKeys(@Root() org: Organization, @Ctx() ctx: LedgerContext): Promise<ApiKey[]> {
    return (await this.keyService.at(ctx.caller, org)).map(apiKeyView);
  }
}
