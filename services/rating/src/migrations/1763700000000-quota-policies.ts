import { MigrationInterface, QueryRunner } from 'typeorm';

/** Star quota policies per organisation and cycle; every change is a new row, so history is kept. */
export class QuotaPolicies1763700000000 implements MigrationInterface {
  name = 'QuotaPolicies1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating.quota_policy (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        org_id uuid NOT NULL,
        cycle integer NOT NULL CHECK (cycle BETWEEN 2000 AND 2100),
        five_star_percent numeric(5, 2) NOT NULL CHECK (five_star_percent BETWEEN 0 AND 100),
        four_star_percent numeric(5, 2) NOT NULL CHECK (four_star_percent BETWEEN 0 AND 100),
        three_star_percent numeric(5, 2) NOT NULL CHECK (three_star_percent BETWEEN 0 AND 100),
        reason text,
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        CHECK (five_star_percent + four_star_percent + three_star_percent <= 100)
      )`);
    await q.query(`CREATE INDEX quota_policy_org_idx ON rating.quota_policy (org_id, cycle, set_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rating.quota_policy');
  }
}
