import { RatingError, RatingErrorCode } from '../rating-error';

const PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]|M(?:0[1-9]|1[0-2])))?$/;
const PER_YEAR = { H: 2, Q: 4, M: 12 } as const;

/** A period key as the ledger names it (2024, 2024-H1, 2024-Q3, 2024-M05), or a coded refusal. */
export function checkPeriodKey(key: string): string {
  if (!PATTERN.test(key))
    throw new RatingError(
      RatingErrorCode.INVALID_PERIOD,
      `期间“${key}”格式不对，应如 2024、2024-H1、2024-Q3 或 2024-M05`,
      { field: 'period' },
    );
  return key;
}

/** The points cycle (year) a period belongs to: the policy in force for it is that cycle's. */
export function cycleOfPeriod(key: string): number {
  return Number(checkPeriodKey(key).slice(0, 4));
}

/** The `count` periods of the same kind just before `key`, the nearest last (2024-H1 → [2023-H1, 2023-H2]). */
export function previousPeriodKeys(key: string, count: number): string[] {
  const match = PATTERN.exec(checkPeriodKey(key))!;
  const year = Number(match[1]);
  const part = match[2];
  const keys: string[] = [];
  for (let back = count; back >= 1; back--) {
    if (!part) {
      keys.push(String(year - back));
      continue;
    }
    const letter = part[0] as keyof typeof PER_YEAR;
    const per = PER_YEAR[letter];
    const index = year * per + Number(part.slice(1)) - 1 - back;
    const n = (index % per) + 1;
    keys.push(`${Math.floor(index / per)}-${letter}${letter === 'M' ? String(n).padStart(2, '0') : n}`);
  }
  return keys;
}
