import { EntityManager } from 'typeorm';
import { AccountRecord, accountColumns } from './account.storage';
import { ApiKeyRecord, keyColumns } from './api-key.storage';

// The accounts and keys of a whole subtree, for the committees' console: one query each, in the tree's order.

/** The accounts at the node at `path` and below it: node by node down the tree, then by role and user name. */
export function accountsWithin(db: EntityManager, path: string): Promise<AccountRecord[]> {
  return db.query(
    `SELECT ${accountColumns} FROM ledger.account a JOIN ledger.organization o ON o.id = a.org_id
      WHERE o.path <@ $1::ltree ORDER BY o.path, a.role, lower(a.username)`,
    [path],
  );
}

/** The keys bound at the node at `path` and below it: valid ones first, newest first. */
export function apiKeysWithin(db: EntityManager, path: string): Promise<ApiKeyRecord[]> {
  return db.query(
    `SELECT ${keyColumns} FROM ledger.api_key k JOIN ledger.organization o ON o.id = k.org_id
      WHERE o.path <@ $1::ltree ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC`,
    [path],
  );
}
