export * from './actor-names';
export * from './audit-detail';
export * from './audit-event';
export * from './audit-exports';
export * from './audit-feed';
export * from './audit-plugin';
export * from './audit-reader';
export * from './audit-table';
