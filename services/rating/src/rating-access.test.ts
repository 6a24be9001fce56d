import { randomUUID } from 'node:crypto';
import { Caller, labelOf, Right, Role, systemCaller } from '@jifen/kit';
import {
  assertMayRate,
  assertSeesOrganisation,
  EVERYTHING,
  isOrgInScope,
  listsOfOrganisation,
  mayRate,
  readScope,
  seesOrganisationRatings,
} from './rating-access';
import { RatingErrorCode } from './rating-error';

const node = (parent: { path: string } | null) => {
  const id = randomUUID();
  return { id, path: parent ? `${parent.path}.${labelOf(id)}` : labelOf(id) };
};
const district = node(null);
const township = node(district);
const sibling = node(district);
const branch = node(township);
const otherBranch = node(township);
const memberId = randomUUID();

const as = (role: Role, at: { path: string }, extra: Partial<Caller> = {}): Caller => ({
  role,
  scopePath: at.path,
  subject: `account:${role}`,
  ...extra,
});
const callers = {
  district: as(Role.DISTRICT, district),
  township: as(Role.TOWNSHIP, township),
  siblingTownship: as(Role.TOWNSHIP, sibling),
  secretary: as(Role.BRANCH_SECRETARY, branch),
  recorder: as(Role.BRANCH_RECORDER, branch),
  member: as(Role.MEMBER, branch, { memberId }),
  readKey: as(Role.TOWNSHIP, township, { subject: 'key:1', keyId: 'k1', rights: [Right.READ] }),
  rateKey: as(Role.TOWNSHIP, township, { subject: 'key:2', keyId: 'k2', rights: [Right.READ, Right.RATE] }),
};
type Who = keyof typeof callers;

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('what a caller reads', () => {
  it('limits a member to themself and everyone else to the subtree only', () => {
    expect(readScope(callers.member)).toEqual({ path: branch.path, memberId });
    expect(readScope(callers.secretary)).toEqual({ path: branch.path, memberId: null });
    expect(readScope(systemCaller)).toEqual(EVERYTHING);
  });

  it('limits a member without a member id, or with one that is no UUID, to no one', () => {
    const none = '00000000-0000-0000-0000-000000000000';
    expect(readScope(as(Role.MEMBER, branch)).memberId).toBe(none);
    expect(readScope(as(Role.MEMBER, branch, { memberId: 'x; DROP TABLE' })).memberId).toBe(none);
  });

  it.each<[Who, boolean]>([
    ['district', true],
    ['secretary', true],
    ['readKey', true],
    ['member', false],
  ])('%s sees organisation-wide ratings: %s', (who, sees) => {
    expect(seesOrganisationRatings(callers[who])).toBe(sees);
  });
});

describe('which nodes a caller sees', () => {
  it.each<[Who, 'district' | 'township' | 'sibling' | 'branch' | 'otherBranch', boolean]>([
    ['township', 'township', true],
    ['township', 'branch', true],
    ['township', 'sibling', false],
    ['township', 'district', false],
    ['secretary', 'branch', true],
    ['secretary', 'otherBranch', false],
    ['secretary', 'township', false],
    ['district', 'branch', true],
    ['member', 'branch', true],
  ])('%s, %s → %s', (who, target, inScope) => {
    const org = { district, township, sibling, branch, otherBranch }[target];
    expect(isOrgInScope(callers[who], org)).toBe(inScope);
  });

  it('never takes a path that is not the node’s own (an id out of scope with a path in scope)', () => {
    expect(isOrgInScope(callers.township, { id: sibling.id, path: branch.path })).toBe(false);
    expect(isOrgInScope(callers.township, { id: branch.id })).toBe(false);
    expect(isOrgInScope(callers.township, { id: branch.id.toUpperCase(), path: branch.path })).toBe(true);
  });

  it.each<[Who, { id: string; path: string }, boolean, string | null]>([
    ['township', branch, true, null],
    ['township', sibling, false, RatingErrorCode.ORGANIZATION_NOT_FOUND],
    ['secretary', township, false, RatingErrorCode.ORGANIZATION_NOT_FOUND],
    ['member', branch, false, RatingErrorCode.FORBIDDEN],
    ['member', otherBranch, false, RatingErrorCode.ORGANIZATION_NOT_FOUND],
    ['readKey', township, true, null],
  ])('%s at a node: lists %s, a field that must answer → %s', (who, org, lists, code) => {
    expect(listsOfOrganisation(callers[who], org)).toBe(lists);
    expect(codeOf(() => assertSeesOrganisation(callers[who], org, '星级名额比例'))).toBe(code);
  });

  it('tells a member what they may see instead', () => {
    try {
      assertSeesOrganisation(callers.member, branch, '组织的评定汇总');
      throw new Error('not refused');
    } catch (error) {
      expect((error as Error).message).toBe('您的账号无权查看组织的评定汇总：党员只能查看本人的评定结果和双预警');
    }
  });
});

describe('who rates', () => {
  it.each<[Who, { path: string }, boolean]>([
    ['township', township, true],
    ['township', branch, true],
    ['township', sibling, false],
    ['township', district, false],
    ['district', district, true],
    ['district', township, true],
    ['secretary', branch, false],
    ['recorder', branch, false],
    ['member', branch, false],
    ['readKey', township, false],
    ['rateKey', township, true],
  ])('%s at %#: %s', (who, at, allowed) => {
    expect(mayRate(callers[who], at.path)).toBe(allowed);
  });

  it('refuses with FORBIDDEN, naming the right', () => {
    try {
      assertMayRate(callers.readKey, township.path, '确认评定', { runId: 'r' });
      throw new Error('not refused');
    } catch (error) {
      expect(error).toMatchObject({
        code: RatingErrorCode.FORBIDDEN,
        message: '您的账号无权确认评定（需要“评星定级”权限）',
        details: { runId: 'r', right: Right.RATE },
      });
    }
  });
});
