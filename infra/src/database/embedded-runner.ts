import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

/**
 * Runs the embedded PostgreSQL in a process of its own, forked detached by the launcher: a Ctrl-C in the
 * terminal then reaches the services first, and the database stops last, when the launcher says so
 * (SIGTERM) or when the launcher is gone.
 */
async function main(): Promise<void> {
  const [dataDir, port, databaseName] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port), log: (line) => console.log(line) });
  const url = await ensureDatabase(server.adminUrl, databaseName);
  process.send?.({ ready: url });
  // embedded-postgres stops the server itself on SIGTERM/SIGINT; a vanished launcher counts as SIGTERM.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
