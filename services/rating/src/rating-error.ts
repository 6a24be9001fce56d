import { AppError } from '@jifen/kit';

export enum RatingErrorCode {
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
  INVALID_QUOTA_POLICY = 'INVALID_QUOTA_POLICY',
  FORBIDDEN = 'FORBIDDEN',
}

export class RatingError extends AppError<RatingErrorCode> {}
