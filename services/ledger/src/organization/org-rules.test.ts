import { LedgerErrorCode } from '../ledger-error';
import { canHangUnder, OrgLevel } from './org-level';
import { assertCanHangUnder, assertCanMove, cleanName, TreeNode } from './org-rules';

const { DISTRICT, TOWNSHIP, GENERAL_BRANCH, BRANCH, GROUP } = OrgLevel;

describe('which level may hang under which', () => {
  it.each([
    [DISTRICT, null, true],
    [TOWNSHIP, null, false],
    [TOWNSHIP, DISTRICT, true],
    [GENERAL_BRANCH, TOWNSHIP, true],
    [GENERAL_BRANCH, DISTRICT, false],
    [BRANCH, TOWNSHIP, true],
    [BRANCH, GENERAL_BRANCH, true],
    [BRANCH, DISTRICT, false],
    [BRANCH, BRANCH, false],
    [GROUP, BRANCH, true],
    [GROUP, GENERAL_BRANCH, false],
    [DISTRICT, DISTRICT, false],
  ])('%s under %s: %s', (child, parent, expected) => {
    expect(canHangUnder(child, parent)).toBe(expected);
  });
});

describe('the message refusing a level under a parent', () => {
  const parent = (level: OrgLevel): TreeNode => ({ id: 'p', districtId: 'd1', level, path: 'd.p', name: '上级' });
  const messageOf = (level: OrgLevel, parentLevel: OrgLevel | null) => {
    try {
      assertCanHangUnder(level, parentLevel ? parent(parentLevel) : null);
    } catch (error) {
      return (error as Error).message;
    }
    return null;
  };
  it.each([
    [DISTRICT, BRANCH, '区(县)是最上级组织，不能设在党支部“上级”之下；新建区(县)时不要指定上级组织'],
    [DISTRICT, DISTRICT, '区(县)是最上级组织，不能设在区(县)“上级”之下；新建区(县)时不要指定上级组织'],
    [TOWNSHIP, TOWNSHIP, '镇(街道)党(工)委不能设在镇(街道)党(工)委“上级”之下，应设在区(县)之下'],
    [GENERAL_BRANCH, DISTRICT, '党总支不能设在区(县)“上级”之下，应设在镇(街道)党(工)委之下'],
    [BRANCH, DISTRICT, '党支部不能设在区(县)“上级”之下，应设在镇(街道)党(工)委或党总支之下'],
    [GROUP, TOWNSHIP, '党小组不能设在镇(街道)党(工)委“上级”之下，应设在党支部之下'],
    [BRANCH, null, '只有区(县)可以作为最上级组织；党支部需指定上级组织（镇(街道)党(工)委或党总支）'],
  ])('%s under %s: every word in place', (level, parentLevel, message) => {
    expect(messageOf(level, parentLevel)).toBe(message);
  });
});

describe('moving a node', () => {
  const node = (id: string, level: OrgLevel, path: string, districtId = 'd1'): TreeNode => ({
    id,
    districtId,
    level,
    path,
    name: id,
  });
  const district = node('d1', DISTRICT, 'd');
  const east = node('east', TOWNSHIP, 'd.e');
  const west = node('west', TOWNSHIP, 'd.w');
  const school = node('school', GENERAL_BRANCH, 'd.e.s');
  const teachers = node('teachers', BRANCH, 'd.e.s.t');
  const otherDistrictTownship = node('far', TOWNSHIP, 'x.f', 'd2');

  const codeOf = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      return (error as { code: string }).code;
    }
    return 'OK';
  };

  it.each([
    ['a general branch to another township', school, west, 'OK'],
    ['a branch out of its general branch up to the township', teachers, east, 'OK'],
    ['a node under its own child', school, teachers, LedgerErrorCode.MOVE_WOULD_CYCLE],
    ['a node under itself', school, school, LedgerErrorCode.MOVE_WOULD_CYCLE],
    ['a township under a township', east, west, LedgerErrorCode.INVALID_PARENT_LEVEL],
    ['a branch under the district', teachers, district, LedgerErrorCode.INVALID_PARENT_LEVEL],
    ['a general branch into another district', school, otherDistrictTownship, LedgerErrorCode.CROSS_DISTRICT_MOVE],
  ])('%s → %s', (_case, moving, target, expected) => {
    expect(codeOf(() => assertCanMove(moving, target))).toBe(expected);
  });
});

describe('names', () => {
  it('trims and folds inner whitespace', () => {
    expect(cleanName('  东城   村党支部 ')).toBe('东城 村党支部');
  });
  it.each(['', '   ', 'x'.repeat(101)])('refuses %j', (raw) => {
    expect(() => cleanName(raw)).toThrow(expect.objectContaining({ code: LedgerErrorCode.INVALID_NAME }));
  });
});
