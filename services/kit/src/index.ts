/**
 * `@jifen/kit`: what every process shares and what the gateway needs — the caller and its rights, the tokens,
 * errors, configuration, logging, the HTTP door and the input checks. It loads no TypeORM, type-graphql,
 * Apollo Server or Apollo subgraph code (`light-entry.test.ts` holds it to that); the services' server plumbing
 * (database, federation, loaders, scalars, file routes, audit, the subgraph server) is `@jifen/kit/server`.
 */
export * from './config/environment';
export * from './config/shared-variables';
export * from './rights/right';
export * from './rights/rights';
export * from './context/caller';
export * from './context/internal-token';
export * from './context/session-token';
export * from './context/signed-token';
export * from './context/request-context';
export * from './errors/app-error';
export * from './logging/logger';
export * from './ids';
export * from './org-path';
export * from './page';
export * from './todo/todo-rules';
export { beijingDay } from './time/beijing-day';
export * from './clients/subgraph-client';
export * from './graphql/selection';
export * from './graphql/text-rules';
export * from './graphql/input-check-plugin';
export * from './http/file-bodies';
export * from './http/json-body';
export * from './http/http-errors';
export * from './http/http-listener';
export * from './process/process-lifecycle';
export * from './process/startup-failure';
