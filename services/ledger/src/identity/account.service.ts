import { Caller, hasRight, isWithinScope, Right } from '@jifen/kit';
import { isUniqueViolation } from '@jifen/kit/server';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { findMembers } from '../member/member.storage';
import { findOrganizations, OrganizationRecord } from '../organization/organization.storage';
import { organizationNotFound } from '../ledger-error';
import { AccessError, AccessErrorCode, accountNotFound, mayNotIssue } from './access-error';
import * as storage from './account.storage';
import { AccountRecord } from './account.storage';
import { endSessions } from './session.storage';
import {
  AccountRole,
  accountRoles,
  mayIssue,
  passwordProblem,
  roleFitsLevel,
  roleLabels,
  USERNAME_PATTERN,
} from './account-rules';
import { hashPassword } from './secrets';
import { accountIdOf } from './session.service';

export interface NewAccount {
  username: string;
  /** The person's name; a member's account may leave it out (the member's own name). */
  displayName?: string | null;
  role: AccountRole;
  organizationId: string;
  memberId?: string | null;
  password: string;
}

/**
 * Accounts, kept by the committees above them: create, reset a password (which also clears the sign-in delay), clear
 * the delay, disable, enable. `sessionsEnded` is told after every commit that ended sessions (session-endings.ts).
 */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
    private readonly sessionsEnded: () => void = () => {},
  ) {}

  async create(caller: Caller, input: NewAccount): Promise<AccountRecord> {
    const username = input.username.trim();
    const given = input.displayName?.trim() ?? '';
    if (!USERNAME_PATTERN.test(username))
      invalid('用户名须为 3–40 位字母、数字、点、下划线或连字符，以字母或数字开头', 'username');
    if (!given && input.role !== 'MEMBER') invalid('请填写使用人的姓名（如“张某”）', 'displayName');
    if (!accountRoles.includes(input.role)) invalid('角色不正确', 'role');
    checkPassword(input.password, username);
    const passwordHash = await hashPassword(input.password);
    const id = randomUUID();
    await this.dataSource
      .transaction(async (db) => {
        const node = await nodeInScope(db, caller, input.organizationId);
        if (!roleFitsLevel(input.role, node.level))
          invalid(`${roleLabels[input.role]}账号不能设在这一层级的组织上`, 'role');
        if (!mayIssue(caller, input.role, node.path))
          throw mayNotIssue(`为“${node.name}”开设${roleLabels[input.role]}账号`);
        const member = await this.memberOfAccount(db, caller, input, node);
        const memberId = member?.id ?? null;
        const displayName = given || member!.name;
        await storage.insertAccount(db, {
          id,
          districtId: node.districtId,
          username,
          displayName,
          role: input.role,
          organizationId: node.id,
          memberId,
          passwordHash,
          createdBy: caller.subject,
          at: this.clock(),
        });
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'account_username_key'))
          throw new AccessError(AccessErrorCode.USERNAME_TAKEN, `用户名“${username}”已被使用，请换一个`, {
            field: 'username',
          });
        throw error;
      });
    return this.get(caller, id);
  }

  /** A new password set by a committee above (the person forgot theirs): clears the sign-in delay and ends every session. */
  async resetPassword(caller: Caller, id: string, password: string): Promise<AccountRecord> {
    return this.change(caller, id, '重置密码', async (db, account) => {
      checkPassword(password, account.username);
      const now = this.clock();
      await storage.setPassword(db, account.id, await hashPassword(password), now);
      return (await endSessions(db, { accountId: account.id }, now, 'PASSWORD_RESET')) > 0;
    });
  }

  /** Clears the failures in a row and the delay they set (the owner may try again at once). */
  async unlock(caller: Caller, id: string): Promise<AccountRecord> {
    return this.change(caller, id, '解锁账号', async (db, account) => {
      await storage.setLoginState(db, account.id, 0, null);
      return false;
    });
  }

  /** Stops an account signing in and ends its sessions: its access tokens stop at their next call. */
  async setDisabled(caller: Caller, id: string, disabled: boolean): Promise<AccountRecord> {
    return this.change(caller, id, disabled ? '停用账号' : '启用账号', async (db, account) => {
      const now = this.clock();
      await storage.setDisabled(db, account.id, disabled ? now : null);
      return disabled && (await endSessions(db, { accountId: account.id }, now, 'DISABLED')) > 0;
    });
  }

  async get(caller: Caller, id: string): Promise<AccountRecord> {
    const [account] = await storage.findAccounts(this.dataSource.manager, [id], caller.scopePath);
    if (!account) throw accountNotFound(id);
    return account;
  }

  /** The caller's own account, or null for a key or the platform. */
  async own(caller: Caller): Promise<AccountRecord | null> {
    if (!caller.subject.startsWith('account:') || caller.keyId) return null;
    const [account] = await storage.findAccounts(this.dataSource.manager, [accountIdOf(caller)], null);
    return account ?? null;
  }

  /** The accounts at a node, for those who may manage them; others see none. */
  async at(caller: Caller, node: OrganizationRecord): Promise<AccountRecord[]> {
    if (!hasRight(caller, Right.MANAGE_ACCESS)) return [];
    return storage.accountsAt(this.dataSource.manager, [node.id]);
  }

  /** One change to an account by a committee above; `apply` answers whether it ended sessions. */
  private async change(
    caller: Caller,
    id: string,
    what: string,
    apply: (db: EntityManager, account: AccountRecord) => Promise<boolean>,
  ): Promise<AccountRecord> {
    const ended = await this.dataSource.transaction(async (db) => {
      const account = await storage.accountById(db, id, true);
      if (!account || !isWithinScope(caller, account.organizationPath)) throw accountNotFound(id);
      if (!mayIssue(caller, account.role, account.organizationPath) || caller.subject === `account:${account.id}`)
        throw mayNotIssue(what);
      return apply(db, account);
    });
    if (ended) this.sessionsEnded();
    return this.get(caller, id);
  }

  /** A member's account is bound to a member on the roster of that branch (or one of its groups), and bears the member's name. */
  private async memberOfAccount(
    db: EntityManager,
    caller: Caller,
    input: NewAccount,
    node: OrganizationRecord,
  ): Promise<{ id: string; name: string } | null> {
    if (input.role !== 'MEMBER') {
      if (input.memberId) invalid('只有党员账号才关联党员', 'memberId');
      return null;
    }
    if (!input.memberId) invalid('党员账号须关联一名党员（memberId）', 'memberId');
    const [member] = await findMembers(db, [input.memberId!], caller.scopePath);
    const onBranch = member && (member.orgPath === node.path || member.orgPath.startsWith(`${node.path}.`));
    if (!member || !onBranch || member.status === 'TRANSFERRED_OUT')
      invalid(`“${node.name}”的党员名册中没有这名党员`, 'memberId');
    return { id: member!.id, name: member!.name };
  }
}

async function nodeInScope(db: EntityManager, caller: Caller, id: string): Promise<OrganizationRecord> {
  const [node] = await findOrganizations(db, [id], caller.scopePath);
  if (!node) throw organizationNotFound(id);
  return node;
}

function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) invalid(problem, 'password');
}

function invalid(message: string, field: string): never {
  throw new AccessError(AccessErrorCode.INVALID_ACCOUNT, message, { field });
}
