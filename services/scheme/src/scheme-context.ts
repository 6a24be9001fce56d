import { RequestContext } from '@jifen/kit';
import { SchemeLoaders } from './scheme-loaders';

export type SchemeContext = RequestContext<SchemeLoaders>;
