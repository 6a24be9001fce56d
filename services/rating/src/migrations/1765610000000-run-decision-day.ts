import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A rating run keeps the period's last day (from its schemes' cycles, at the preview) and, once confirmed, the day
 * the committee decided (the rating meeting): the warning cases it opens count their deadlines from that day.
 * Runs confirmed before: decided on the day they were confirmed.
 */
export class RunDecisionDay1765610000000 implements MigrationInterface {
  name = 'RunDecisionDay1765610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rating.rating_run ADD COLUMN period_end date, ADD COLUMN decided_on date`);
    await q.query(
      `UPDATE rating.rating_run SET decided_on = (confirmed_at AT TIME ZONE 'UTC')::date WHERE confirmed_at IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE rating.rating_run ADD CONSTRAINT rating_run_decided_after_period
         CHECK (decided_on IS NULL OR period_end IS NULL OR decided_on >= period_end),
       ADD CONSTRAINT rating_run_decided_when_confirmed CHECK ((decided_on IS NULL) = (confirmed_at IS NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE rating.rating_run DROP CONSTRAINT rating_run_decided_when_confirmed, DROP CONSTRAINT rating_run_decided_after_period,
         DROP COLUMN decided_on, DROP COLUMN period_end`,
    );
  }
}
