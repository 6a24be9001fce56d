import { Caller, Role } from '@jifen/kit';
import { Client } from 'pg';
import { branchesWithMembers, entryShapes } from './bench-target';
import { EntryShape, GraphQLCall, RecordingResult, recordEntriesRun } from './writes';

/**
 * (c) Recording entries through a gateway as branch secretaries of four branches: one entry a call from one branch,
 * then batches of 40 from all four; then whether each branch's summary equals the figures from its members' scores.
 */
export async function measureWrites(
  pg: Client,
  options: { url: string; districtPath: string; today: string; bearerFor: (caller: Caller) => string },
): Promise<{ writes: RecordingResult[]; current: boolean }> {
  const days = recentDays(options.today, 20);
  const branches = await branchesWithMembers(pg, options.districtPath, 4, days[0]);
  const writers: { call: GraphQLCall; branchId: string; memberIds: string[]; shapes: EntryShape[] }[] = [];
  for (const b of branches) {
    writers.push({
      call: {
        url: options.url,
        bearer: options.bearerFor({
          role: Role.BRANCH_SECRETARY,
          scopePath: b.path,
          subject: `bench:secretary:${b.id}`,
        }),
      },
      branchId: b.id,
      memberIds: b.memberIds,
      shapes: await entryShapes(pg, b.id),
    });
  }
  const writes = [
    await recordEntriesRun({ clients: writers.slice(0, 1), batchSize: 1, calls: 200, days }),
    await recordEntriesRun({ clients: writers, batchSize: 40, calls: 100, days }),
  ];
  const current = await summariesCurrent(
    pg,
    writers.map((w) => w.branchId),
  );
  return { writes, current };
}

/** The last `n` days up to today, oldest first (entries recorded in the current cycle). */
function recentDays(today: string, n: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(end - (n - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

/** Whether every summary of the branches equals the figures straight from their members' scores. */
async function summariesCurrent(pg: Client, branchIds: string[]): Promise<boolean> {
  const { rows } = await pg.query(
    `SELECT count(*)::int AS stale FROM ledger.branch_score_summary s
      CROSS JOIN LATERAL ledger.branch_score_figures(s.branch_id, s.period_key) f
      WHERE s.branch_id = ANY($1::uuid[])
        AND (s.scored, s.exempt, s.total_sum, s.bands, s.grades, s.final_count) IS DISTINCT FROM (f.scored, f.exempt, f.total_sum, f.bands, f.grades, f.final_count)`,
    [branchIds],
  );
  return rows[0].stale === 0;
}
