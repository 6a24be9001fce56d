import { LedgerErrorCode } from '../ledger-error';
import { Gender, MemberKind } from './member-kind';
import { ageOn, checkMemberFacts, MemberFacts } from './member-rules';

const TODAY = '2026-11-21';
const base: MemberFacts = {
  memberNo: ' A-001 ',
  name: ' 王 建国 ',
  gender: Gender.MALE,
  kind: MemberKind.FULL,
  joinDate: '2000-07-01',
  birthDate: '1970-05-12',
};

describe('ageOn', () => {
  it.each([
    ['1970-05-12', '2026-05-11', 55],
    ['1970-05-12', '2026-05-12', 56],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
  ])('born %s, on %s: %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});

describe('checkMemberFacts', () => {
  it('cleans what it accepts', () => {
    expect(checkMemberFacts(base, TODAY)).toEqual({ ...base, memberNo: 'A-001', name: '王 建国' });
  });

  it.each([
    ['a member number with spaces inside', { memberNo: 'A 1' }, 'memberNo'],
    ['an activist with a join date', { kind: MemberKind.ACTIVIST }, 'joinDate'],
    ['an activist under 16', { kind: MemberKind.ACTIVIST, joinDate: null, birthDate: '2011-01-01' }, 'birthDate'],
    ['a full member without a join date', { joinDate: null }, 'joinDate'],
    ['a probationary member who joined at 17', { kind: MemberKind.PROBATIONARY, joinDate: '1987-05-11' }, 'joinDate'],
    ['a join date after today', { joinDate: '2026-12-01' }, 'joinDate'],
    ['a birth date after today', { birthDate: '2027-01-01' }, 'birthDate'],
    ['an age over 120', { birthDate: '1900-01-01', joinDate: '1950-01-01' }, 'birthDate'],
  ])('refuses %s, naming the field', (_case, change, field) => {
    expect(() => checkMemberFacts({ ...base, ...change }, TODAY)).toThrow(
      expect.objectContaining({ code: LedgerErrorCode.INVALID_MEMBER, details: { field } }),
    );
  });

  it('accepts a member who joined on the 18th birthday', () => {
    expect(() => checkMemberFacts({ ...base, joinDate: '1988-05-12' }, TODAY)).not.toThrow();
  });
});
