import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register (台账): entries and the decisions on them, append-only and hash-chained per branch; assemblies,
 * publicity windows and objections; votes, conditions and exemption requests; period scores kept current;
 * client keys for retried writes; evidence files.
 */
export class Register1763900000000 implements MigrationInterface {
  name = 'Register1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION ledger.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '台账记录不可修改或删除（%）：更正请登记冲正记录', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$`);

    await q.query(`
      CREATE TABLE ledger.evidence (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        org_id uuid NOT NULL REFERENCES ledger.organization (id),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE ledger.entry (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL REFERENCES ledger.organization (id),
        seq bigint NOT NULL CHECK (seq > 0),
        prev_hash text NOT NULL,
        hash text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CLAIM', 'REVERSAL')),
        member_id uuid NOT NULL REFERENCES ledger.member (id),
        scheme_version_id uuid NOT NULL,
        item_code text NOT NULL,
        item_label text NOT NULL,
        occurred_on date NOT NULL,
        quantity numeric(9, 1),
        level text,
        points numeric(6, 1),
        is_leading boolean,
        contributors integer,
        matter text,
        note text,
        evidence_ids uuid[] NOT NULL DEFAULT '{}',
        reverses_entry_id uuid REFERENCES ledger.entry (id),
        reason text,
        declared_by text NOT NULL,
        declared_by_role text NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (branch_id, seq),
        CHECK ((kind = 'REVERSAL') = (reverses_entry_id IS NOT NULL)),
        CHECK (kind = 'CLAIM' OR length(btrim(reason)) > 0)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX entry_reversed_once ON ledger.entry (reverses_entry_id) WHERE reverses_entry_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX entry_member_date_idx ON ledger.entry (member_id, occurred_on)`);
    await q.query(`CREATE INDEX entry_branch_date_idx ON ledger.entry (branch_id, occurred_on)`);
    await q.query(`
      CREATE TABLE ledger.entry_chain (
        branch_id uuid PRIMARY KEY REFERENCES ledger.organization (id),
        last_seq bigint NOT NULL,
        last_hash text NOT NULL
      )`);

    await q.query(`
      CREATE TABLE ledger.entry_review (
        entry_id uuid PRIMARY KEY REFERENCES ledger.entry (id),
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL,
        decision text NOT NULL CHECK (decision IN ('ACCEPTED', 'REJECTED')),
        points numeric(6, 1),
        awarded numeric(6, 1),
        reason text,
        reviewed_by text NOT NULL,
        reviewed_at timestamptz NOT NULL,
        CHECK (decision = 'ACCEPTED' OR length(btrim(reason)) > 0)
      )`);

    await q.query(`
      CREATE TABLE ledger.assembly (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL REFERENCES ledger.organization (id),
        period_key text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        meeting_on date NOT NULL,
        attendee_ids uuid[] NOT NULL,
        eligible_count integer NOT NULL,
        note text,
        confirmed_by text NOT NULL,
        confirmed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX assembly_branch_idx ON ledger.assembly (branch_id, period_start)`);
    await q.query(`
      CREATE TABLE ledger.assembly_entry (
        entry_id uuid PRIMARY KEY REFERENCES ledger.entry (id),
        assembly_id uuid NOT NULL REFERENCES ledger.assembly (id)
      )`);
    await q.query(`CREATE INDEX assembly_entry_assembly_idx ON ledger.assembly_entry (assembly_id)`);

    await q.query(`
      CREATE TABLE ledger.publicity_window (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL REFERENCES ledger.organization (id),
        assembly_id uuid NOT NULL UNIQUE REFERENCES ledger.assembly (id),
        period_key text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
        published_by text NOT NULL,
        published_at timestamptz NOT NULL,
        closed_by text,
        closed_at timestamptz,
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX publicity_window_branch_idx ON ledger.publicity_window (branch_id, period_start)`);

