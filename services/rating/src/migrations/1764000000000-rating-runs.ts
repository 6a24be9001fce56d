import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of the quota policy (scope, rounding, floors, tie rule, per-branch overrides, warning deadlines,
 * and `seq`, so that two policies set in the same instant keep their order) and rating runs: each run a version per organisation and period, with the policy it used, its quota
 * units and one result per member. Results never change; a correction is a new version.
 */
export class RatingRuns1764000000000 implements MigrationInterface {
  name = 'RatingRuns1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE rating.quota_policy
        ADD COLUMN scope text NOT NULL DEFAULT 'BRANCH' CHECK (scope IN ('BRANCH', 'POOL')),
        ADD COLUMN rounding text NOT NULL DEFAULT 'HALF_UP' CHECK (rounding IN ('HALF_UP', 'DOWN', 'UP')),
        ADD COLUMN base_floor numeric(5, 1) NOT NULL DEFAULT 50 CHECK (base_floor BETWEEN 0 AND 1000),
        ADD COLUMN total_floor numeric(5, 1) NOT NULL DEFAULT 70 CHECK (total_floor BETWEEN 0 AND 1000),
        ADD COLUMN tie_breakers text[] NOT NULL DEFAULT '{BASE,STAR_POINTS}',
        ADD COLUMN still_tied text NOT NULL DEFAULT 'ALL_TAKE' CHECK (still_tied IN ('ALL_TAKE', 'NONE_TAKE')),
        ADD COLUMN overrides jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN interview_days integer NOT NULL DEFAULT 15 CHECK (interview_days BETWEEN 1 AND 90),
        ADD COLUMN rectify_months integer NOT NULL DEFAULT 6 CHECK (rectify_months BETWEEN 1 AND 12),
        ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`);
    await q.query(`
      CREATE TABLE rating.rating_run (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        org_id uuid NOT NULL,
        org_path ltree NOT NULL,
        org_name text NOT NULL,
        period_key text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        status text NOT NULL CHECK (status IN ('PREVIEW', 'CONFIRMED', 'SUPERSEDED')),
        inputs_digest text NOT NULL,
        policy_digest text NOT NULL,
        summary jsonb NOT NULL,
        pending jsonb NOT NULL,
        changes jsonb NOT NULL,
        compared_with uuid REFERENCES rating.rating_run (id),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        confirmed_by text,
        confirmed_at timestamptz,
        UNIQUE (org_id, period_key, version)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX rating_run_one_confirmed ON rating.rating_run (org_id, period_key) WHERE status = 'CONFIRMED'`,
    );
    await q.query(`CREATE INDEX rating_run_path_idx ON rating.rating_run USING gist (org_path)`);
    await q.query(`CREATE INDEX rating_run_period_idx ON rating.rating_run (period_key, status)`);
    await q.query(`
      CREATE TABLE rating.quota_unit (
        run_id uuid NOT NULL REFERENCES rating.rating_run (id),
        unit_id uuid NOT NULL,
        district_id uuid NOT NULL,
        unit_path ltree NOT NULL,
        unit_name text NOT NULL,
        policy jsonb NOT NULL,
        allocation jsonb NOT NULL,
        PRIMARY KEY (run_id, unit_id)
      )`);
    await q.query(`
      CREATE TABLE rating.rating_result (
        run_id uuid NOT NULL REFERENCES rating.rating_run (id),
        member_id uuid NOT NULL,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL,
        branch_path ltree NOT NULL,
        unit_id uuid,
        member_name text NOT NULL,
        member_no text NOT NULL,
        member_kind text NOT NULL,
        status text NOT NULL CHECK (status IN ('RATED', 'EXEMPT', 'NOT_GRADED')),
        total numeric(6, 1),
        base numeric(6, 1),
        star_points numeric(6, 1),
        grade_code text,
        grade_name text,
        stars smallint CHECK (stars IN (3, 4, 5)),
        rank integer,
        warning text CHECK (warning IN ('SCORE_BELOW_50', 'DIRECT_UNQUALIFIED')),
        consequences jsonb NOT NULL,
        explanation jsonb NOT NULL,
        PRIMARY KEY (run_id, member_id)
      )`);
    await q.query(`CREATE INDEX rating_result_member_idx ON rating.rating_result (member_id)`);
    await q.query(`CREATE INDEX rating_result_path_idx ON rating.rating_result USING gist (branch_path)`);
    await q.query(`
      CREATE FUNCTION rating.refuse_result_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '评定结果不可修改或删除；更正请重新评定，生成新的版本' USING ERRCODE = 'P0001';
      END $$`);
    for (const table of ['rating_result', 'quota_unit']) {
      await q.query(
        `CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON rating.${table} FOR EACH ROW EXECUTE FUNCTION rating.refuse_result_change()`,
      );
      await q.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON rating.${table} FOR EACH STATEMENT EXECUTE FUNCTION rating.refuse_result_change()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rating.rating_result');
    await q.query('DROP TABLE rating.quota_unit');
    await q.query('DROP TABLE rating.rating_run');
    await q.query('DROP FUNCTION rating.refuse_result_change()');
    await q.query(`ALTER TABLE rating.quota_policy DROP COLUMN scope, DROP COLUMN rounding, DROP COLUMN base_floor, DROP COLUMN total_floor,
      DROP COLUMN tie_breakers, DROP COLUMN still_tied, DROP COLUMN overrides, DROP COLUMN interview_days, DROP COLUMN rectify_months, DROP COLUMN seq`);
  }
}
