import { AppError } from '@jifen/kit';

export enum WarningErrorCode {
  WARNING_CASE_NOT_FOUND = 'WARNING_CASE_NOT_FOUND',
  /** A case step out of order (e.g. a plan before the interview), or an outcome the case cannot take. */
  WARNING_STEP_REFUSED = 'WARNING_STEP_REFUSED',
  /** A disposal step out of order, a measure that does not apply, or a vote that does not carry. */
  DISPOSAL_STEP_REFUSED = 'DISPOSAL_STEP_REFUSED',
  /** An outcome asked for before the next period's rating is confirmed (the outcome follows that rating). */
  NEXT_RATING_REQUIRED = 'NEXT_RATING_REQUIRED',
  INVALID_WARNING_INPUT = 'INVALID_WARNING_INPUT',
  FORBIDDEN = 'FORBIDDEN',
}

export class WarningError extends AppError<WarningErrorCode> {}

export const warningCaseNotFound = (id: string) =>
  new WarningError(WarningErrorCode.WARNING_CASE_NOT_FOUND, `找不到编号为 ${id} 的双预警，或您无权访问它`, { id });

export const invalidWarningInput = (message: string, details: Record<string, unknown> = {}) =>
  new WarningError(WarningErrorCode.INVALID_WARNING_INPUT, message, details);