    await q.query(`
      CREATE TABLE ledger.objection (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL REFERENCES ledger.organization (id),
        window_id uuid NOT NULL REFERENCES ledger.publicity_window (id),
        member_id uuid NOT NULL REFERENCES ledger.member (id),
        entry_id uuid REFERENCES ledger.entry (id),
        status text NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'APPEALED', 'APPEAL_DECIDED')),
        content text NOT NULL,
        raised_by text NOT NULL,
        raised_at timestamptz NOT NULL,
        answer text,
        upheld boolean,
        answered_by text,
        answered_at timestamptz,
        appeal_text text,
        appealed_by text,
        appealed_at timestamptz,
        appeal_decision text,
        appeal_upheld boolean,
        appeal_decided_by text,
        appeal_decided_at timestamptz
      )`);
    await q.query(`CREATE INDEX objection_window_idx ON ledger.objection (window_id, member_id)`);
    await q.query(`CREATE INDEX objection_branch_idx ON ledger.objection (branch_id, status)`);

    await q.query(`
      CREATE TABLE ledger.review_vote (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL REFERENCES ledger.organization (id),
        member_id uuid NOT NULL REFERENCES ledger.member (id),
        period_key text NOT NULL,
        counts jsonb NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX review_vote_member_idx ON ledger.review_vote (member_id, period_key, recorded_at DESC)`,
    );

    await q.query(`
      CREATE TABLE ledger.member_condition (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL REFERENCES ledger.organization (id),
        member_id uuid NOT NULL REFERENCES ledger.member (id),
        code text NOT NULL,
        occurred_on date NOT NULL,
        note text NOT NULL,
        evidence_ids uuid[] NOT NULL DEFAULT '{}',
        approved_by text NOT NULL,
        approved_on date NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        revoked_reason text,
        revoked_by text,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX member_condition_member_idx ON ledger.member_condition (member_id, occurred_on)`);

    await q.query(`
      CREATE TABLE ledger.exemption_request (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL REFERENCES ledger.organization (id),
        member_id uuid NOT NULL REFERENCES ledger.member (id),
        reason text NOT NULL CHECK (reason IN ('AGE', 'ILLNESS', 'ABROAD', 'OTHER')),
        note text,
        from_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('REQUESTED', 'ASSEMBLY_AGREED', 'APPROVED', 'REJECTED')),
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        assembly_on date,
        assembly_agreed boolean,
        assembly_recorded_by text,
        decided_by text,
        decided_on date,
        decision_note text,
        manual_total numeric(6, 1)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX exemption_request_open_uq ON ledger.exemption_request (member_id) WHERE status IN ('REQUESTED', 'ASSEMBLY_AGREED')`,
    );
    await q.query(`CREATE INDEX exemption_request_member_idx ON ledger.exemption_request (member_id, from_on)`);
    await q.query(`CREATE INDEX exemption_request_branch_idx ON ledger.exemption_request (branch_id, status)`);

    await q.query(`
      CREATE TABLE ledger.period_score (
        member_id uuid NOT NULL REFERENCES ledger.member (id),
        period_key text NOT NULL,
        district_id uuid NOT NULL,
        branch_id uuid NOT NULL,
        scheme_version_id uuid NOT NULL,
        period_kind text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        status text NOT NULL CHECK (status IN ('SCORED', 'EXEMPT')),
        state text NOT NULL CHECK (state IN ('PROVISIONAL', 'PUBLISHED', 'HELD', 'FINAL')),
        total numeric(6, 1),
        grade_code text,
        grade_name text,
        result jsonb NOT NULL,
        computed_at timestamptz NOT NULL,
        PRIMARY KEY (member_id, period_key)
      )`);
    await q.query(
      `CREATE INDEX period_score_branch_period_idx ON ledger.period_score (branch_id, period_key, total DESC)`,
    );

    await q.query(`
      CREATE TABLE ledger.client_key (
        subject text NOT NULL,
        key text NOT NULL,
        operation text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (subject, key)
      )`);

    for (const table of ['entry', 'entry_review', 'assembly', 'assembly_entry', 'evidence']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ledger.${table}
        FOR EACH ROW EXECUTE FUNCTION ledger.refuse_change()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ledger.${table}
        FOR EACH STATEMENT EXECUTE FUNCTION ledger.refuse_change()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'client_key',
      'period_score',
      'exemption_request',
      'member_condition',
      'review_vote',
      'objection',
      'publicity_window',
    ]) {
      await q.query(`DROP TABLE ledger.${table}`);
    }
    for (const table of ['assembly_entry', 'assembly', 'entry_review', 'entry_chain', 'entry', 'evidence']) {
      await q.query(`DROP TABLE ledger.${table}`);
    }
    await q.query('DROP FUNCTION ledger.refuse_change()');
  }
}
