import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each scheme keeps the path of its owning organisation, so that a caller's view (the owners on its own
 * path, and every owner inside its scope) is one indexed condition where the rows are read. The path is
 * the ledger's, taken when the scheme is created and brought up to date whenever the service next gets
 * the organisation from the ledger. Filings and versions go by their scheme's owner.
 *
 * Rows written before this column existed are not filled in here (the ledger's tables are the ledger's):
 * such a row stays visible to the platform and to callers on whose path its owner lies, and gets its path
 * the next time the service asks the ledger for its organisation.
 */
export class SchemeOwnerPath1764200000000 implements MigrationInterface {
  name = 'SchemeOwnerPath1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE scheme.scheme ADD COLUMN owner_org_path public.ltree`);
    // An organisation path ends with the organisation's own label (kit org-path): the row names one node twice, consistently.
    await q.query(`
      ALTER TABLE scheme.scheme ADD CONSTRAINT scheme_owner_path_ends_with_owner
        CHECK (owner_org_path IS NULL OR public.ltree2text(public.subpath(owner_org_path, -1)) = replace(owner_org_id::text, '-', ''))`);
    await q.query(`CREATE INDEX scheme_owner_path_gist ON scheme.scheme USING gist (owner_org_path)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX scheme.scheme_owner_path_gist');
    await q.query('ALTER TABLE scheme.scheme DROP CONSTRAINT scheme_owner_path_ends_with_owner');
    await q.query('ALTER TABLE scheme.scheme DROP COLUMN owner_org_path');
  }
}
