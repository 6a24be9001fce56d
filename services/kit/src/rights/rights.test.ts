import { Role } from '../context/caller';
import { Right } from './right';
import { hasRight, isOtherMember, mayUse, memberLimit, rightsOf, roleRights } from './rights';

const district = 'd'.repeat(32);
const township = `${district}.${'t'.repeat(32)}`;
const branch = `${township}.${'b'.repeat(32)}`;
const sibling = `${township}.${'s'.repeat(32)}`;

describe('rights', () => {
  it('gives a key no more than its role has', () => {
    const key = {
      role: Role.BRANCH_RECORDER,
      scopePath: branch,
      subject: 'key:1',
      rights: [Right.READ, Right.APPROVE],
    };
    expect(rightsOf(key)).toEqual([Right.READ]);
    expect(hasRight(key, Right.APPROVE)).toBe(false);
    expect(hasRight(key, Right.DECLARE)).toBe(false);
  });

  it('gives an account all of its role', () => {
    const secretary = { role: Role.BRANCH_SECRETARY, scopePath: branch, subject: 'account:1' };
    expect(rightsOf(secretary)).toBe(roleRights.BRANCH_SECRETARY);
  });

  it.each([
    [Role.TOWNSHIP, township, Right.APPROVE, branch, true],
    [Role.TOWNSHIP, township, Right.APPROVE, township, false],
    [Role.TOWNSHIP, township, Right.RATE, township, true],
    [Role.TOWNSHIP, township, Right.READ, district, false],
    [Role.BRANCH_SECRETARY, branch, Right.REVIEW, branch, true],
    [Role.BRANCH_SECRETARY, branch, Right.REVIEW, sibling, false],
    [Role.BRANCH_RECORDER, branch, Right.REVIEW, branch, false],
    [Role.BRANCH_RECORDER, branch, Right.KEEP_REGISTER, branch, true],
    [Role.MEMBER, branch, Right.KEEP_REGISTER, branch, false],
    [Role.MEMBER, branch, Right.DECLARE, branch, true],
    [Role.DISTRICT, district, Right.DISPOSE, branch, true],
  ])('%s at its node: %s on a target: %s', (role, scopePath, right, target, expected) => {
    expect(mayUse({ role, scopePath, subject: 'x' }, right, target)).toBe(expected);
  });

  it('limits a member to self', () => {
    const member = {
      role: Role.MEMBER,
      scopePath: branch,
      subject: 'account:2',
      memberId: '11111111-2222-3333-4444-555555555555',
    };
    expect(isOtherMember(member, '11111111-2222-3333-4444-555555555555')).toBe(false);
    expect(isOtherMember(member, 'm-2')).toBe(true);
    expect(memberLimit(member)).toBe('11111111-2222-3333-4444-555555555555');
    expect(memberLimit({ role: Role.BRANCH_RECORDER, scopePath: branch, subject: 'x' })).toBeNull();
    expect(memberLimit({ role: Role.MEMBER, scopePath: branch, subject: 'x' })).toBe(
      '00000000-0000-0000-0000-000000000000',
    );
    expect(memberLimit({ ...member, memberId: "1' OR '1'='1" })).toBe('00000000-0000-0000-0000-000000000000');
  });
});
