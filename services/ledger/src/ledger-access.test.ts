import { Caller, Right, Role } from '@jifen/kit';
import { LedgerErrorCode } from './ledger-error';
import {
  assertMayAct,
  assertMayActAny,
  assertMayDownloadPublicityList,
  assertMayExport,
  assertMayManageOrgAt,
  assertSeesWholeRoster,
  mayAct,
  mayAppeal,
  mayManageOrgAt,
  mayReadPublicityList,
  memberReach,
  RegisterAction,
} from './ledger-access';

const district = 'd';
const township = 'd.t';
const branch = 'd.t.b';
const as = (role: Role, scopePath: string | null, extra: Partial<Caller> = {}): Caller => ({
  role,
  scopePath,
  subject: `account:${role}`,
  ...extra,
});
const codeOf = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'OK';
};

describe('who may act in a branch register', () => {
  const { DECLARE, KEEP, REVIEW, OBJECT, DECIDE } = RegisterAction;
  it.each([
    [Role.MEMBER, branch, DECLARE, true],
    [Role.MEMBER, branch, KEEP, false],
    [Role.MEMBER, branch, REVIEW, false],
    [Role.MEMBER, branch, OBJECT, true],
    [Role.MEMBER, branch, DECIDE, false],
    [Role.BRANCH_RECORDER, branch, DECLARE, true],
    [Role.BRANCH_RECORDER, branch, KEEP, true],
    [Role.BRANCH_RECORDER, branch, REVIEW, false],
    [Role.BRANCH_RECORDER, branch, OBJECT, true],
    [Role.BRANCH_SECRETARY, branch, KEEP, true],
    [Role.BRANCH_SECRETARY, branch, REVIEW, true],
    [Role.BRANCH_SECRETARY, branch, DECIDE, false],
    [Role.BRANCH_RECORDER, 'd.t.other', KEEP, false],
    [Role.BRANCH_SECRETARY, 'd.t.other', REVIEW, false],
    [Role.TOWNSHIP, township, DECIDE, true],
    [Role.TOWNSHIP, township, KEEP, false],
    [Role.TOWNSHIP, township, REVIEW, false],
    [Role.TOWNSHIP, township, DECLARE, false],
    [Role.TOWNSHIP, township, OBJECT, true],
    [Role.TOWNSHIP, 'd.t2', DECIDE, false],
    [Role.DISTRICT, district, DECIDE, true],
    [Role.SYSTEM, null, KEEP, true],
    [Role.SYSTEM, null, REVIEW, true],
    [Role.SYSTEM, null, DECIDE, true],
    [Role.ANONYMOUS, 'anonymous', OBJECT, false],
  ])('%s at %s: %s → %s', (role, scope, action, expected) => {
    expect(mayAct(as(role, scope), action, branch)).toBe(expected);
  });

  it('an upper level never decides on its own node', () => {
    expect(mayAct(as(Role.TOWNSHIP, township), RegisterAction.DECIDE, township)).toBe(false);
    expect(() => assertMayAct(as(Role.TOWNSHIP, township), RegisterAction.DECIDE, township)).toThrow(
      /上级决定只能针对下级组织作出/,
    );
  });

  it('goes by the rights of an API key, not its role alone', () => {
    const readOnly = as(Role.BRANCH_RECORDER, branch, { subject: 'key:1', rights: [Right.READ] });
    expect(Object.values(RegisterAction).filter((action) => mayAct(readOnly, action, branch))).toEqual([]);
    const declaring = as(Role.BRANCH_SECRETARY, branch, {
      subject: 'key:2',
      rights: [Right.READ, Right.DECLARE, Right.APPROVE],
    });
    expect(Object.values(RegisterAction).filter((action) => mayAct(declaring, action, branch))).toEqual([
      RegisterAction.DECLARE,
    ]);
  });

  it('refuses in scope with FORBIDDEN and a Chinese message naming what the account may not do', () => {
    expect(() => assertMayAct(as(Role.BRANCH_RECORDER, branch), RegisterAction.REVIEW, branch)).toThrow(
      expect.objectContaining({
        code: LedgerErrorCode.FORBIDDEN,
        message: expect.stringMatching(/^您的账号无权作出支委会决定/),
      }),
    );
    expect(codeOf(() => assertMayAct(as(Role.BRANCH_SECRETARY, branch), RegisterAction.REVIEW, branch))).toBe('OK');
  });

  it('lets evidence be uploaded with either the right to declare or the right to keep the register', () => {
    const keeper = as(Role.BRANCH_RECORDER, branch, { rights: [Right.KEEP_REGISTER] });
    const declarer = as(Role.MEMBER, branch, { memberId: 'm-1' });
    const reader = as(Role.BRANCH_RECORDER, branch, { rights: [Right.READ] });
    const actions = [RegisterAction.DECLARE, RegisterAction.KEEP];
    expect(codeOf(() => assertMayActAny(keeper, actions, branch))).toBe('OK');
    expect(codeOf(() => assertMayActAny(declarer, actions, branch))).toBe('OK');
    expect(codeOf(() => assertMayActAny(reader, actions, branch))).toBe(LedgerErrorCode.FORBIDDEN);
  });
});

