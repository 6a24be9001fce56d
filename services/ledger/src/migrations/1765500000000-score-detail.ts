import { MigrationInterface, QueryRunner } from 'typeorm';
import { compressWithLz4 } from './lz4';

/**
 * A score's detail (its components with the entries each counted, and the explanation: nine tenths of a
 * result's bytes) moves from `result` to a column of its own, `detail`, of type json: written as the ledger
 * sends it, with no jsonb to build, and never read by a lean read, which now reads the small headline alone.
 * The detail is compressed with LZ4 where the server has it, as the result is.
 */
export class ScoreDetail1765500000000 implements MigrationInterface {
  name = 'ScoreDetail1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ledger.period_score ADD COLUMN detail json`);
    await q.query(compressWithLz4('ledger.period_score', 'detail'));
    await q.query(`
      UPDATE ledger.period_score
         SET detail = json_build_object('components', coalesce(result->'components', '[]'), 'explanation', coalesce(result->'explanation', '[]')),
             result = result - '{components,explanation}'::text[]`);
    await q.query(`ALTER TABLE ledger.period_score ALTER COLUMN detail SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE ledger.period_score
         SET result = result || jsonb_build_object('components', detail->'components', 'explanation', detail->'explanation')`);
    await q.query(`ALTER TABLE ledger.period_score DROP COLUMN detail`);
  }
}
