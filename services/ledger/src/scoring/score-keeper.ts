import { dayOf } from '@jifen/kit/server';
import { dependsOnRank, Period, RankFact } from '@jifen/rules';
import { EntityManager } from 'typeorm';
import { PeriodScoreRecord, upsertPeriodScores } from './period-score.storage';
import { samePlace } from './branch-rank';
import { placeInBranch, placeKey } from './branch-places';
import { movePlaces, storedPlaces } from './branch-rank.storage';
import * as facts from './score-facts.storage';
import type { ScoringMemberRow } from './score-facts.storage';
import { scoreMembers } from './plan-scoring';
import { asOfFor, periodsTouched } from './score-plan';
import { SchemeInForce, SchemeSource } from './scheme-source';
import { fillMissingScores } from './unrecorded-fill';

/** The branch a register belongs to. */
export interface BranchRef {
  id: string;
  path: string;
  districtId: string;
  name: string;
}

/** The periods to score and the scheme version each is scored with, fetched before the transaction begins. */
export interface ScorePlan {
  branch: BranchRef;
  today: string;
  items: { period: Period; asOf: string; scheme: SchemeInForce }[];
}

/**
 * Keeps period scores current: every change to a member's register recomputes, in the same transaction,
 * each period it can move, with the pure engine and the scheme version in force on the period's day.
 */
export class ScoreKeeper {
  constructor(
    private readonly schemes: SchemeSource,
    private readonly clock: () => Date,
  ) {}

  today(): string {
    return dayOf(this.clock);
  }

  /**
   * Finds the periods a change dated within [from, to] moves and the versions that score them (at most two
   * calls to the scheme service). `alsoOn` asks for the versions on more days in the same call, for checking entries.
   */
  async plan(
    token: string,
    branch: BranchRef,
    from: string,
    to: string,
    alsoOn: readonly string[] = [],
  ): Promise<{ plan: ScorePlan; versions: Map<string, SchemeInForce | null> }> {
    const today = this.today();
    const anchor = to < today ? to : today;
    const versions = await this.schemes.versionsOn(token, branch, [anchor, today, ...alsoOn]);
    const current = versions.get(anchor) ?? versions.get(today) ?? null;
    if (!current) return { plan: { branch, today, items: [] }, versions };
    const periods = periodsTouched(current.document, from, to, today);
    const missing = periods.map((p) => asOfFor(p, today)).filter((day) => !versions.has(day));
    if (missing.length > 0)
      for (const [day, version] of await this.schemes.versionsOn(token, branch, missing)) versions.set(day, version);
    const items = periods.map((period) => {
      const asOf = asOfFor(period, today);
      return { period, asOf, scheme: versions.get(asOf) ?? current };
    });
    return { plan: { branch, today, items }, versions };
  }

  /**
   * The plan that rescores one period and every kept period overlapping it (its months, its year), or null
   * when the scheme has no such period or it has not begun.
   */
  async planPeriod(token: string, branch: BranchRef, key: string): Promise<ScorePlan | null> {
    const match = /^(\d{4})(-|$)/.exec(key);
    if (!match) return null;
    const year = Number(match[1]);
    // Cycles are named by the year they mostly fall in: from 1 July of the year before to 30 June after covers any start day.
    const { plan } = await this.plan(token, branch, `${year - 1}-07-01`, `${year + 1}-06-30`);
    const target = plan.items.find((i) => i.period.key === key)?.period;
    if (!target) return null;
    return { ...plan, items: plan.items.filter((i) => i.period.start <= target.end && i.period.end >= target.start) };
  }

