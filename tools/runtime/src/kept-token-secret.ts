import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The token secret `npm start` gives the gateway and the services when `INTERNAL_TOKEN_SECRET` is not set:
 * made once and kept with the data (schema `launcher`, beside the services' own), so that a restart of the
 * platform, or of one process, does not end everyone's session. Kept in the database rather than in a file so
 * that it works the same on the embedded server and on a `DATABASE_URL` server, and goes wherever the data goes.
 * Whoever can read this table can already change every row, so it is kept as it is.
 */
export async function keptTokenSecret(databaseUrl: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Two launchers on one empty database must not both create the table or keep different secrets.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('launcher.kept_secrets'))");
    await client.query('CREATE SCHEMA IF NOT EXISTS launcher');
    await client.query(
      'CREATE TABLE IF NOT EXISTS launcher.kept_secrets (name text PRIMARY KEY, value text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())',
    );
    await client.query(
      "INSERT INTO launcher.kept_secrets (name, value) VALUES ('internal-token', $1) ON CONFLICT (name) DO NOTHING",
      [randomBytes(32).toString('base64url')],
    );
    const kept = await client.query<{ value: string }>(
      "SELECT value FROM launcher.kept_secrets WHERE name = 'internal-token'",
    );
    await client.query('COMMIT');
    return kept.rows[0].value;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
