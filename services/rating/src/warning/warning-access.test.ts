import { Caller, Right, Role } from '@jifen/kit';
import { WarningErrorCode } from './warning-error';
import { assertMayAct, mayAct, rightOfStep } from './warning-access';
import { DisposalStepKind } from './warning-rules';

/** The code and message a rule refuses with, or null when it does not. */
function refusal(run: () => unknown): { code: string; message: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    const e = error as { code: string; message: string };
    return { code: e.code, message: e.message };
  }
}

describe('who may act on a case', () => {
  const branch = 'd.t.b';
  const caller = (role: Role, scopePath: string | null, rights?: Right[]): Caller => ({
    role,
    scopePath,
    subject: 'x',
    ...(rights ? { rights } : {}),
  });
  const { FOLLOW_WARNINGS: FOLLOW, DISPOSE } = Right;

  it.each<[string, Caller, Right.FOLLOW_WARNINGS | Right.DISPOSE, boolean]>([
    ['the branch secretary, the branch’s steps', caller(Role.BRANCH_SECRETARY, branch), FOLLOW, true],
    ['the recorder, the branch’s steps', caller(Role.BRANCH_RECORDER, branch), FOLLOW, true],
    ['a member of the branch', caller(Role.MEMBER, branch), FOLLOW, false],
    ['another branch’s secretary', caller(Role.BRANCH_SECRETARY, 'd.t.other'), FOLLOW, false],
    ['the branch secretary, a pre-review', caller(Role.BRANCH_SECRETARY, branch), DISPOSE, false],
    ['the township, a pre-review below it', caller(Role.TOWNSHIP, 'd.t'), DISPOSE, true],
    ['the township, the branch’s steps below it', caller(Role.TOWNSHIP, 'd.t'), FOLLOW, true],
    ['a committee at the case’s own node, a pre-review', caller(Role.TOWNSHIP, branch), DISPOSE, false],
    ['a sibling township', caller(Role.TOWNSHIP, 'd.s'), DISPOSE, false],
    ['the district, the branch’s steps', caller(Role.DISTRICT, 'd'), FOLLOW, true],
    ['the district, a pre-review', caller(Role.DISTRICT, 'd'), DISPOSE, true],
    ['the platform', caller(Role.SYSTEM, null), DISPOSE, true],
    ['a township key with READ only', caller(Role.TOWNSHIP, 'd.t', [Right.READ]), FOLLOW, false],
    [
      'a township key with READ and FOLLOW_WARNINGS, the branch’s steps',
      caller(Role.TOWNSHIP, 'd.t', [Right.READ, FOLLOW]),
      FOLLOW,
      true,
    ],
    [
      'a township key with READ and FOLLOW_WARNINGS, a pre-review',
      caller(Role.TOWNSHIP, 'd.t', [Right.READ, FOLLOW]),
      DISPOSE,
      false,
    ],
    [
      'a recorder key claiming DISPOSE (not its role’s)',
      caller(Role.BRANCH_RECORDER, 'd.t', [DISPOSE]),
      DISPOSE,
      false,
    ],
  ])('%s → %s', (_who, who, right, allowed) => {
    expect(mayAct(who, right, branch)).toBe(allowed);
  });

  it('asks for DISPOSE at the upper level’s two steps only', () => {
    const upper = Object.values(DisposalStepKind).filter((step) => rightOfStep(step) === Right.DISPOSE);
    expect(upper).toEqual([DisposalStepKind.PRE_REVIEWED, DisposalStepKind.APPROVED]);
  });

  it.each<[string, Caller, Right.FOLLOW_WARNINGS | Right.DISPOSE, string | null]>([
    ['a member', caller(Role.MEMBER, branch), FOLLOW, '您的账号无权办理双预警和处置事项（需要“双预警跟进”权限）'],
    [
      'a secretary at a pre-review',
      caller(Role.BRANCH_SECRETARY, branch),
      DISPOSE,
      '您的账号无权办理基层党委的预审或审批（需要“处置审批”权限，由上级党组织办理）',
    ],
    [
      'a committee at its own node',
      caller(Role.TOWNSHIP, branch),
      DISPOSE,
      '您的账号无权在本级登记基层党委的预审或审批：须由上级党组织办理',
    ],
    ['the township', caller(Role.TOWNSHIP, 'd.t'), DISPOSE, null],
  ])('refuses %s with FORBIDDEN and says why', (_who, who, right, message) => {
    expect(refusal(() => assertMayAct(who, right, branch))).toEqual(
      message === null ? null : { code: WarningErrorCode.FORBIDDEN, message },
    );
  });
});
