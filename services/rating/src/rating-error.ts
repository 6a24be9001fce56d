import { AppError } from '@jifen/kit';

export enum RatingErrorCode {
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
  INVALID_QUOTA_POLICY = 'INVALID_QUOTA_POLICY',
  FORBIDDEN = 'FORBIDDEN',
  INVALID_PERIOD = 'INVALID_PERIOD',
  INVALID_RATING_SCOPE = 'INVALID_RATING_SCOPE',
  RATING_RUN_NOT_FOUND = 'RATING_RUN_NOT_FOUND',
  /** Another committee member confirmed first, or a newer version exists. */
  RATING_RUN_CONFLICT = 'RATING_RUN_CONFLICT',
  /** Scores or the policy changed after the preview: preview again. */
  RATING_RUN_STALE = 'RATING_RUN_STALE',
  /** Some scores in the run's scope are not final yet. */
  SCORES_NOT_FINAL = 'SCORES_NOT_FINAL',
  /** A confirmed run of the same period covers part of this scope from another node. */
  RATING_SCOPE_OVERLAP = 'RATING_SCOPE_OVERLAP',
  /** The day a confirmation says the committee decided is in the future, before the period ended, or malformed. */
  INVALID_DECISION_DAY = 'INVALID_DECISION_DAY',
  /** The run rates no member (none scored, or all exempt or not graded): confirming it would publish nothing. */
  NOTHING_RATED = 'NOTHING_RATED',
}

export class RatingError extends AppError<RatingErrorCode> {}

/** An unknown organisation and one outside the caller's scope answer alike. */
export const organizationNotFound = (id: string) =>
  new RatingError(RatingErrorCode.ORGANIZATION_NOT_FOUND, `找不到编号为 ${id} 的组织，或您无权访问它`, { id });
