import type { RunScopeNodeFragment } from '../../../gql/graphql';

type Node = RunScopeNodeFragment & { children?: Node[] | null };

/** The branches below a rating node, in the tree's order, for the results' branch filter and their names. */
export function branchesBelow(children: readonly Node[]): { id: string; name: string }[] {
  const branches: { id: string; name: string }[] = [];
  const walk = (node: Node) => {
    if (node.level === 'BRANCH') branches.push({ id: node.id, name: node.name });
    for (const child of node.children ?? []) walk(child);
  };
  children.forEach(walk);
  return branches;
}
