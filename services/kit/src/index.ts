import 'reflect-metadata';

export * from './config/environment';
export * from './config/shared-variables';
export * from './context/caller';
export * from './context/internal-token';
export * from './context/request-context';
export * from './database/data-source';
export * from './database/sql-counter';
export * from './errors/app-error';
export * from './federation/build-subgraph-schema';
export * from './loaders/keyed-loader';
export * from './logging/logger';
export * from './scalars/local-date';
export * from './server/start-subgraph';
export * from './ids';
export * from './server/service-definition';
export * from './clients/subgraph-client';
export * from './org-path';
