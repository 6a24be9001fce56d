import { Caller, labelOf, Right, Role } from '@jifen/kit';
import { isVisible, maySeeScheme, schemeVisibility, visibleOwnerClause } from './scheme-visibility';

// Paths are made of the nodes' ids (kit org-path): a district, two townships, two branches under the first, one under the second.
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const node = (parent: { path: string } | null, n: number) => ({
  id: id(n),
  path: parent ? `${parent.path}.${labelOf(id(n))}` : labelOf(id(n)),
});
const district = node(null, 1);
const east = node(district, 2);
const west = node(district, 3);
const branch = node(east, 4);
const sister = node(east, 5);
const westBranch = node(west, 6);
const group = node(branch, 7);
const otherDistrict = node(null, 8);
const owners = { district, east, west, branch, sister, westBranch, group, otherDistrict };

const as = (role: Role, at: { path: string } | null, rights?: Right[]): Caller => ({
  role,
  scopePath: at ? at.path : null,
  subject: 't',
  ...(rights ? { rights } : {}),
});
const anonymous: Caller = { role: Role.ANONYMOUS, scopePath: 'anonymous', subject: 'anonymous' };

describe('which schemes a caller sees', () => {
  it.each<[string, Caller, (keyof typeof owners)[]]>([
    [
      'the platform sees all',
      as(Role.SYSTEM, null),
      ['district', 'east', 'west', 'branch', 'sister', 'westBranch', 'group', 'otherDistrict'],
    ],
    [
      'a district sees its whole tree, not another district',
      as(Role.DISTRICT, district),
      ['district', 'east', 'west', 'branch', 'sister', 'westBranch', 'group'],
    ],
    [
      'a township sees the district above and its branches, not the sibling township',
      as(Role.TOWNSHIP, east),
      ['district', 'east', 'branch', 'sister', 'group'],
    ],
    [
      'a branch secretary sees the rules above and its own, not its sister branch',
      as(Role.BRANCH_SECRETARY, branch),
      ['district', 'east', 'branch', 'group'],
    ],
    [
      'a recorder sees the same as its secretary',
      as(Role.BRANCH_RECORDER, branch),
      ['district', 'east', 'branch', 'group'],
    ],
    ['a member sees the rules its branch uses', as(Role.MEMBER, branch), ['district', 'east', 'branch', 'group']],
    [
      'a key with READ only sees what its role sees',
      as(Role.TOWNSHIP, west, [Right.READ]),
      ['district', 'west', 'westBranch'],
    ],
    ['no one signed in sees nothing', anonymous, []],
  ])('%s', (_case, caller, visible) => {
    const seen = Object.entries(owners)
      .filter(([, owner]) => maySeeScheme(caller, owner.id, owner.path))
      .map(([key]) => key);
    expect(seen.sort()).toEqual([...visible].sort());
  });

  it('finds an owner on the caller’s path by its id even when its stored path is missing or out of date', () => {
    const visibility = schemeVisibility(as(Role.BRANCH_SECRETARY, branch));
    expect(visibility).toEqual({ onPath: [district.id, east.id, branch.id], under: branch.path });
    expect(isVisible(visibility, { id: east.id, path: null })).toBe(true);
    expect(isVisible(visibility, { id: sister.id, path: null })).toBe(false);
    expect(isVisible(visibility, { id: group.id, path: group.path })).toBe(true);
  });

  it('puts the same rule in SQL with the caller’s path ids and scope as parameters', () => {
    const params: unknown[] = ['first'];
    expect(visibleOwnerClause('s', schemeVisibility(as(Role.TOWNSHIP, east)), params)).toBe(
      ' AND (s.owner_org_id = ANY($2::uuid[]) OR s.owner_org_path <@ $3::ltree)',
    );
    expect(params).toEqual(['first', [district.id, east.id], east.path]);
    expect(visibleOwnerClause('s', schemeVisibility(as(Role.SYSTEM, null)), [])).toBe('');
    const none: unknown[] = [];
    expect(visibleOwnerClause('s', schemeVisibility(anonymous), none)).toBe(' AND FALSE');
    expect(none).toEqual([]);
  });
});