describe('who may change the organisation tree', () => {
  it.each([
    ['the platform creates a district', as(Role.SYSTEM, null), null, true],
    ['a district may not create a district', as(Role.DISTRICT, district), null, false],
    ['a district creates a township under itself', as(Role.DISTRICT, district), 'd.new', true],
    ['a township creates a branch under itself', as(Role.TOWNSHIP, township), 'd.t.new', true],
    ['a township changes a branch below it', as(Role.TOWNSHIP, township), branch, true],
    ['a township may not rename or move itself', as(Role.TOWNSHIP, township), township, false],
    ['a township may not reach a sibling', as(Role.TOWNSHIP, township), 'd.t2.new', false],
    ['a secretary has no right to manage organisations', as(Role.BRANCH_SECRETARY, branch), 'd.t.b.group', false],
    ['a district key without the right', as(Role.DISTRICT, district, { rights: [Right.READ] }), 'd.new', false],
  ])('%s', (_case, caller, path, expected) => {
    expect(mayManageOrgAt(caller, path)).toBe(expected);
    expect(codeOf(() => assertMayManageOrgAt(caller, path))).toBe(expected ? 'OK' : LedgerErrorCode.FORBIDDEN);
  });
});

describe('exports and whole-branch figures', () => {
  it.each([
    [as(Role.BRANCH_RECORDER, branch), branch, 'OK'],
    [as(Role.BRANCH_SECRETARY, branch), branch, 'OK'],
    [as(Role.TOWNSHIP, township), branch, 'OK'],
    [as(Role.MEMBER, branch, { memberId: 'm-1' }), branch, LedgerErrorCode.FORBIDDEN],
    [as(Role.BRANCH_RECORDER, branch, { rights: [Right.READ] }), branch, LedgerErrorCode.FORBIDDEN],
  ])('export by %o of %s: %s', (caller, path, expected) => {
    expect(codeOf(() => assertMayExport(caller, path))).toBe(expected);
  });

  it('refuses a member the whole-branch figures and nobody else', () => {
    expect(codeOf(() => assertSeesWholeRoster(as(Role.MEMBER, branch, { memberId: 'm-1' }), '组织的积分汇总'))).toBe(
      LedgerErrorCode.FORBIDDEN,
    );
    expect(
      codeOf(() => assertSeesWholeRoster(as(Role.BRANCH_RECORDER, branch, { rights: [Right.READ] }), '组织的积分汇总')),
    ).toBe('OK');
  });
});

describe("the branch's publicity list (公示名单)", () => {
  const member = as(Role.MEMBER, branch, { memberId: 'm-1' });
  const readKey = as(Role.BRANCH_RECORDER, branch, { rights: [Right.READ] });
  const otherBranchMember = as(Role.MEMBER, 'd.t.other', { memberId: 'm-2' });
  // [caller, published?, reads the list, downloads it]
  it.each([
    ['recorder', as(Role.BRANCH_RECORDER, branch), false, true, 'OK'],
    ['secretary', as(Role.BRANCH_SECRETARY, branch), true, true, 'OK'],
    ['township', as(Role.TOWNSHIP, township), false, true, 'OK'],
    ['member, published', member, true, true, 'OK'],
    ['member, not yet published', member, false, false, LedgerErrorCode.FORBIDDEN],
    ['member of another branch', otherBranchMember, true, false, LedgerErrorCode.FORBIDDEN],
    ['read-only key, published', readKey, true, true, LedgerErrorCode.FORBIDDEN],
    ['read-only key, not yet published', readKey, false, false, LedgerErrorCode.FORBIDDEN],
    ['sibling township', as(Role.TOWNSHIP, 'd.t2'), true, false, LedgerErrorCode.FORBIDDEN],
  ] as const)('%s (published: %s): reads %s, downloads %s', (_name, caller, published, reads, downloads) => {
    expect(mayReadPublicityList(caller, branch, published)).toBe(reads);
    expect(codeOf(() => assertMayDownloadPublicityList(caller, branch, published))).toBe(downloads);
  });

  it('tells a member why the list is not theirs yet, in Chinese', () => {
    expect(() => assertMayDownloadPublicityList(member, branch, false)).toThrow(/尚未公示/);
  });
});

describe("a member's reach", () => {
  const id = '7d1f4c2e-6a4b-4b8e-9a57-0c3f1e2d4b5a';
  it('binds a member to self and to their account; nobody else is limited', () => {
    expect(memberReach(as(Role.MEMBER, branch, { memberId: id, subject: 'account:9' }))).toEqual({
      memberId: id,
      subject: 'account:9',
    });
    expect(memberReach(as(Role.BRANCH_SECRETARY, branch))).toBeNull();
    expect(memberReach(as(Role.SYSTEM, null))).toBeNull();
  });

  it('matches nothing for a member account without a (valid) member id', () => {
    expect(memberReach(as(Role.MEMBER, branch))?.memberId).toBe('00000000-0000-0000-0000-000000000000');
    expect(memberReach(as(Role.MEMBER, branch, { memberId: 'not-a-uuid' }))?.memberId).toBe(
      '00000000-0000-0000-0000-000000000000',
    );
  });

  it('lets only whoever raised an objection, or the member it is about, appeal it', () => {
    const objection = { raisedBy: 'account:raiser', memberId: id };
    expect(mayAppeal(as(Role.MEMBER, branch, { subject: 'account:raiser', memberId: 'someone-else' }), objection)).toBe(
      true,
    );
    expect(mayAppeal(as(Role.MEMBER, branch, { subject: 'account:other', memberId: id }), objection)).toBe(true);
    expect(mayAppeal(as(Role.MEMBER, branch, { subject: 'account:other', memberId: 'someone-else' }), objection)).toBe(
      false,
    );
    expect(mayAppeal(as(Role.BRANCH_SECRETARY, branch), objection)).toBe(false);
    expect(mayAppeal(as(Role.SYSTEM, null), objection)).toBe(true);
  });
});
