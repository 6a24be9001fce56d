import { MigrationInterface, QueryRunner } from 'typeorm';

/** The org tree and the roster, with a district key on every row and ltree paths under GiST indexes. */
export class Roster1763700000000 implements MigrationInterface {
  name = 'Roster1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger.organization (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        parent_id uuid REFERENCES ledger.organization (id),
        level text NOT NULL CHECK (level IN ('DISTRICT', 'TOWNSHIP', 'GENERAL_BRANCH', 'BRANCH', 'GROUP')),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        path public.ltree NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((parent_id IS NULL) = (level = 'DISTRICT'))
      )`);
    await q.query(`CREATE INDEX organization_path_gist ON ledger.organization USING gist (path)`);
    await q.query(`CREATE INDEX organization_parent_idx ON ledger.organization (parent_id)`);
    await q.query(`CREATE INDEX organization_district_level_idx ON ledger.organization (district_id, level)`);
    await q.query(
      `CREATE UNIQUE INDEX organization_sibling_name_uq ON ledger.organization (coalesce(parent_id, id), name)`,
    );

    await q.query(`
      CREATE TABLE ledger.member (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        org_id uuid NOT NULL REFERENCES ledger.organization (id),
        org_path public.ltree NOT NULL,
        member_no text NOT NULL CHECK (length(btrim(member_no)) > 0),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        gender text NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
        kind text NOT NULL CHECK (kind IN ('FULL', 'PROBATIONARY', 'ACTIVIST')),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'EXEMPT', 'TRANSFERRED_OUT')),
        join_date date,
        birth_date date NOT NULL,
        exempt_reason text CHECK (exempt_reason IN ('AGE', 'ILLNESS', 'ABROAD', 'OTHER')),
        exempt_note text,
        exempt_assembly_on date,
        exempt_approved_by text,
        exempt_approved_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, member_no),
        CHECK (kind = 'ACTIVIST' OR join_date IS NOT NULL),
        CHECK (status <> 'EXEMPT' OR (exempt_reason IS NOT NULL AND exempt_approved_by IS NOT NULL AND exempt_approved_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX member_org_path_gist ON ledger.member USING gist (org_path)`);
    await q.query(`CREATE INDEX member_org_idx ON ledger.member (org_id)`);

    await q.query(`
      CREATE TABLE ledger.member_transfer (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        member_id uuid NOT NULL REFERENCES ledger.member (id),
        from_org_id uuid NOT NULL REFERENCES ledger.organization (id),
        to_org_id uuid REFERENCES ledger.organization (id),
        transferred_on date NOT NULL,
        reason text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX member_transfer_member_idx ON ledger.member_transfer (member_id, transferred_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE ledger.member_transfer');
    await q.query('DROP TABLE ledger.member');
    await q.query('DROP TABLE ledger.organization');
  }
}
