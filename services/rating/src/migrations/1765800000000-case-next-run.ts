import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's outcome comes from the next confirmed rating, and a disposal consequence opens a case (issue 22, items 5–6):
 * - `next_run_id` names the confirmed run whose total `next_period_key`/`next_total` hold (written by the run, never
 *   typed); `next_disposal` the disposal consequence that run's result carries, if any;
 * - `warned_periods`: the periods the case was triggered in, the opening one first (a member warned again in the next
 *   period continues the same case);
 * - trigger DISPOSAL_CONSEQUENCE: a scheme's consequence (不合格, 连续两年基本合格, 预备党员延长/取消预备期) puts the member
 *   straight into the disposal procedure;
 * - `rating.warning_case_event`: what ratings did to a case (opened, next total recorded, warned again, withdrawn…),
 *   append-only, each with the run and who confirmed it.
 */
export class CaseNextRun1765800000000 implements MigrationInterface {
  name = 'CaseNextRun1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rating.warning_case DROP CONSTRAINT warning_case_trig_check`);
    await q.query(
      `ALTER TABLE rating.warning_case ADD CONSTRAINT warning_case_trig_check CHECK (trig IN ('SCORE_BELOW_50', 'DIRECT_UNQUALIFIED', 'DISPOSAL_CONSEQUENCE'))`,
    );
    await q.query(`
      ALTER TABLE rating.warning_case
        ADD COLUMN warned_periods text[] NOT NULL DEFAULT '{}',
        ADD COLUMN next_run_id uuid,
        ADD COLUMN next_disposal text`);
    await q.query(`UPDATE rating.warning_case SET warned_periods = ARRAY[period_key]`);
    await q.query(
      `ALTER TABLE rating.warning_case ADD CONSTRAINT warning_case_warned_periods_check CHECK (cardinality(warned_periods) > 0)`,
    );
    await q.query(`
      CREATE TABLE rating.warning_case_event (
        case_id uuid NOT NULL REFERENCES rating.warning_case (id),
        seq integer NOT NULL CHECK (seq > 0),
        district_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('OPENED', 'DISPOSAL_OPENED', 'NEXT_RATED', 'NEXT_CLEARED', 'WARNED_AGAIN', 'NO_LONGER_WARNED',
                                           'UPGRADED', 'WITHDRAWN', 'KEPT')),
        period_key text NOT NULL,
        run_id uuid NOT NULL,
        total numeric(6, 1),
        note text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, seq)
      )`);
    await q.query(`
      CREATE FUNCTION rating.refuse_case_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '双预警的办理记录不可修改或删除（%）', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(
      `CREATE TRIGGER warning_case_event_append_only BEFORE UPDATE OR DELETE ON rating.warning_case_event FOR EACH ROW EXECUTE FUNCTION rating.refuse_case_event_change()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rating.warning_case_event');
    await q.query('DROP FUNCTION rating.refuse_case_event_change()');
    // Cases the old schema cannot hold go, with their steps and revisions (append-only otherwise).
    await q.query('ALTER TABLE rating.disposal_step DISABLE TRIGGER disposal_step_append_only');
    await q.query('ALTER TABLE rating.plan_revision DISABLE TRIGGER plan_revision_append_only');
    const gone = `SELECT id FROM rating.warning_case WHERE trig = 'DISPOSAL_CONSEQUENCE'`;
    await q.query(`DELETE FROM rating.disposal_step WHERE case_id IN (${gone})`);
    await q.query(`DELETE FROM rating.plan_revision WHERE case_id IN (${gone})`);
    await q.query(`DELETE FROM rating.warning_case WHERE trig = 'DISPOSAL_CONSEQUENCE'`);
    await q.query('ALTER TABLE rating.disposal_step ENABLE TRIGGER disposal_step_append_only');
    await q.query('ALTER TABLE rating.plan_revision ENABLE TRIGGER plan_revision_append_only');
    await q.query(`ALTER TABLE rating.warning_case DROP CONSTRAINT warning_case_warned_periods_check`);
    await q.query(
      `ALTER TABLE rating.warning_case DROP COLUMN warned_periods, DROP COLUMN next_run_id, DROP COLUMN next_disposal`,
    );
    await q.query(`ALTER TABLE rating.warning_case DROP CONSTRAINT warning_case_trig_check`);
    await q.query(
      `ALTER TABLE rating.warning_case ADD CONSTRAINT warning_case_trig_check CHECK (trig IN ('SCORE_BELOW_50', 'DIRECT_UNQUALIFIED'))`,
    );
  }
}
