import DataLoader from 'dataloader';
import { idsOnPath } from '../org-path';

/**
 * Settings made on the nodes of organisation paths (schemes assigned, quota policies set), keyed by
 * path: one fetch for every node on every path a request asks about, then each path gets its own.
 */
export function pathSettingsLoader<V>(
  fetch: (orgIds: string[]) => Promise<V[]>,
  orgOf: (setting: V) => string,
): DataLoader<string, V[]> {
  return new DataLoader(async (paths) => {
    const all = await fetch([...new Set(paths.flatMap(idsOnPath))]);
    return paths.map((path) => {
      const onPath = new Set(idsOnPath(path));
      return all.filter((setting) => onPath.has(orgOf(setting)));
    });
  });
}
