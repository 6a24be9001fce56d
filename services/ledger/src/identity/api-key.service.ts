import { API_KEY_PREFIX, Caller, CallerClaims, hasRight, isWithinScope, Right, rightLabels } from '@jifen/kit';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { findOrganizations, OrganizationRecord } from '../organization/organization.storage';
import { organizationNotFound } from '../ledger-error';
import { AccessError, AccessErrorCode, apiKeyNotFound, mayNotIssue } from './access-error';
import * as storage from './api-key.storage';
import { ApiKeyRecord } from './api-key.storage';
import { KEY_RATE_LIMIT, KeyRole, keyRoles, mayIssue, rightsBeyond, roleFitsLevel, roleLabels } from './account-rules';
import { apiKeyLabel } from './actor-label';
import { newSecret, secretHash } from './secrets';

export interface NewApiKey {
  organizationId: string;
  name: string;
  role: KeyRole;
  rights: Right[];
  rateLimitPerMinute?: number | null;
}

/** What the gateway learns from a key: the caller it acts as. */
export interface KeyCheck {
  claims: CallerClaims;
}

/**
 * Keys for branches' own tools: bound to a node and a subset of a role's rights, shown once, kept as a hash,
 * revocable at once, with their last use and a per-minute limit.
 */
export class ApiKeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  async create(caller: Caller, input: NewApiKey): Promise<{ apiKey: ApiKeyRecord; secret: string }> {
    const name = input.name.trim();
    if (!name || name.length > 60) invalid('请为密钥起一个 1–60 字的名称（如“支部考勤机”）', 'name');
    if (!keyRoles.includes(input.role))
      invalid('密钥的角色只能是区委组织部、镇(街道)党(工)委、党支部书记或积分记录员', 'role');
    const rights = [...new Set(input.rights)];
    if (rights.length === 0) invalid('请至少选择一项权限', 'rights');
    const beyond = rightsBeyond(input.role, rights, caller);
    if (beyond.length)
      invalid(
        `这些权限不能授予${roleLabels[input.role]}密钥或超出了您本人的权限：${beyond.map((r) => rightLabels[r]).join('、')}`,
        'rights',
      );
    const limit = input.rateLimitPerMinute ?? KEY_RATE_LIMIT.default;
    if (!Number.isInteger(limit) || limit < 1 || limit > KEY_RATE_LIMIT.max)
      invalid(`每分钟调用上限须为 1–${KEY_RATE_LIMIT.max} 的整数`, 'rateLimitPerMinute');
    const secret = newSecret('jk');
    const id = randomUUID();
    await this.dataSource.transaction(async (db) => {
      const [node] = await findOrganizations(db, [input.organizationId], caller.scopePath);
      if (!node) throw organizationNotFound(input.organizationId);
      if (!roleFitsLevel(input.role, node.level))
        invalid(`${roleLabels[input.role]}密钥不能设在这一层级的组织上`, 'role');
      if (!mayIssue(caller, input.role, node.path)) throw mayNotIssue(`为“${node.name}”签发密钥`);
      await storage.insertApiKey(db, {
        id,
        districtId: node.districtId,
        organizationId: node.id,
        name,
        role: input.role,
        rights,
        prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
        secretHash: secretHash(secret),
        rateLimitPerMinute: limit,
        createdBy: caller.subject,
        at: this.clock(),
      });
    });
    return { apiKey: await this.get(caller, id), secret };
  }

  /** Revoked at once: the next call with it is refused (every call looks the key up). */
  async revoke(caller: Caller, id: string): Promise<ApiKeyRecord> {
    await this.dataSource.transaction(async (db) => {
      const [key] = await storage.findApiKeys(db, [id], caller.scopePath, true);
      if (!key) throw apiKeyNotFound(id);
      if (!mayIssue(caller, key.role, key.organizationPath)) throw mayNotIssue('吊销这个密钥');
      await storage.revokeApiKey(db, id, caller.subject, this.clock());
    });
    return this.get(caller, id);
  }

  async get(caller: Caller, id: string): Promise<ApiKeyRecord> {
    const [key] = await storage.findApiKeys(this.dataSource.manager, [id], caller.scopePath);
    if (!key) throw apiKeyNotFound(id);
    return key;
  }

  async at(caller: Caller, node: OrganizationRecord): Promise<ApiKeyRecord[]> {
    if (!hasRight(caller, Right.MANAGE_ACCESS) || !isWithinScope(caller, node.path)) return [];
    return storage.apiKeysAt(this.dataSource.manager, [node.id]);
  }

  /** The gateway's check of a key on each call: the caller it acts as, or why it is refused. */
  async check(secret: unknown): Promise<KeyCheck> {
    if (typeof secret !== 'string' || !secret.startsWith(API_KEY_PREFIX) || secret.length > 100) throw invalidKey();
    const now = this.clock();
    const use = await storage.useApiKey(this.dataSource.manager, secretHash(secret), now);
    if (!use) throw invalidKey();
    if (use.used > use.limit) {
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((new Date(use.windowStart).getTime() + 60_000 - now.getTime()) / 1000),
      );
      throw new AccessError(
        AccessErrorCode.RATE_LIMITED,
        `该密钥每分钟最多调用 ${use.limit} 次，请 ${retryAfterSeconds} 秒后再试`,
        { retryAfterSeconds, limit: use.limit },
      );
    }
    return {
      claims: {
        role: use.role,
        scope: use.scopePath,
        sub: `key:${use.id}`,
        nm: apiKeyLabel(use),
        kid: use.id,
        rts: use.rights,
      },
    };
  }
}

function invalidKey(): AccessError {
  return new AccessError(AccessErrorCode.INVALID_API_KEY, '密钥无效或已吊销');
}

function invalid(message: string, field: string): never {
  throw new AccessError(AccessErrorCode.INVALID_API_KEY_INPUT, message, { field });
}
