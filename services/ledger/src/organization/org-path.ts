/**
 * Organisation paths are ltree values made of the ids of the nodes from the district down. A label is
 * the id's 32 hex digits (ltree labels on PostgreSQL 15 take no hyphens).
 */
export function labelOf(id: string): string {
  return id.replace(/-/g, '');
}

export function idOfLabel(label: string): string {
  return `${label.slice(0, 8)}-${label.slice(8, 12)}-${label.slice(12, 16)}-${label.slice(16, 20)}-${label.slice(20)}`;
}

export function childPath(parentPath: string | null, id: string): string {
  return parentPath ? `${parentPath}.${labelOf(id)}` : labelOf(id);
}

/** True when `path` is `ancestor` itself or lies below it. */
export function isSameOrBelow(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}
