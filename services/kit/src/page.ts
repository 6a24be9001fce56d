import { AppError, KitErrorCode } from './errors/app-error';

/** The most rows one page of a list may hold, unless a field says otherwise. */
export const MAX_PAGE = 200;

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