  /**
   * The plan that gives scores for every period the branch's scheme keeps in the cycle running today that has begun
   * (what a member with nothing recorded must have), or null when the branch has no scheme today.
   */
  async planCycle(token: string, branch: BranchRef): Promise<ScorePlan | null> {
    const today = this.today();
    // From 1 July of the year before: a cycle running today began then at the earliest (seed 000 篇3 starts on 26 December).
    const { plan } = await this.plan(token, branch, `${Number(today.slice(0, 4)) - 1}-07-01`, today);
    const year = plan.items.find((i) => i.period.kind === 'YEAR' && i.period.start <= today && i.period.end >= today);
    if (!year) return null;
    return { ...plan, items: plan.items.filter((i) => i.period.cycle === year.period.cycle) };
  }

  /**
   * Recomputes the planned periods for the members named (all the branch's when null) and writes them, then ranks
   * the branch's members for each period (see `placeInBranch`): a member whose place moved is re-scored where the
   * result depends on it (an eligibility or a band by rank, DOMAIN.md T2/T3/T6), and only re-placed elsewhere.
   * Every other active member of the branch without a score for a planned period gets the scheme's empty-register
   * score (ranked with the others at the branch's next change).
   */
  async apply(db: EntityManager, plan: ScorePlan, memberIds: readonly string[] | null): Promise<PeriodScoreRecord[]> {
    if (plan.items.length === 0) return [];
    const members = await facts.membersToScore(db, plan.branch.path, memberIds);
    if (members.length === 0) return [];
    const stored = await storedPlaces(
      db,
      plan.branch.id,
      plan.items.map((i) => i.period.key),
    );
    const was = new Map(stored.map((s) => [placeKey(s.memberId, s.periodKey), s.rank]));
    const records = await this.score(db, plan, members, (key) => was.get(key) ?? null);
    const kinds = new Map(members.map((m) => [m.id, m.kind]));
    const places = placeInBranch(plan, stored, records, kinds);
    const placeOf = (key: string) => places.get(key) ?? null;

    // The scored members: re-scored with their new place where their result depends on it.
    const rescore = new Set<string>();
    const dependent = new Map(plan.items.map((i) => [i.period.key, dependsOnRank(i.scheme.document, i.period.kind)]));
    for (const record of records) {
      const key = placeKey(record.memberId, record.periodKey);
      if (!samePlace(record.rank, placeOf(key)) && dependent.get(record.periodKey)) rescore.add(record.memberId);
      record.rank = placeOf(key);
    }
    // The branch's other members: re-scored where their place moved and their result depends on it, else re-placed.
    const scored = new Set(records.map((r) => r.memberId));
    const moves: { memberId: string; periodKey: string; rank: RankFact | null }[] = [];
    for (const row of stored) {
      if (scored.has(row.memberId)) continue;
      const rank = placeOf(placeKey(row.memberId, row.periodKey));
      if (samePlace(row.rank, rank)) continue;
      if (dependent.get(row.periodKey)) rescore.add(row.memberId);
      else moves.push({ memberId: row.memberId, periodKey: row.periodKey, rank });
    }
    let written = records;
    if (rescore.size > 0) {
      const again = await this.score(db, plan, await facts.membersToScore(db, plan.branch.path, [...rescore]), placeOf);
      const redone = new Set(again.map((r) => placeKey(r.memberId, r.periodKey)));
      written = [...records.filter((r) => !redone.has(placeKey(r.memberId, r.periodKey))), ...again];
    }
    await upsertPeriodScores(db, written, (tx) => fillMissingScores(tx, plan, written[0].computedAt));
    await movePlaces(
      db,
      moves.filter((m) => !rescore.has(m.memberId)),
    );
    const final = new Map(written.map((w) => [placeKey(w.memberId, w.periodKey), w]));
    return records.map((r) => final.get(placeKey(r.memberId, r.periodKey)) ?? r);
  }

  /** Scores the members for the planned periods (see `scoreMembers`), now. */
  private score(
    db: EntityManager,
    plan: ScorePlan,
    members: readonly ScoringMemberRow[],
    placeOf: (key: string) => RankFact | null,
  ): Promise<PeriodScoreRecord[]> {
    return scoreMembers(db, plan, members, placeOf, this.clock().toISOString());
  }
}
