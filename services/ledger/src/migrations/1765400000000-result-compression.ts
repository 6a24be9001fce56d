import { MigrationInterface, QueryRunner } from 'typeorm';
import { compressWithLz4 } from './lz4';

/**
 * Scores' results (a few kB of JSON each, rewritten by every entry recorded) are compressed with LZ4 where the
 * server was built with it: compressing with PostgreSQL's own method took about a third of the database's work
 * in recording a batch of entries. A server without LZ4 (the embedded one) keeps its own method; values already
 * stored stay as they are until they are next written.
 */
export class ResultCompression1765400000000 implements MigrationInterface {
  name = 'ResultCompression1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(compressWithLz4('ledger.period_score', 'result'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ledger.period_score ALTER COLUMN result SET COMPRESSION default`);
  }
}
