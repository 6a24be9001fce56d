import { Client } from 'pg';

/**
 * VACUUM ANALYZE over the whole database after a load: a load rewrites scores many times over in minutes, faster
 * than autovacuum follows, and leaves the tables bloated and their statistics stale; measured right after, reads
 * would pay for dead rows that a running system's autovacuum has long cleared.
 */
export async function vacuumAnalyze(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = Date.now();
  try {
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
  return Date.now() - started;
}
