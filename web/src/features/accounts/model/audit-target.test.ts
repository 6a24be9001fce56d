import { auditTarget } from './audit-target';

const names = new Map([
  ['acc-1', '一支部 党支部书记 张某'],
  ['username:zhang', '一支部 党支部书记 张某'],
  ['key-1', '支部考勤机'],
]);

describe('what an audit entry acted on', () => {
  it.each([
    ['createAccount', { input: { username: 'zhang', displayName: '张某' } }, '一支部 党支部书记 张某（zhang）'],
    ['createAccount', { input: { username: 'li', displayName: '李某' } }, '李某（li）'],
    ['createAccount', { input: { username: 'wang', role: 'MEMBER' } }, '党员账号（wang）'],
    ['setAccountDisabled', { id: 'acc-1', disabled: true }, '停用：一支部 党支部书记 张某'],
    ['setAccountDisabled', { id: 'acc-1', disabled: false }, '启用：一支部 党支部书记 张某'],
    ['unlockAccount', { id: 'acc-1' }, '一支部 党支部书记 张某'],
    ['createApiKey', { input: { name: '支部考勤机', role: 'BRANCH_RECORDER' } }, '支部考勤机'],
    ['revokeApiKey', { id: 'key-1' }, '支部考勤机'],
    ['revokeApiKey', { id: 'someone-else' }, '—'],
    ['login', { username: 'township' }, 'township'],
  ])('%s %j → %s', (operation, args, shown) => {
    expect(auditTarget({ operation, detail: JSON.stringify(args), outcome: 'OK' }, names)).toBe(shown);
  });

  it('does not name an account by a user name its refused opening asked for (another account has it)', () => {
    const refused = { operation: 'createAccount', outcome: 'USERNAME_TAKEN' };
    expect(auditTarget({ ...refused, detail: JSON.stringify({ input: { username: 'zhang' } }) }, names)).toBe(
      '党员账号（zhang）',
    );
  });

  it('says nothing of a detail it cannot read', () => {
    expect(auditTarget({ operation: 'createAccount', detail: '{"cut', outcome: 'OK' }, names)).toBe('—');
  });
});
