import { Caller, OrganizationRef, Right, Role } from '@jifen/kit';
import { mayDecide, mayDraft } from './filing-access';

const org = (path: string, level: string): OrganizationRef => ({ id: path, path, level, districtId: 'd', name: path });
const caller = (role: Role, scopePath: string | null, rights?: Right[]): Caller => ({
  role,
  scopePath,
  subject: 'test',
  ...(rights ? { rights } : {}),
});
const district = org('d', 'DISTRICT');
const township = org('d.t', 'TOWNSHIP');
const branch = org('d.t.b', 'BRANCH');
const otherBranch = org('d.u.c', 'BRANCH');
const group = org('d.t.b.g', 'GROUP');

describe('who may draft and who may decide a filing', () => {
  it.each([
    [caller(Role.BRANCH_SECRETARY, 'd.t.b'), branch, true],
    [caller(Role.BRANCH_SECRETARY, 'd.t.b'), otherBranch, false],
    [caller(Role.BRANCH_SECRETARY, 'd.t.b'), township, false],
    [caller(Role.BRANCH_SECRETARY, 'd.t.b'), group, false],
    [caller(Role.BRANCH_RECORDER, 'd.t.b'), branch, false],
    [caller(Role.MEMBER, 'd.t.b'), branch, false],
    [caller(Role.TOWNSHIP, 'd.t'), township, true],
    [caller(Role.TOWNSHIP, 'd.t'), branch, true],
    [caller(Role.TOWNSHIP, 'd.t'), otherBranch, false],
    [caller(Role.TOWNSHIP, 'd.t'), district, false],
    [caller(Role.DISTRICT, 'd'), district, true],
    [caller(Role.SYSTEM, null), branch, true],
    [caller(Role.SYSTEM, null), group, false],
    [caller(Role.ANONYMOUS, 'anonymous'), branch, false],
    // A key carries a subset of its role's rights: without DRAFT_SCHEME it drafts nothing.
    [caller(Role.BRANCH_SECRETARY, 'd.t.b', [Right.READ]), branch, false],
    [caller(Role.BRANCH_SECRETARY, 'd.t.b', [Right.READ, Right.DRAFT_SCHEME]), branch, true],
    [caller(Role.TOWNSHIP, 'd.t', [Right.READ, Right.APPROVE]), branch, false],
    // A key cannot hold more than its role: a recorder's key issued DRAFT_SCHEME still lacks it.
    [caller(Role.BRANCH_RECORDER, 'd.t.b', [Right.READ, Right.DRAFT_SCHEME]), branch, false],
  ])('%#: %j drafts for %j → %s', (who, target, allowed) => {
    expect(mayDraft(who, target)).toBe(allowed);
  });

  it.each([
    [caller(Role.TOWNSHIP, 'd.t'), branch, true],
    [caller(Role.TOWNSHIP, 'd.t'), township, false],
    [caller(Role.TOWNSHIP, 'd.t'), otherBranch, false],
    [caller(Role.TOWNSHIP, 'd.t'), district, false],
    [caller(Role.DISTRICT, 'd'), township, true],
    [caller(Role.DISTRICT, 'd'), branch, true],
    [caller(Role.DISTRICT, 'd'), district, true],
    [caller(Role.BRANCH_SECRETARY, 'd.t.b'), branch, false],
    [caller(Role.BRANCH_SECRETARY, 'd.t'), branch, false],
    [caller(Role.BRANCH_RECORDER, 'd.t.b'), group, false],
    [caller(Role.MEMBER, 'd.t.b'), branch, false],
    [caller(Role.SYSTEM, null), branch, true],
    [caller(Role.SYSTEM, null), district, true],
    [caller(Role.ANONYMOUS, 'anonymous'), branch, false],
    // Keys: only with APPROVE, and the district's own-node exception needs the right too.
    [caller(Role.TOWNSHIP, 'd.t', [Right.READ]), branch, false],
    [caller(Role.TOWNSHIP, 'd.t', [Right.READ, Right.APPROVE]), branch, true],
    [caller(Role.DISTRICT, 'd', [Right.READ, Right.DRAFT_SCHEME]), district, false],
    [caller(Role.DISTRICT, 'd', [Right.APPROVE]), district, true],
  ])('%#: %j decides for %j → %s', (who, target, allowed) => {
    expect(mayDecide(who, target)).toBe(allowed);
  });
});
