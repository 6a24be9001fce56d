import { templateByCode } from '@jifen/rules';
import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { evaluateOrExplain } from './plan-scoring';

const doc = templateByCode('district-star-rating')!.rules;

describe('scoring a member with the engine', () => {
  it('gives the engine’s result for good facts', () => {
    const result = evaluateOrExplain(
      doc,
      { period: '2024', asOf: '2024-12-31', memberKind: 'FULL', entries: [] },
      '张三的2024积分无法计算',
    );
    expect(result.status).toBe('SCORED');
    expect(result.period.key).toBe('2024');
  });

  it('turns facts the engine refuses into the ledger’s error, saying whose score and what is wrong', () => {
    const bad = { period: '2024', asOf: '2024-13-40', memberKind: 'FULL' as const, entries: [] };
    let caught: unknown;
    try {
      evaluateOrExplain(doc, bad, '张三的2024积分无法计算');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LedgerError);
    const error = caught as LedgerError;
    expect(error.code).toBe(LedgerErrorCode.SCORE_FACTS_INVALID);
    expect(error.message).toMatch(/^张三的2024积分无法计算：asOf 评价日期应为有效日期/);
    expect(error.details).toMatchObject({ problems: [{ path: 'asOf' }] });
  });
});
