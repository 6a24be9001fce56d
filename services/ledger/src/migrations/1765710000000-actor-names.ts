import { createActorNames, dropActorNames } from '@jifen/kit/server';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { accountLabel, apiKeyLabel } from '../identity/actor-label';
import { AccountRole } from '../identity/account-rules';

/**
 * Names for who did what (kit/src/audit/actor-names.ts): `ledger.actor_name` and `ledger.actor_name_at`. A member's
 * account takes the name of the member it is; every account and key is named from its creation on, as its
 * organisation, role and display name read today (the names they had before were never kept).
 */
export class ActorNames1765710000000 implements MigrationInterface {
  name = 'ActorNames1765710000000';

  async up(q: QueryRunner): Promise<void> {
    await createActorNames(q, 'ledger');
    await q.query(
      `UPDATE ledger.account a SET display_name = m.name FROM ledger.member m WHERE m.id = a.member_id AND a.display_name <> m.name`,
    );
    const accounts: { id: string; role: AccountRole; displayName: string; organizationName: string; since: Date }[] =
      await q.query(
        `SELECT a.id, a.role, a.display_name AS "displayName", o.name AS "organizationName", a.created_at AS since
           FROM ledger.account a JOIN ledger.organization o ON o.id = a.org_id`,
      );
    const keys: { id: string; name: string; organizationName: string; since: Date }[] = await q.query(
      `SELECT k.id, k.name, o.name AS "organizationName", k.created_at AS since
         FROM ledger.api_key k JOIN ledger.organization o ON o.id = k.org_id`,
    );
    const rows = [
      ...accounts.map((a) => [`account:${a.id}`, accountLabel(a), a.since] as const),
      ...keys.map((k) => [`key:${k.id}`, apiKeyLabel(k), k.since] as const),
    ];
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000);
      await q.query(
        `INSERT INTO ledger.actor_name (subject, name, since) SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])`,
        [chunk.map((r) => r[0]), chunk.map((r) => r[1]), chunk.map((r) => r[2])],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await dropActorNames(q, 'ledger');
  }
}
