import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision on each branch's summary for a period, drawn from one sequence whenever the branch's scores for
 * the period change: the fingerprint of a district's scores (which tells a rating preview it is stale) is then
 * read from one row per branch instead of hashing every member's result.
 */
export class ScoreRevisions1765200000000 implements MigrationInterface {
  name = 'ScoreRevisions1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE ledger.score_revision`);
    // A volatile default gives every existing row a value of its own.
    await q.query(
      `ALTER TABLE ledger.branch_score_summary ADD COLUMN revision bigint NOT NULL DEFAULT nextval('ledger.score_revision')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ledger.branch_score_summary DROP COLUMN revision`);
    await q.query(`DROP SEQUENCE ledger.score_revision`);
  }
}
