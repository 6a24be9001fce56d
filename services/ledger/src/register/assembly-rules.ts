import { LedgerError, LedgerErrorCode } from '../ledger-error';

/**
 * An assembly over a period in which nobody in the branch has any entry at all would confirm every member on
 * what the scheme gives to an empty register: most often a register not kept yet, so it is refused and says
 * why. Under a deducted scheme (先锋指数: everyone starts from 100) an empty period can be the true outcome —
 * nobody lost a point — so the committee may confirm it by saying so (`acknowledgeNoEntries`), and the
 * assembly record shows it (no entries confirmed).
 */
export function assertSomethingRecorded(period: string, entriesInPeriod: number, acknowledged: boolean): void {
  if (entriesInPeriod > 0 || acknowledged) return;
  throw new LedgerError(
    LedgerErrorCode.NOTHING_RECORDED,
    `${period} 本支部没有任何党员的积分记录，党员大会无可评定：请先登记本期的积分记录；` +
      `如本期确实全体党员均无加减分（如“先锋指数”无扣分），请确认后加上 acknowledgeNoEntries: true 再提交`,
    { period, field: 'acknowledgeNoEntries' },
  );
}
