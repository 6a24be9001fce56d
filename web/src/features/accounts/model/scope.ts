import type { AccountRowFragment, ApiKeyRowFragment, ScopeAccessQuery, ScopeNodeFragment } from '../../../gql/graphql';

type Root = NonNullable<ScopeAccessQuery['organization']>;
type Node = ScopeNodeFragment & { children?: Node[] };

export type AccountRow = AccountRowFragment & { organizationName: string };
export type KeyRow = ApiKeyRowFragment & { organizationName: string };

/** An organisation of the scope, for pickers: its name, level and depth below the scope's node. */
export interface ScopeOrg {
  id: string;
  name: string;
  level: string;
  levelLabel: string;
  depth: number;
}

export interface Scope {
  orgs: ScopeOrg[];
  accounts: AccountRow[];
  keys: KeyRow[];
}

/** The scope's organisations in the tree's order (each before its children), and its accounts and keys with names. */
export function flattenScope(root: Root): Scope {
  const orgs: ScopeOrg[] = [];
  const walk = (node: Node, depth: number) => {
    orgs.push({ id: node.id, name: node.name, level: node.level, levelLabel: node.levelLabel, depth });
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  walk(root as Node, 0);
  const names = new Map(orgs.map((org) => [org.id, org.name]));
  const nameOf = (id: string) => names.get(id) ?? '—';
  return {
    orgs,
    accounts: root.accountsWithin.map((a) => ({ ...a, organizationName: nameOf(a.organizationId) })),
    keys: root.apiKeysWithin.map((k) => ({ ...k, organizationName: nameOf(k.organizationId) })),
  };
}
