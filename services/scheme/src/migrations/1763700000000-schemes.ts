import { MigrationInterface, QueryRunner } from 'typeorm';

/** Schemes, their immutable versions, and assignments of a version to an organisation from a date. */
export class Schemes1763700000000 implements MigrationInterface {
  name = 'Schemes1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scheme.scheme (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        owner_org_id uuid NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        description text,
        template_code text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (owner_org_id, name)
      )`);
    await q.query(`CREATE INDEX scheme_district_idx ON scheme.scheme (district_id)`);
    await q.query(`
      CREATE TABLE scheme.scheme_version (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        scheme_id uuid NOT NULL REFERENCES scheme.scheme (id),
        version integer NOT NULL CHECK (version > 0),
        rules jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'object'),
        note text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (scheme_id, version)
      )`);
    // A version, once written, is the rulebook some branch was scored by: the database keeps it as it was.
    await q.query(`
      CREATE FUNCTION scheme.refuse_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'scheme versions are immutable' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER scheme_version_immutable BEFORE UPDATE OR DELETE ON scheme.scheme_version
      FOR EACH ROW EXECUTE FUNCTION scheme.refuse_version_change()`);
    await q.query(`
      CREATE TABLE scheme.scheme_assignment (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        org_id uuid NOT NULL,
        scheme_version_id uuid NOT NULL REFERENCES scheme.scheme_version (id),
        effective_from date NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, effective_from)
      )`);
    await q.query(`CREATE INDEX scheme_assignment_org_idx ON scheme.scheme_assignment (org_id, effective_from)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE scheme.scheme_assignment');
    await q.query('DROP TRIGGER scheme_version_immutable ON scheme.scheme_version');
    await q.query('DROP TABLE scheme.scheme_version');
    await q.query('DROP FUNCTION scheme.refuse_version_change()');
    await q.query('DROP TABLE scheme.scheme');
  }
}
