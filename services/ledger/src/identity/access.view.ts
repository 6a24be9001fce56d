import { AccountRecord } from './account.storage';
import { ApiKeyRecord } from './api-key.storage';
import { Account, ApiKey } from './access.type';
import { accountLabel } from './actor-label';

const iso = (at: Date | string | null): string | null => (at === null ? null : new Date(at).toISOString());

export function accountView(record: AccountRecord): Account {
  return {
    id: record.id,
    username: record.username,
    displayName: record.displayName,
    label: accountLabel(record),
    role: record.role,
    organizationId: record.organizationId,
    memberId: record.memberId,
    failedLogins: record.failedLogins,
    lockedUntil: iso(record.lockedUntil),
    disabledAt: iso(record.disabledAt),
    createdBy: record.createdBy,
    createdAt: iso(record.createdAt)!,
  };
}

export function apiKeyView(record: ApiKeyRecord): ApiKey {
  return {
    id: record.id,
    name: record.name,
    organizationId: record.organizationId,
    role: record.role,
    rights: record.rights,
    prefix: record.prefix,
    rateLimitPerMinute: record.rateLimitPerMinute,
    createdBy: record.createdBy,
    createdAt: iso(record.createdAt)!,
    revokedAt: iso(record.revokedAt),
    lastUsedAt: iso(record.lastUsedAt),
  };
}
