import type { MemberKind, RankFact } from '@jifen/rules';
import { queryPrepared } from '@jifen/kit/server';
import { EntityManager } from 'typeorm';

/** A stored score of a branch's member as the ranking reads it: no result beyond the star base. */
export interface StoredPlace {
  memberId: string;
  periodKey: string;
  status: 'SCORED' | 'EXEMPT';
  total: number | null;
  base: number | null;
  kind: MemberKind;
  rank: RankFact | null;
}

/** The stored scores of a branch's members (not those transferred out) for some periods, with their places. */
export async function storedPlaces(
  db: EntityManager,
  branchId: string,
  periodKeys: readonly string[],
): Promise<StoredPlace[]> {
  const rows: Record<string, any>[] = await queryPrepared(
    db,
    `SELECT ps.member_id, ps.period_key, ps.status, ps.total, ps.result->'star'->>'base' AS base, m.kind,
            ps.rank_position, ps.rank_of, ps.rank_tied
       FROM ledger.period_score ps JOIN ledger.member m ON m.id = ps.member_id
      WHERE ps.branch_id = $1 AND ps.period_key = ANY($2::text[]) AND m.status <> 'TRANSFERRED_OUT'`,
    [branchId, periodKeys],
  );
  return rows.map((row) => ({
    memberId: row.member_id,
    periodKey: row.period_key,
    status: row.status,
    total: row.total === null ? null : Number(row.total),
    base: row.base === null ? null : Number(row.base),
    kind: row.kind,
    rank: row.rank_position === null ? null : { position: row.rank_position, of: row.rank_of, tied: row.rank_tied },
  }));
}

/** Writes new places of scores whose result does not depend on them (one statement; the scores stay as they are). */
export async function movePlaces(
  db: EntityManager,
  moves: readonly { memberId: string; periodKey: string; rank: RankFact | null }[],
): Promise<void> {
  if (moves.length === 0) return;
  await queryPrepared(
    db,
    `UPDATE ledger.period_score ps SET rank_position = x.p, rank_of = x.o, rank_tied = x.t
       FROM jsonb_to_recordset($1::jsonb) AS x(m uuid, k text, p integer, o integer, t integer)
      WHERE ps.member_id = x.m AND ps.period_key = x.k`,
    [
      JSON.stringify(
        moves.map((m) => ({
          m: m.memberId,
          k: m.periodKey,
          p: m.rank?.position ?? null,
          o: m.rank?.of ?? null,
          t: m.rank ? (m.rank.tied ?? 1) : null,
        })),
      ),
    ],
  );
}
