import { Caller, OrganizationRef, Role } from '@jifen/kit';
import { mayDecide, mayDraft } from './filing-access';

const org = (path: string, level: string): OrganizationRef => ({ id: path, path, level, districtId: 'd', name: path });
const caller = (role: Role, scopePath: string | null): Caller => ({ role, scopePath, subject: 'test' });
const district = org('d', 'DISTRICT');
const township = org('d.t', 'TOWNSHIP');
const branch = org('d.t.b', 'BRANCH');
const otherBranch = org('d.u.c', 'BRANCH');
const group = org('d.t.b.g', 'GROUP');

describe('who may draft and who may decide a filing', () => {
  it.each([
    [caller(Role.BRANCH_SECRETARY, 'd.t.b'), branch, true],
    [caller(Role.BRANCH_SECRETARY, 'd.t.b'), otherBranch, false],
    [caller(Role.BRANCH_SECRETARY, 'd.t.b'), group, false],
    [caller(Role.BRANCH_RECORDER, 'd.t.b'), branch, false],
    [caller(Role.MEMBER, 'd.t.b'), branch, false],
    [caller(Role.TOWNSHIP, 'd.t'), township, true],
    [caller(Role.TOWNSHIP, 'd.t'), branch, true],
    [caller(Role.TOWNSHIP, 'd.t'), otherBranch, false],
    [caller(Role.DISTRICT, 'd'), district, true],
    [caller(Role.SYSTEM, null), branch, true],
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
    [caller(Role.SYSTEM, null), branch, true],
  ])('%#: %j decides for %j → %s', (who, target, allowed) => {
    expect(mayDecide(who, target)).toBe(allowed);
  });
});
