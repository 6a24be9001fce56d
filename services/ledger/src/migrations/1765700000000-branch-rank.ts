import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's place in the branch for a period (competition ranking among the members the scheme grades, kept by the
 * ledger with every change to the branch's scores). Empty until the branch's period is next scored (`refreshScores`
 * ranks a period's existing scores).
 */
export class BranchRank1765700000000 implements MigrationInterface {
  name = 'BranchRank1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE ledger.period_score ADD COLUMN rank_position integer, ADD COLUMN rank_of integer, ADD COLUMN rank_tied integer`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE ledger.period_score DROP COLUMN rank_position, DROP COLUMN rank_of, DROP COLUMN rank_tied`,
    );
  }
}
