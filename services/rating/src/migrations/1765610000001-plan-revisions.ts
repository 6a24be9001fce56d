import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revisions of a warning case's rectification plan (整改计划修订): append-only, each with the plan and deadline it
 * set and those it replaced, the day, who decided it and why. The case row keeps the plan in force.
 */
export class PlanRevisions1765610000001 implements MigrationInterface {
  name = 'PlanRevisions1765610000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating.plan_revision (
        case_id uuid NOT NULL REFERENCES rating.warning_case (id),
        seq integer NOT NULL CHECK (seq > 0),
        district_id uuid NOT NULL,
        plan text NOT NULL,
        deadline date NOT NULL,
        plan_before text NOT NULL,
        deadline_before date NOT NULL,
        revised_on date NOT NULL,
        revised_by text NOT NULL CHECK (length(btrim(revised_by)) > 0),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, seq),
        CHECK (deadline > revised_on)
      )`);
    await q.query(`
      CREATE FUNCTION rating.refuse_plan_revision_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '整改计划的修订记录不可修改或删除（%）：如需调整请再次修订', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(
      `CREATE TRIGGER plan_revision_append_only BEFORE UPDATE OR DELETE ON rating.plan_revision FOR EACH ROW EXECUTE FUNCTION rating.refuse_plan_revision_change()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rating.plan_revision');
    await q.query('DROP FUNCTION rating.refuse_plan_revision_change()');
  }
}
