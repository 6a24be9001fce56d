import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gateway's feed of ended sessions (identity/session-endings.ts) reads the sessions ended in the last quarter
 * hour or so, at every session that ends and every 25 s: an index on `ended_at` (ended sessions only) keeps that
 * a short range scan as the table grows with every sign-in.
 */
export class SessionEndedIndex1765650000000 implements MigrationInterface {
  name = 'SessionEndedIndex1765650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX account_session_ended_idx ON ledger.account_session (ended_at) WHERE ended_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ledger.account_session_ended_idx`);
  }
}
