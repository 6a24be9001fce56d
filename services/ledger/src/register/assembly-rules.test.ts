import { LedgerErrorCode } from '../ledger-error';
import { assertSomethingRecorded } from './assembly-rules';

describe('an assembly over a period with nothing recorded', () => {
  it.each([
    [3, false, 'OK'],
    [1, true, 'OK'],
    [0, true, 'OK'],
    [0, false, LedgerErrorCode.NOTHING_RECORDED],
  ])('with %i entries, acknowledged %s: %s', (entries, acknowledged, expected) => {
    let outcome = 'OK';
    try {
      assertSomethingRecorded('2026-Q1', entries, acknowledged);
    } catch (error) {
      outcome = (error as { code: string }).code;
    }
    expect(outcome).toBe(expected);
  });

  it('says in Chinese why, and how to confirm an empty period on purpose', () => {
    expect(() => assertSomethingRecorded('2026-Q1', 0, false)).toThrow(
      /2026-Q1 本支部没有任何党员的积分记录.*acknowledgeNoEntries: true/,
    );
  });
});
