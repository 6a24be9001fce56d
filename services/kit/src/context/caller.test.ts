import { actorName, anonymousCaller, callerDistricts, isWithinScope, Role, systemCaller } from './caller';

const district = 'a'.repeat(32);
const township = `${district}.${'b'.repeat(32)}`;
const caller = { role: Role.TOWNSHIP, scopePath: township, subject: 't' };

describe('caller scope', () => {
  it.each([
    [township, true],
    [`${township}.${'c'.repeat(32)}`, true],
    [district, false],
    [`${district}.${'b'.repeat(31)}x`, false],
    [`${township}x`, false],
  ])('path %s within a township scope: %s', (path, expected) => {
    expect(isWithinScope(caller, path)).toBe(expected);
  });

  it('lets the platform itself see everything', () => {
    expect(isWithinScope(systemCaller, township)).toBe(true);
    expect(callerDistricts(systemCaller)).toBeNull();
  });

  it('names the district from the first label', () => {
    expect(callerDistricts(caller)).toEqual(['aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa']);
  });
});

describe('the anonymous caller', () => {
  it('reaches no node and no district', () => {
    expect(isWithinScope(anonymousCaller, township)).toBe(false);
    expect(isWithinScope(anonymousCaller, 'anonymous')).toBe(false);
    expect(callerDistricts(anonymousCaller)).toEqual([]);
  });
});

describe('actorName', () => {
  it('is the name the caller carries, else the kind of caller it is, never its id', () => {
    expect(actorName({ ...caller, subject: 'account:1', name: '青山镇党委 管理员 王芳' })).toBe(
      '青山镇党委 管理员 王芳',
    );
    expect(actorName({ ...caller, subject: 'account:1', name: ' ' })).toBe('账号（未记录姓名）');
    expect(actorName(systemCaller)).toBe('平台');
    expect(actorName(anonymousCaller)).toBe('未登录的访问者');
    expect(actorName({ ...caller, subject: 'key:5', keyId: '5' })).toBe('接口密钥');
  });
});
