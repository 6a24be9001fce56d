import { periodKeyAfter, readPeriodKey } from '@jifen/rules';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's outcome comes from the next confirmed rating, and a disposal consequence opens a case (issue 22, items 5–6):
 * - `next_run_id` names the confirmed run whose total `next_period_key`/`next_total` hold (written by the run, never
 *   typed), `next_decided_on` the day that run was decided (no outcome is dated before it), `next_disposal` the
 *   disposal consequence that run's result carries, if any;
 * - `warned_periods`: the periods the case was triggered in, the opening one first (a member warned again in the next
 *   period continues the same case);
 * - trigger DISPOSAL_CONSEQUENCE: a scheme's consequence (不合格, 连续两年基本合格, 预备党员延长/取消预备期) puts the member
 *   straight into the disposal procedure;
 * - `rating.warning_case_event`: what ratings did to a case (opened, next total recorded, warned again, withdrawn…),
 *   append-only, each with the run and who confirmed it.
 * Undecided cases whose next period is already rated get that rating's figures now (with a history line naming who
 * confirmed it), so that their outcome can be decided without confirming that period again.
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
        ADD COLUMN next_disposal text,
        ADD COLUMN next_decided_on date`);
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
    await backfillNextRatings(q);
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
      `ALTER TABLE rating.warning_case DROP COLUMN warned_periods, DROP COLUMN next_run_id, DROP COLUMN next_disposal, DROP COLUMN next_decided_on`,
    );
    await q.query(`ALTER TABLE rating.warning_case DROP CONSTRAINT warning_case_trig_check`);
    await q.query(
      `ALTER TABLE rating.warning_case ADD CONSTRAINT warning_case_trig_check CHECK (trig IN ('SCORE_BELOW_50', 'DIRECT_UNQUALIFIED'))`,
    );
  }
}

/** The standing rating of the period after each undecided case's, where one is confirmed: its total, run and disposal consequence. */
async function backfillNextRatings(q: QueryRunner): Promise<void> {
  const open: { id: string; period_key: string }[] = await q.query(
    `SELECT id, period_key FROM rating.warning_case WHERE status IN ('OPEN', 'INTERVIEWED', 'HELPER_PAIRED', 'RECTIFYING')`,
  );
  const next = open.flatMap((c) => {
    const parts = readPeriodKey(c.period_key);
    return parts ? [{ id: c.id, next: periodKeyAfter(parts) }] : [];
  });
  if (next.length === 0) return;
  await q.query(
    `WITH found AS (
       SELECT DISTINCT ON (c.id) c.id, c.district_id, x.next, r.total, r.run_id, run.decided_on, run.confirmed_by, run.confirmed_at,
              (SELECT string_agg(k->>'label', '；') FROM jsonb_array_elements(r.consequences) AS k
                WHERE k->>'code' IN ('DISPOSAL', 'PROBATION_EXTENDED', 'PROBATION_CANCELLED') AND c.member_kind <> 'ACTIVIST') AS disposal
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, next text)
         JOIN rating.warning_case c ON c.id = x.id
         JOIN rating.rating_result r ON r.member_id = c.member_id AND r.status = 'RATED' AND r.total IS NOT NULL
         JOIN rating.rating_run run ON run.id = r.run_id AND run.status = 'CONFIRMED' AND run.period_key = x.next
        ORDER BY c.id, run.confirmed_at DESC
     ), written AS (
       UPDATE rating.warning_case c SET next_period_key = f.next, next_total = f.total, next_run_id = f.run_id, next_disposal = f.disposal,
              next_decided_on = f.decided_on
         FROM found f WHERE c.id = f.id
       RETURNING c.id
     )
     INSERT INTO rating.warning_case_event (case_id, seq, district_id, kind, period_key, run_id, total, note, recorded_by, recorded_at)
     SELECT f.id, 1, f.district_id, 'NEXT_RATED', f.next, f.run_id, f.total,
            '下一期（' || f.next || '）评定确认，总分 ' || trim_scale(f.total)::text || ' 分' || COALESCE('，评定结果运用：' || f.disposal, ''),
            COALESCE(f.confirmed_by, 'system'), COALESCE(f.confirmed_at, now())
       FROM found f JOIN written w ON w.id = f.id`,
    [JSON.stringify(next)],
  );
}
