import 'reflect-metadata';

export { ratingService } from './rating-service';
export { RatingErrorCode } from './rating-error';
