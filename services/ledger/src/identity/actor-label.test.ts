import { Role } from '@jifen/kit';
import { accountLabel, apiKeyLabel } from './actor-label';

describe('accountLabel', () => {
  it('names the organisation, the role and the person', () => {
    expect(accountLabel({ role: Role.BRANCH_SECRETARY, organizationName: '青山村党支部', displayName: '张某' })).toBe(
      '青山村党支部 书记 张某',
    );
    expect(accountLabel({ role: Role.MEMBER, organizationName: '青山村党支部', displayName: ' 李明 ' })).toBe(
      '青山村党支部 党员 李明',
    );
    expect(accountLabel({ role: Role.TOWNSHIP, organizationName: '青山镇党委', displayName: '王芳' })).toBe(
      '青山镇党委 管理员 王芳',
    );
  });

  it('speaks of a district account as its organisation department', () => {
    expect(accountLabel({ role: Role.DISTRICT, organizationName: '示范区', displayName: '周明' })).toBe(
      '示范区委组织部 管理员 周明',
    );
    expect(accountLabel({ role: Role.DISTRICT, organizationName: '示范区委组织部', displayName: '周明' })).toBe(
      '示范区委组织部 管理员 周明',
    );
  });

  it('leaves out a display name that only repeats the organisation or the role', () => {
    expect(accountLabel({ role: Role.DISTRICT, organizationName: '滨江区', displayName: '滨江区委组织部' })).toBe(
      '滨江区委组织部 管理员',
    );
    expect(
      accountLabel({ role: Role.TOWNSHIP, organizationName: '青山镇党委', displayName: '第一个镇(街道)党(工)委' }),
    ).toBe('青山镇党委 管理员');
    expect(
      accountLabel({
        role: Role.BRANCH_RECORDER,
        organizationName: '青山村党支部',
        displayName: '第一个党支部积分记录员',
      }),
    ).toBe('青山村党支部 积分记录员');
    expect(
      accountLabel({ role: Role.BRANCH_SECRETARY, organizationName: '青山村党支部', displayName: '青山村党支部书记' }),
    ).toBe('青山村党支部 书记');
  });
});

describe('apiKeyLabel', () => {
  it('names the organisation and the key', () => {
    expect(apiKeyLabel({ organizationName: '青山村党支部', name: '支部考勤机' })).toBe('青山村党支部 密钥“支部考勤机”');
  });
});
