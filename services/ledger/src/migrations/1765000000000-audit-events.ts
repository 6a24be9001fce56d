import { createAuditTable, dropAuditTable } from '@jifen/kit/server';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The ledger service's audit log: every write and every export, append-only (kit/src/audit). */
export class AuditEvents1765000000000 implements MigrationInterface {
  name = 'AuditEvents1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await createAuditTable(q, 'ledger');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAuditTable(q, 'ledger');
  }
}
