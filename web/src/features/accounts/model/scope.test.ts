import { flattenScope } from './scope';

const account = (id: string, organizationId: string) => ({
  id,
  username: id,
  displayName: id,
  label: id,
  role: 'BRANCH_SECRETARY' as const,
  organizationId,
  memberId: null,
  failedLogins: 0,
  lockedUntil: null,
  disabledAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdByName: '平台',
});
const node = (id: string, name: string, level: 'TOWNSHIP' | 'BRANCH', children?: unknown[]) => ({
  id,
  name,
  level,
  levelLabel: level === 'TOWNSHIP' ? '镇(街道)党(工)委' : '党支部',
  ...(children ? { children } : {}),
});

describe('the scope as lists', () => {
  it('lists each node before its children, and names the node of each account and key', () => {
    const tree = {
      ...node('t', '城关街道', 'TOWNSHIP', [node('b1', '一支部', 'BRANCH', []), node('b2', '二支部', 'BRANCH', [])]),
      accountsWithin: [account('a1', 't'), account('a2', 'b1'), account('a3', 'b9')],
      apiKeysWithin: [{ id: 'k1', organizationId: 'b2' }],
    };
    const scope = flattenScope(tree as never);
    expect(scope.orgs.map((o) => [o.name, o.depth])).toEqual([
      ['城关街道', 0],
      ['一支部', 1],
      ['二支部', 1],
    ]);
    // An account below the levels read has no name to show: a dash, never its id.
    expect(scope.accounts.map((a) => [a.id, a.organizationName])).toEqual([
      ['a1', '城关街道'],
      ['a2', '一支部'],
      ['a3', '—'],
    ]);
    expect(scope.keys.map((k) => k.organizationName)).toEqual(['二支部']);
  });
});
