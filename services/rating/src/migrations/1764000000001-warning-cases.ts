import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dual-warning cases (双预警): one per member and period, with the interview, the helper, the rectification
 * plan and the outcome; the case row also keeps where its disposal stands, so that overdue counts need no join.
 * Disposal steps (处置不合格党员) are append-only: a step is never changed, a further step is a new row.
 */
export class WarningCases1764000000001 implements MigrationInterface {
  name = 'WarningCases1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating.warning_case (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL,
        branch_path ltree NOT NULL,
        member_id uuid NOT NULL,
        member_name text NOT NULL,
        member_kind text NOT NULL CHECK (member_kind IN ('FULL', 'PROBATIONARY', 'ACTIVIST')),
        run_id uuid NOT NULL,
        period_key text NOT NULL,
        trig text NOT NULL CHECK (trig IN ('SCORE_BELOW_50', 'DIRECT_UNQUALIFIED')),
        total numeric(6, 1),
        trigger_note text NOT NULL,
        opened_on date NOT NULL,
        interview_due date NOT NULL,
        rectify_months integer NOT NULL CHECK (rectify_months BETWEEN 1 AND 12),
        status text NOT NULL CHECK (status IN ('OPEN', 'INTERVIEWED', 'HELPER_PAIRED', 'RECTIFYING', 'IMPROVED', 'ESCALATED', 'WITHDRAWN')),
        interviewed_on date,
        interviewed_by text,
        interview_note text,
        helper_name text,
        helper_member_id uuid,
        paired_on date,
        plan text,
        planned_on date,
        rectify_deadline date,
        outcome text CHECK (outcome IN ('IMPROVED', 'ESCALATED', 'WITHDRAWN')),
        outcome_on date,
        outcome_by text,
        outcome_note text,
        next_period_key text,
        next_total numeric(6, 1),
        withdrawn_by_run uuid,
        disposal_measure text,
        disposal_step text,
        disposal_step_on date,
        disposal_due date,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (member_id, period_key),
        CHECK (interview_due >= opened_on),
        CHECK (rectify_deadline IS NULL OR (rectify_deadline > planned_on AND rectify_deadline <= planned_on + interval '1 year')),
        CHECK ((outcome IS NULL) = (status NOT IN ('IMPROVED', 'ESCALATED', 'WITHDRAWN')))
      )`);
    await q.query(`CREATE INDEX warning_case_path_idx ON rating.warning_case USING gist (branch_path)`);
    await q.query(`CREATE INDEX warning_case_status_idx ON rating.warning_case (status, period_key)`);
    await q.query(`CREATE INDEX warning_case_branch_idx ON rating.warning_case (branch_id, status)`);
    await q.query(`CREATE INDEX warning_case_period_idx ON rating.warning_case (period_key, member_id)`);

    await q.query(`
      CREATE TABLE rating.disposal_step (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES rating.warning_case (id),
        district_id uuid NOT NULL,
        seq integer NOT NULL CHECK (seq > 0),
        measure text NOT NULL CHECK (measure IN ('RECTIFY_DEADLINE', 'ADVISE_WITHDRAWAL', 'REMOVAL', 'PROBATION_EXTENDED', 'PROBATION_CANCELLED')),
        step text NOT NULL CHECK (step IN ('PROPOSED', 'INVESTIGATED', 'TALKED', 'PRE_REVIEWED', 'ASSEMBLY_VOTED', 'APPROVED', 'NOTIFIED', 'APPEALED',
                                           'RECTIFICATION_REVIEWED', 'ARCHIVED')),
        decided_by text NOT NULL CHECK (length(btrim(decided_by)) > 0),
        decided_on date NOT NULL,
        documents text[] NOT NULL DEFAULT '{}',
        vote jsonb,
        approval boolean,
        result boolean,
        participants text[] NOT NULL DEFAULT '{}',
        upper_opinion text,
        rectify_until date,
        note text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (case_id, seq),
        UNIQUE (case_id, measure, step),
        CHECK ((step = 'ASSEMBLY_VOTED') = (vote IS NOT NULL))
      )`);
    await q.query(`
      CREATE FUNCTION rating.refuse_disposal_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '处置程序记录不可修改或删除（%）：如有错误请在后续步骤中说明', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(
      `CREATE TRIGGER disposal_step_append_only BEFORE UPDATE OR DELETE ON rating.disposal_step FOR EACH ROW EXECUTE FUNCTION rating.refuse_disposal_change()`,
    );
    await q.query(
      `CREATE TRIGGER disposal_step_no_truncate BEFORE TRUNCATE ON rating.disposal_step FOR EACH STATEMENT EXECUTE FUNCTION rating.refuse_disposal_change()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rating.disposal_step');
    await q.query('DROP FUNCTION rating.refuse_disposal_change()');
    await q.query('DROP TABLE rating.warning_case');
  }
}
