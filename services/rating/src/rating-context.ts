import { RequestContext } from '@jifen/kit';
import { RatingLoaders } from './rating-loaders';

export type RatingContext = RequestContext<RatingLoaders>;
