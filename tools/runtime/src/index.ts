// @jifen/runtime: how the tools get processes and a database (no workspace package of ours): child processes with a
// ready handshake and warm standbys, free ports, heap limits, the embedded PostgreSQL or DATABASE_URL, the kept secret.
export {
  type Child,
  describeExit,
  type ExitReason,
  launchChild,
  type LaunchedChild,
  launchStandby,
  startChild,
  stopChildren,
} from './processes';
export { freePort } from './free-port';
export { heapArgs } from './heap-limits';
export { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from './embedded-postgres';
export { EmbeddedPostgresError, type ProblemContext } from './embedded-problems';
export {
  checkReachable,
  provideDatabase,
  type ProvidedDatabase,
  repoRoot,
  unreachableDatabase,
} from './provide-database';
export { keptTokenSecret } from './kept-token-secret';
