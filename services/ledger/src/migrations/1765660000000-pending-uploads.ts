import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import files uploaded through `POST /uploads/import` and not yet imported: kept with who uploaded them, for
 * which branch and until when, then taken (deleted) by the `importEntries` that writes their rows. Expired
 * ones are removed by the next upload; an expired or taken one answers as unknown.
 */
export class PendingUploads1765660000000 implements MigrationInterface {
  name = 'PendingUploads1765660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger.pending_upload (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        org_id uuid NOT NULL REFERENCES ledger.organization (id),
        format text NOT NULL CHECK (format IN ('CSV', 'XLSX')),
        file_name text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX pending_upload_expires_at ON ledger.pending_upload (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger.pending_upload`);
  }
}
