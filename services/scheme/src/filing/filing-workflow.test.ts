import { FilingAction as A, FilingStatus as S, transition } from './filing-workflow';

describe('the filing workflow', () => {
  it.each([
    [S.DRAFT, A.EDIT, S.DRAFT],
    [S.DRAFT, A.SUBMIT, S.SUBMITTED],
    [S.DRAFT, A.WITHDRAW, S.WITHDRAWN],
    [S.SUBMITTED, A.APPROVE, S.APPROVED],
    [S.SUBMITTED, A.RETURN, S.RETURNED],
    [S.SUBMITTED, A.WITHDRAW, S.WITHDRAWN],
    [S.RETURNED, A.EDIT, S.RETURNED],
    [S.RETURNED, A.SUBMIT, S.SUBMITTED],
    [S.RETURNED, A.WITHDRAW, S.WITHDRAWN],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(transition(from, action)).toEqual({ ok: true, next: to });
  });

  it.each([
    [S.DRAFT, A.APPROVE, '尚未报送'],
    [S.DRAFT, A.RETURN, '尚未报送'],
    [S.RETURNED, A.APPROVE, '重新报送'],
    [S.SUBMITTED, A.EDIT, '先撤回'],
    [S.SUBMITTED, A.SUBMIT, '等待审核'],
    [S.APPROVED, A.EDIT, '不能修改'],
    [S.APPROVED, A.APPROVE, '已批准'],
    [S.APPROVED, A.WITHDRAW, '已批准'],
    [S.WITHDRAWN, A.SUBMIT, '已撤回'],
    [S.WITHDRAWN, A.EDIT, '已撤回'],
  ])('refuses %s --%s-- and says why (%s)', (from, action, words) => {
    const result = transition(from, action);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(words);
  });
});
