import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Filings (报上级审核备案): a draft of a scheme's rules, submitted to the upper level, approved into an
 * immutable version from a date, or returned with comments. Every step is kept in `filing_event`.
 */
export class Filings1763800000000 implements MigrationInterface {
  name = 'Filings1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scheme.filing (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        scheme_id uuid NOT NULL REFERENCES scheme.scheme (id),
        owner_org_id uuid NOT NULL,
        base_version_id uuid REFERENCES scheme.scheme_version (id),
        rules jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'object'),
        note text,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'WITHDRAWN')),
        effective_from date,
        version_id uuid REFERENCES scheme.scheme_version (id),
        decision_comment text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((status = 'APPROVED') = (version_id IS NOT NULL AND effective_from IS NOT NULL))
      )`);
    // One open draft per scheme: a second revision waits until the first is decided or withdrawn.
    await q.query(
      `CREATE UNIQUE INDEX filing_open_per_scheme_uq ON scheme.filing (scheme_id) WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED')`,
    );
    await q.query(`CREATE INDEX filing_district_status_idx ON scheme.filing (district_id, status)`);
    await q.query(`CREATE INDEX filing_owner_idx ON scheme.filing (owner_org_id)`);
    await q.query(`
      CREATE TABLE scheme.filing_event (
        id bigserial PRIMARY KEY,
        filing_id uuid NOT NULL REFERENCES scheme.filing (id),
        district_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATE', 'EDIT', 'SUBMIT', 'RETURN', 'APPROVE', 'WITHDRAW')),
        actor text NOT NULL,
        at timestamptz NOT NULL,
        comment text
      )`);
    await q.query(`CREATE INDEX filing_event_filing_idx ON scheme.filing_event (filing_id, id)`);
    await q.query(`ALTER TABLE scheme.scheme_version ADD COLUMN filing_id uuid REFERENCES scheme.filing (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE scheme.scheme_version DROP COLUMN filing_id');
    await q.query('DROP TABLE scheme.filing_event');
    await q.query('DROP TABLE scheme.filing');
  }
}
