import { accountState } from './account-state';

const now = new Date('2026-03-10T08:00:00Z');

describe('an account state in Chinese', () => {
  it.each([
    [{ disabledAt: null, lockedUntil: null, failedLogins: 0 }, '在用', '', false],
    [{ disabledAt: null, lockedUntil: null, failedLogins: 2 }, '在用', '连续输错密码 2 次', true],
    [
      { disabledAt: null, lockedUntil: '2026-03-10T08:00:30Z', failedLogins: 5 },
      '等待中',
      '连续输错密码 5 次，须等到 16:00:30 后再登录',
      true,
    ],
    // The wait is over: the account may sign in again, the count stays until it does.
    [{ disabledAt: null, lockedUntil: '2026-03-10T07:59:00Z', failedLogins: 5 }, '在用', '连续输错密码 5 次', true],
    [
      { disabledAt: '2026-03-09T02:00:00Z', lockedUntil: null, failedLogins: 0 },
      '已停用',
      '停用于 2026-03-09 10:00',
      false,
    ],
  ])('%j is %s', (input, label, note, unlockable) => {
    expect(accountState(input, now)).toMatchObject({ label, note, unlockable });
  });
});
