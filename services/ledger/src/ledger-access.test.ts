import { Caller, Role } from '@jifen/kit';
import { mayAct, RegisterAction } from './ledger-access';

const branch = 'd.t.b';
const as = (role: Role, scopePath: string | null): Caller => ({ role, scopePath, subject: role });

describe('who may act in a branch register', () => {
  it.each([
    [Role.MEMBER, branch, RegisterAction.DECLARE, true],
    [Role.MEMBER, branch, RegisterAction.KEEP, false],
    [Role.MEMBER, branch, RegisterAction.OBJECT, true],
    [Role.BRANCH_RECORDER, branch, RegisterAction.KEEP, true],
    [Role.BRANCH_SECRETARY, branch, RegisterAction.DECIDE, false],
    [Role.BRANCH_RECORDER, 'd.t.other', RegisterAction.KEEP, false],
    [Role.TOWNSHIP, 'd.t', RegisterAction.DECIDE, true],
    [Role.TOWNSHIP, 'd.t', RegisterAction.KEEP, false],
    [Role.TOWNSHIP, 'd.t2', RegisterAction.DECIDE, false],
    [Role.DISTRICT, 'd', RegisterAction.DECIDE, true],
    [Role.SYSTEM, null, RegisterAction.KEEP, true],
  ])('%s at %s: %s → %s', (role, scope, action, expected) => {
    expect(mayAct(as(role, scope), action, branch)).toBe(expected);
  });

  it('an upper level never decides on its own node', () => {
    expect(mayAct(as(Role.TOWNSHIP, 'd.t'), RegisterAction.DECIDE, 'd.t')).toBe(false);
  });
});
