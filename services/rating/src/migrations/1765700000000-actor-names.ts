import { createActorNames, dropActorNames } from '@jifen/kit/server';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Names for who did what (kit/src/audit/actor-names.ts): `rating.actor_name` and `rating.actor_name_at`, filled from now
 * on by the names callers act under. Where the ledger's names are in the same database and already kept, they are
 * taken over once, so that earlier records read as names too; otherwise an earlier record reads as the first name
 * its actor acts under here.
 */
export class ActorNames1765700000000 implements MigrationInterface {
  name = 'ActorNames1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await createActorNames(q, 'rating');
    await q.query(`
      DO $$ BEGIN
        IF to_regclass('ledger.actor_name') IS NOT NULL THEN
          INSERT INTO rating.actor_name (subject, name, since) SELECT subject, name, since FROM ledger.actor_name ON CONFLICT DO NOTHING;
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropActorNames(q, 'rating');
  }
}
