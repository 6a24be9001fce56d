import { anonymousCaller, callerDistricts, isWithinScope, Role, systemCaller } from './caller';

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
