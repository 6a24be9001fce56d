import { auditTarget } from './audit-target';

const names = new Map([
  ['acc-1', '一支部 党支部书记 张某'],
  ['key-1', '支部考勤机'],
]);

describe('what an audit entry acted on', () => {
  it.each([
    ['createAccount', { input: { username: 'zhang', displayName: '张某', role: 'MEMBER' } }, '张某（zhang）'],
    ['createAccount', { input: { username: 'li', role: 'MEMBER' } }, '党员本人（li）'],
    ['setAccountDisabled', { id: 'acc-1', disabled: true }, '停用：一支部 党支部书记 张某'],
    ['setAccountDisabled', { id: 'acc-1', disabled: false }, '启用：一支部 党支部书记 张某'],
    ['unlockAccount', { id: 'acc-1' }, '一支部 党支部书记 张某'],
    ['createApiKey', { input: { name: '支部考勤机', role: 'BRANCH_RECORDER' } }, '支部考勤机'],
    ['revokeApiKey', { id: 'key-1' }, '支部考勤机'],
    ['revokeApiKey', { id: 'someone-else' }, '—'],
    ['login', { username: 'township' }, 'township'],
  ])('%s %j → %s', (operation, args, shown) => {
    expect(auditTarget(operation, JSON.stringify(args), names)).toBe(shown);
  });

  it('says nothing of a detail it cannot read', () => {
    expect(auditTarget('createAccount', '{"cut', names)).toBe('—');
  });
});
