import { isSameOrBelow } from '@jifen/kit';

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
