import { Caller, idsOnPath, isSameOrBelow, onlyUuids, Role } from '@jifen/kit';

/**
 * Which schemes (and with them their versions and filings) a caller sees, by the owning organisation:
 * the owners on the caller's own path — the district, township and branch whose rules apply to the
 * caller's node, the node itself included — and every owner inside the caller's scope (an upper level
 * sees the schemes below it). Siblings and cousins never. `null`: everything (the platform itself).
 */
export interface SchemeVisibility {
  /** Ids of the nodes on the caller's path, from the district down to the caller's node. */
  readonly onPath: readonly string[];
  /** The caller's scope path (owners at or below it are visible); `null`: no subtree (no one signed in). */
  readonly under: string | null;
}

export function schemeVisibility(caller: Caller): SchemeVisibility | null {
  if (caller.role === Role.ANONYMOUS) return { onPath: [], under: null };
  if (caller.scopePath === null) return null;
  return { onPath: onlyUuids(idsOnPath(caller.scopePath)), under: caller.scopePath };
}

/**
 * The rule as a predicate on the owner's id and path, for code and tests; storage applies the same rule
 * in SQL (`visibleOwnerClause`). The owner's id counts on the caller's path even when its stored path is
 * out of date, since the caller's own path comes fresh with every request.
 */
export function isVisible(visibility: SchemeVisibility | null, owner: { id: string; path: string | null }): boolean {
  if (visibility === null) return true;
  if (visibility.onPath.includes(owner.id)) return true;
  return visibility.under !== null && owner.path !== null && isSameOrBelow(owner.path, visibility.under);
}

/** Whether the caller sees a scheme owned by the node at `ownerPath` (its id is the path's last label). */
export function maySeeScheme(caller: Caller, ownerId: string, ownerPath: string): boolean {
  return isVisible(schemeVisibility(caller), { id: ownerId, path: ownerPath });
}

/**
 * `AND (<owner on the caller's path> OR <owner under the caller's scope>)` on a `scheme.scheme` row
 * aliased `alias`; nothing for the platform itself, `AND FALSE` for no one signed in. `$n` are the next
 * parameters.
 */
export function visibleOwnerClause(alias: string, visibility: SchemeVisibility | null, params: unknown[]): string {
  if (visibility === null) return '';
  if (visibility.under === null) return ' AND FALSE';
  params.push(visibility.onPath, visibility.under);
  return ` AND (${alias}.owner_org_id = ANY($${params.length - 1}::uuid[]) OR ${alias}.owner_org_path <@ $${params.length}::ltree)`;
}
