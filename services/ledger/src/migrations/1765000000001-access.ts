import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may sign in: accounts bound to an organisation node with a role (a member's account to the member),
 * their sessions (refresh tokens, kept hashed) and the API keys branches' own tools call with (kept hashed,
 * revocable, with their last use and a per-minute rate limit counted here so every gateway copy shares it).
 */
export class Access1765000000001 implements MigrationInterface {
  name = 'Access1765000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger.account (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        username text NOT NULL,
        display_name text NOT NULL CHECK (length(btrim(display_name)) > 0),
        role text NOT NULL CHECK (role IN ('DISTRICT', 'TOWNSHIP', 'BRANCH_SECRETARY', 'BRANCH_RECORDER', 'MEMBER')),
        org_id uuid NOT NULL REFERENCES ledger.organization (id),
        member_id uuid REFERENCES ledger.member (id),
        password_hash text NOT NULL,
        failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
        locked_until timestamptz,
        disabled_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'MEMBER') = (member_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX account_username_key ON ledger.account (lower(username))`);
    await q.query(`CREATE INDEX account_org_idx ON ledger.account (org_id)`);
    await q.query(`
      CREATE TABLE ledger.account_session (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        account_id uuid NOT NULL REFERENCES ledger.account (id),
        refresh_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        refreshed_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text
      )`);
    await q.query(`CREATE INDEX account_session_account_idx ON ledger.account_session (account_id)`);
    await q.query(`
      CREATE TABLE ledger.account_session_retired (
        refresh_hash text PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES ledger.account_session (id),
        retired_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE ledger.api_key (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        org_id uuid NOT NULL REFERENCES ledger.organization (id),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        role text NOT NULL CHECK (role IN ('DISTRICT', 'TOWNSHIP', 'BRANCH_SECRETARY', 'BRANCH_RECORDER')),
        rights text[] NOT NULL,
        prefix text NOT NULL,
        secret_hash text NOT NULL UNIQUE,
        rate_limit_per_minute integer NOT NULL CHECK (rate_limit_per_minute BETWEEN 1 AND 6000),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_by text,
        last_used_at timestamptz,
        window_start timestamptz,
        window_count integer NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX api_key_org_idx ON ledger.api_key (org_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger.api_key`);
    await q.query(`DROP TABLE ledger.account_session_retired`);
    await q.query(`DROP TABLE ledger.account_session`);
    await q.query(`DROP TABLE ledger.account`);
  }
}
