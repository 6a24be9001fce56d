import { PeriodKeyParts, periodKeysBefore, readPeriodKey } from '@jifen/rules';
import { RatingError, RatingErrorCode } from '../rating-error';

/** A period key as the ledger names it (read by @jifen/rules' one parser), or rating's coded refusal. */
function readChecked(key: string): PeriodKeyParts {
  const parts = readPeriodKey(key);
  if (!parts)
    throw new RatingError(
      RatingErrorCode.INVALID_PERIOD,
      `期间“${key}”格式不对，应如 2024、2024-H1、2024-Q3 或 2024-M05`,
      { field: 'period' },
    );
  return parts;
}

/** A period key (2024, 2024-H1, 2024-Q3, 2024-M05), or a coded refusal. */
export function checkPeriodKey(key: string): string {
  readChecked(key);
  return key;
}

/** The points cycle (year) a period belongs to: the policy in force for it is that cycle's. */
export function cycleOfPeriod(key: string): number {
  return readChecked(key).cycle;
}

/** The `count` periods of the same kind just before `key`, the nearest last (2024-H1 → [2023-H1, 2023-H2]). */
export function previousPeriodKeys(key: string, count: number): string[] {
  return periodKeysBefore(readChecked(key), count);
}
