import 'reflect-metadata';

export { schemeService } from './scheme-service';
export { SchemeErrorCode } from './scheme-error';
