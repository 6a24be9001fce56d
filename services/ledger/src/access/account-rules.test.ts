import { Right, Role } from '@jifen/kit';
import { OrgLevel } from '../organization/org-level';
import { afterFailure, LOCKOUT, mayIssue, passwordProblem, rightsBeyond, roleFitsLevel } from './account-rules';

const district = 'd'.repeat(32);
const township = `${district}.${'t'.repeat(32)}`;
const branch = `${township}.${'b'.repeat(32)}`;
const sibling = `${township}.${'s'.repeat(32)}`;
const as = (role: Role, scopePath: string | null, rights?: Right[]) => ({ role, scopePath, subject: 'account:x', ...(rights ? { rights } : {}) });

describe('who may issue accounts and keys', () => {
  it.each([
    [as(Role.TOWNSHIP, township), Role.BRANCH_SECRETARY, branch, true],
    [as(Role.TOWNSHIP, township), Role.TOWNSHIP, township, true],
    [as(Role.TOWNSHIP, township), Role.DISTRICT, township, false],
    [as(Role.TOWNSHIP, township), Role.DISTRICT, district, false],
    [as(Role.BRANCH_SECRETARY, branch), Role.BRANCH_RECORDER, branch, true],
    [as(Role.BRANCH_SECRETARY, branch), Role.MEMBER, branch, true],
    [as(Role.BRANCH_SECRETARY, branch), Role.TOWNSHIP, branch, false],
    [as(Role.BRANCH_SECRETARY, branch), Role.MEMBER, sibling, false],
    [as(Role.BRANCH_RECORDER, branch), Role.MEMBER, branch, false],
    [as(Role.MEMBER, branch), Role.MEMBER, branch, false],
    [as(Role.SYSTEM, null), Role.DISTRICT, district, true],
    [as(Role.DISTRICT, district, [Right.READ]), Role.TOWNSHIP, township, false],
  ])('%o issuing %s at a node: %s', (caller, role, path, expected) => {
    expect(mayIssue(caller, role, path)).toBe(expected);
  });

  it('puts each role at its level', () => {
    expect(roleFitsLevel(Role.TOWNSHIP as never, OrgLevel.TOWNSHIP)).toBe(true);
    expect(roleFitsLevel(Role.BRANCH_SECRETARY as never, OrgLevel.GENERAL_BRANCH)).toBe(true);
    expect(roleFitsLevel(Role.MEMBER as never, OrgLevel.GROUP)).toBe(false);
    expect(roleFitsLevel(Role.DISTRICT as never, OrgLevel.TOWNSHIP)).toBe(false);
  });

  it('gives a key only rights its role and its issuer have, and never access management', () => {
    const secretary = as(Role.BRANCH_SECRETARY, branch);
    expect(rightsBeyond(Role.BRANCH_RECORDER as never, [Right.READ, Right.DECLARE], secretary)).toEqual([]);
    expect(rightsBeyond(Role.BRANCH_RECORDER as never, [Right.REVIEW], secretary)).toEqual([Right.REVIEW]);
    expect(rightsBeyond(Role.BRANCH_SECRETARY as never, [Right.MANAGE_ACCESS], secretary)).toEqual([Right.MANAGE_ACCESS]);
    expect(rightsBeyond(Role.BRANCH_SECRETARY as never, [Right.REVIEW], as(Role.BRANCH_SECRETARY, branch, [Right.READ, Right.MANAGE_ACCESS]))).toEqual([Right.REVIEW]);
  });
});

describe('lockout', () => {
  it(`locks for ${LOCKOUT.minutes} minutes at the ${LOCKOUT.failures}th failure in a row`, () => {
    const now = new Date('2026-11-21T08:00:00Z');
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < LOCKOUT.failures; i += 1) {
      state = afterFailure(state.failedLogins, now);
      expect(state).toEqual({ failedLogins: i, lockedUntil: null });
    }
    expect(afterFailure(state.failedLogins, now)).toEqual({ failedLogins: 0, lockedUntil: new Date('2026-11-21T08:15:00Z') });
  });
});

describe('passwords', () => {
  it.each([
    ['short1', '密码至少 10 位'],
    ['onlyletterslong', '密码须同时包含字母和数字'],
    ['12345678901', '密码须同时包含字母和数字'],
    ['xwang2026abc', '密码不能包含用户名'],
    ['Jifen-demo-2026', null],
  ])('%s: %s', (password, problem) => {
    expect(passwordProblem(password, 'XWang')).toBe(problem);
  });
});
