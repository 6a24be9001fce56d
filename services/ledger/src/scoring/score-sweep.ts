import { randomUUID } from 'node:crypto';
import { mintInternalToken, onlyUuids, systemCaller } from '@jifen/kit';
import { DataSource, EntityManager } from 'typeorm';
import type { BranchRef, ScoreKeeper, ScorePlan } from './score-keeper';
import { ensureScores } from './unrecorded-fill';

/** How long after each full hour the sweep runs (a Beijing day, and so every period, begins on a full hour of UTC). */
const AFTER_THE_HOUR_MS = 5_000;
const HOUR_MS = 3_600_000;

/**
 * Milliseconds from `nowMs` to the next sweep: a few seconds past the next full hour. Beijing is UTC+8, a whole
 * number of hours, so midnight there (when a month, quarter, half-year or cycle begins) is one of those hours.
 */
export function untilNextSweep(nowMs: number): number {
  return HOUR_MS - (((nowMs % HOUR_MS) + HOUR_MS) % HOUR_MS) + AFTER_THE_HOUR_MS;
}

/** A branch the sweep visits: one with someone active on its roster (its groups' members too). */
async function branchesWithMembers(db: EntityManager, underPath: string | null): Promise<BranchRef[]> {
  const rows: { id: string; path: string; district_id: string; name: string }[] = await db.query(
    `SELECT b.id, b.path::text AS path, b.district_id, b.name FROM ledger.organization b
      WHERE b.level = 'BRANCH' AND ($1::ltree IS NULL OR b.path <@ $1::ltree)
        AND EXISTS (SELECT 1 FROM ledger.member m WHERE m.org_path <@ b.path AND m.status = 'ACTIVE')
      ORDER BY b.path`,
    [underPath],
  );
  return rows.map((r) => ({ id: r.id, path: r.path, districtId: r.district_id, name: r.name }));
}

/** The branch a member unit belongs to (a party group stands for its branch), or null for any other node. */
async function branchOfUnit(db: EntityManager, unitId: string): Promise<BranchRef | null> {
  const rows: { id: string; path: string; district_id: string; name: string }[] = await db.query(
    `SELECT b.id, b.path::text AS path, b.district_id, b.name FROM ledger.organization u
       JOIN ledger.organization b ON b.id = CASE WHEN u.level = 'GROUP' THEN u.parent_id ELSE u.id END
      WHERE u.id = ANY($1::uuid[]) AND b.level = 'BRANCH'`,
    [onlyUuids([unitId])],
  );
  return rows[0] ? { id: rows[0].id, path: rows[0].path, districtId: rows[0].district_id, name: rows[0].name } : null;
}

/**
 * Every active, non-exempt member has a score for every period their scheme keeps that has begun in the running
 * cycle, whether or not anything was ever written for them (issue 22 item 4). The rows are materialised, not made
 * up on read, because every reader (a member's score, the branch's ranks, the summaries the rollups sum, the
 * publicity list, the exports, the rating run's pages) reads the rows: a score resolved on read would have to be
 * resolved again in each of them, and the rollups could not count it. Writes fill them as before (`apply`); this
 * fills what no write reaches: a period that begins (the sweep runs past every full hour, so a Beijing midnight
 * starts it), a scheme approved for a branch (within the hour), and at start-up; a member added, moved in or back
 * from exemption is scored in the roster change's own transaction (`prepareRosterChange`).
 */
export class ScoreSweep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keeper: ScoreKeeper,
    private readonly tokenSecret: string,
    private readonly clock: () => Date,
  ) {}

  /** The platform's own token for the scheme service (the sweep runs for no one in particular). */
  private token(): string {
    return mintInternalToken(this.tokenSecret, systemCaller, randomUUID(), Date.now());
  }

  private plan(branch: BranchRef): Promise<ScorePlan | null> {
    return this.keeper.planCycle(this.token(), branch);
  }

  /** Fills the branches with members under a node (all when null), each in a transaction of its own. */
  async sweep(underPath: string | null = null): Promise<{ branches: number; filled: number; failed: string[] }> {
    const branches = await branchesWithMembers(this.dataSource.manager, underPath);
    let filled = 0;
    const failed: string[] = [];
    for (const branch of branches) {
      try {
        const plan = await this.plan(branch);
        if (!plan) continue;
        filled += await this.dataSource.transaction((db) => ensureScores(db, plan, this.clock().toISOString()));
      } catch {
        // One branch's trouble (its scheme service call, a lock) does not stop the others; the next sweep retries it.
        failed.push(branch.name);
      }
    }
    return { branches: branches.length, filled, failed };
  }

  /**
   * Before a roster change that puts a member on a branch's active roster: the plan of the branch's running cycle,
   * fetched outside the transaction; the step scores the member (and anyone else the branch lacks) inside it. When
   * the scheme service cannot be asked the step does nothing and the next sweep fills the scores.
   */
  async prepareRosterChange(unitId: string): Promise<(db: EntityManager, memberId: string) => Promise<void>> {
    const none = async () => undefined;
    const branch = await branchOfUnit(this.dataSource.manager, unitId);
    if (!branch) return none;
    const plan = await this.plan(branch).catch(() => null);
    if (!plan || plan.items.length === 0) return none;
    return async (db, memberId) => {
      await this.keeper.apply(db, plan, [memberId]);
    };
  }
}
