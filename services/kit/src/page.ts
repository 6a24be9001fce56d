import { AppError, KitErrorCode } from './errors/app-error';

/**
 * The most rows one page of any list may hold: the one limit every service enforces and the gateway checks
 * before a request reaches them (`first`, `last`, `limit`), 1,000 (a rating run reads a district's scores in pages of it).
 */
export const MAX_PAGE = 1000;

/** Refuses a page outside 0–`max` rows or a negative start, with a message saying what to send instead. */
export function assertPage(first: number, offset: number, max = MAX_PAGE): void {
  if (!Number.isInteger(first) || !Number.isInteger(offset) || first < 0 || first > max || offset < 0) {
    throw new AppError(KitErrorCode.BAD_USER_INPUT, `每页条数应在 0 到 ${max} 之间，起始位置不能为负数`, {
      first,
      offset,
      max,
    });
  }
}
