import { Right, Role } from '@jifen/kit';
import { OrgLevel } from '../organization/org-level';
import {
  afterFailure,
  mayIssue,
  mayTrySignIn,
  passwordProblem,
  rightsBeyond,
  roleFitsLevel,
  SIGN_IN_DELAY,
  signInDelaySeconds,
} from './account-rules';

const district = 'd'.repeat(32);
const township = `${district}.${'t'.repeat(32)}`;
const branch = `${township}.${'b'.repeat(32)}`;
const sibling = `${township}.${'s'.repeat(32)}`;
const as = (role: Role, scopePath: string | null, rights?: Right[]) => ({
  role,
  scopePath,
  subject: 'account:x',
  ...(rights ? { rights } : {}),
});

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
    expect(rightsBeyond(Role.BRANCH_SECRETARY as never, [Right.MANAGE_ACCESS], secretary)).toEqual([
      Right.MANAGE_ACCESS,
    ]);
    expect(
      rightsBeyond(
        Role.BRANCH_SECRETARY as never,
        [Right.REVIEW],
        as(Role.BRANCH_SECRETARY, branch, [Right.READ, Right.MANAGE_ACCESS]),
      ),
    ).toEqual([Right.REVIEW]);
  });
});

describe('sign-in delay after wrong passwords', () => {
  const now = new Date('2026-11-21T08:00:00Z');
  const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it(`lets the first ${SIGN_IN_DELAY.freeFailures - 1} failures in a row pass with no delay`, () => {
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < SIGN_IN_DELAY.freeFailures; i += 1) {
      state = afterFailure(state.failedLogins, now);
      expect(state).toEqual({ failedLogins: i, lockedUntil: null });
    }
  });

  it('then makes each attempt wait a delay that doubles up to a minute, never a long lock', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 50].map(signInDelaySeconds)).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);
    expect(afterFailure(4, now)).toEqual({ failedLogins: 5, lockedUntil: later(2) });
    expect(afterFailure(5, now)).toEqual({ failedLogins: 6, lockedUntil: later(4) });
    expect(afterFailure(1000, now)).toEqual({ failedLogins: 1001, lockedUntil: later(60) });
  });

  it('checks a password again once the delay is over', () => {
    expect(mayTrySignIn(null, now)).toBe(true);
    expect(mayTrySignIn(later(1), now)).toBe(false);
    expect(mayTrySignIn(later(0), now)).toBe(true);
    expect(mayTrySignIn(later(-1), now)).toBe(true);
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
