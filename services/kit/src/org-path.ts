/**
 * Organisation paths (owned by the ledger) are ltree values made of the ids of the nodes from the
 * district down; a label is the id's 32 hex digits (ltree labels on PostgreSQL 15 take no hyphens).
 * Other services read ancestry straight from a path, so the format is part of the contract.
 */
export function labelOf(id: string): string {
  return id.replace(/-/g, '').toLowerCase();
}

export function idOfLabel(label: string): string {
  return `${label.slice(0, 8)}-${label.slice(8, 12)}-${label.slice(12, 16)}-${label.slice(16, 20)}-${label.slice(20)}`;
}

/** Ids of the nodes on a path, from the district down to the node itself. */
export function idsOnPath(path: string): string[] {
  return path.split('.').map(idOfLabel);
}

export function childPath(parentPath: string | null, id: string): string {
  return parentPath ? `${parentPath}.${labelOf(id)}` : labelOf(id);
}

/** True when `path` is `ancestor` itself or lies below it. */
export function isSameOrBelow(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/** The paths of the list that no other path of it contains: reading under these reads under all of them. */
export function outermostPaths(paths: readonly string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.split('.').length - b.split('.').length);
  const kept: string[] = [];
  for (const path of sorted) if (!kept.some((outer) => isSameOrBelow(path, outer))) kept.push(path);
  return kept;
}

/** A path and each of its ancestors, from the district down (`a.b.c` → `a`, `a.b`, `a.b.c`). */
export function pathAndAncestors(path: string): string[] {
  const paths: string[] = [];
  for (let dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) paths.push(path.slice(0, dot));
  paths.push(path);
  return paths;
}

/**
 * The setting that applies to a node: among the settings made on the node or its ancestors that are in
 * force at `on`, the one made on the nearest node, and of that node's, the latest in force (on a tie,
 * the later in the list: lists come oldest first).
 */
export function nearestInForce<T>(
  path: string,
  settings: readonly T[],
  orgOf: (s: T) => string,
  since: (s: T) => string | number,
  on: string | number,
): T | null {
  const depth = new Map(idsOnPath(path).map((id, index) => [id, index]));
  let best: T | null = null;
  let bestDepth = -1;
  for (const setting of settings) {
    const d = depth.get(orgOf(setting));
    if (d === undefined || since(setting) > on) continue;
    if (d > bestDepth || (d === bestDepth && best !== null && since(setting) >= since(best))) {
      best = setting;
      bestDepth = d;
    }
  }
  return best;
}
