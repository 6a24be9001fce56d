import 'reflect-metadata';

export { ratingService } from './rating-service';
export { RatingErrorCode } from './rating-error';
// How open and overdue warning cases are told apart, for SQL outside the service (the benchmark's floor).
export { overdueSql } from './warning/warning-counts.storage';
export { OPEN_STATUSES } from './warning/warning-rules';
