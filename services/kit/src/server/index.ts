/**
 * `@jifen/kit/server`: the plumbing of a service with a database and a subgraph — TypeORM data sources and SQL,
 * the federated schema built with type-graphql, loaders, scalars, the subgraph server and its file routes, the
 * audit log. Only the services (and the tools that start them) import it; the gateway never does.
 */
import 'reflect-metadata';

export * from '../database/data-source';
export * from '../database/sql-counter';
export * from '../database/prepared';
export * from '../database/unique-violation';
export * from '../federation/build-subgraph-schema';
export * from '../loaders/keyed-loader';
export * from '../loaders/per-args';
export * from '../loaders/path-settings-loader';
export * from '../scalars/local-date';
export { dayOf, yearOf } from '../time/beijing-day';
export * from '../scalars/json-object';
export * from '../todo/todo-item.type';
export * from '../audit';
export * from './start-subgraph';
export * from './downloads';
export * from './uploads';
export * from './internal-endpoints';
export * from './background-tasks';
export * from './class-type';
export * from './service-definition';
export * from './service-main';
