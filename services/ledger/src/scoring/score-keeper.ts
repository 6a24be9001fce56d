import { dayOf } from '@jifen/kit/server';
import {
  dependsOnRank,
  evaluate,
  InvalidFactsError,
  MemberKind,
  Period,
  RankFact,
  RuleDocument,
  ScoreFacts,
  ScoreResult,
} from '@jifen/rules';
import { EntityManager } from 'typeorm';
import { acceptedEntriesOf } from '../entry/entry.storage';
import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { PeriodScoreRecord, upsertPeriodScores } from './period-score.storage';
import { rankBranch, RankedScore, samePlace } from './branch-rank';
import { movePlaces, StoredPlace, storedPlaces } from './branch-rank.storage';
import { factsFor, MemberHistory } from './score-facts';
import * as facts from './score-facts.storage';
import type { ScoringMemberRow } from './score-facts.storage';
import { asOfFor, earliestDay, latestDay, periodsTouched } from './score-plan';
import { scoreStateOf } from './score-state';
import { SchemeInForce, SchemeSource } from './scheme-source';
import { unrecordedScores } from './unrecorded-scores';
import { fillUnrecorded, missingScores } from './unrecorded-scores.storage';

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

/** Rows grouped by member, looked up in constant time. */
function byMember<T extends { memberId: string }>(rows: readonly T[]): (id: string) => T[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.memberId);
    if (group) group.push(row);
    else groups.set(row.memberId, [row]);
  }
  return (id) => groups.get(id) ?? [];
}

/** The engine's result; facts it refuses (it checks them first) become the ledger's error, saying whose score. */
export function evaluateOrExplain(doc: RuleDocument, facts: ScoreFacts, whose: string): ScoreResult {
  try {
    return evaluate(doc, facts);
  } catch (error) {
    if (!(error instanceof InvalidFactsError)) throw error;
    const { problems } = error;
    throw new LedgerError(
      LedgerErrorCode.SCORE_FACTS_INVALID,
      `${whose}：${problems.map((p) => `${p.path} ${p.message}`).join('；')}`,
      { problems },
    );
  }
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
    await upsertPeriodScores(db, written, (tx) => this.fillUnrecorded(tx, plan, written[0].computedAt));
    await movePlaces(
      db,
      moves.filter((m) => !rescore.has(m.memberId)),
    );
    const final = new Map(written.map((w) => [placeKey(w.memberId, w.periodKey), w]));
    return records.map((r) => final.get(placeKey(r.memberId, r.periodKey)) ?? r);
  }

  /** The branch's members with nothing recorded get the scheme's empty-register score, in the same transaction. */
  private async fillUnrecorded(db: EntityManager, plan: ScorePlan, computedAt: string) {
    const missing = await missingScores(
      db,
      plan.branch.path,
      plan.items.map((i) => i.period.key),
    );
    if (missing.length === 0) return [];
    const from = earliestDay(plan.items.map((i) => i.period.start));
    const to = latestDay(plan.items.map((i) => i.period.end));
    const windows = await facts.windowsOverlapping(db, plan.branch.id, from, to);
    const wanted = new Set(missing.map((m) => `${m.periodKey}|${m.kind}`));
    const scores = unrecordedScores(plan.items, windows, evaluateOrExplain, (key, kind) =>
      wanted.has(`${key}|${kind}`),
    );
    return fillUnrecorded(db, plan.branch, scores, computedAt);
  }

  /** Scores the members for the planned periods, each with the place `placeOf` gives (by member and period). */
  private async score(
    db: EntityManager,
    plan: ScorePlan,
    members: readonly ScoringMemberRow[],
    placeOf: (key: string) => RankFact | null,
  ): Promise<PeriodScoreRecord[]> {
    const ids = members.map((m) => m.id);
    const from = earliestDay(plan.items.map((i) => i.period.start));
    const to = latestDay(plan.items.map((i) => i.period.end));
    const yearKeys = new Map(plan.items.map((i) => [i.period.key, String(i.period.cycle)]));
    // One connection runs a transaction's statements one after another.
    const entries = await acceptedEntriesOf(db, ids, from, to);
    const windows = await facts.windowsOverlapping(db, plan.branch.id, from, to);
    const held = await facts.openObjectionWindows(db, ids);
    const votes = await facts.latestVotes(db, ids, [...new Set([...yearKeys.keys(), ...yearKeys.values()])]);
    const conditions = await facts.conditionsFor(db, ids, from, to);
    const exemptions = await facts.exemptionsFor(db, ids);
    const grades = await facts.earlierGrades(db, ids, plan.items[0].scheme.document.grading.per, from);
    const computedAt = this.clock().toISOString();
    const records: PeriodScoreRecord[] = [];
    const entriesOf = byMember(entries);
    const votesOf = byMember(votes);
    const conditionsOf = byMember(conditions);
    const exemptionsOf = byMember(exemptions);
    const gradesOf = byMember(grades);
    const heldOf = byMember(held);
    for (const member of members) {
      const history: MemberHistory = {
        member,
        entries: entriesOf(member.id),
        votes: new Map(votesOf(member.id).map((v) => [v.periodKey, v.counts])),
        conditions: conditionsOf(member.id),
        exemption: exemptionsOf(member.id)[0] ?? null,
        previousGrades: gradesOf(member.id).map((g) => g.gradeCode),
      };
      const heldBy = heldOf(member.id).map((h) => h.windowId);
      for (const { period, asOf, scheme } of plan.items) {
        const rank = placeOf(placeKey(member.id, period.key));
        const { facts: scoreFacts } = factsFor(scheme.document, period, asOf, history, String(period.cycle));
        if (rank) scoreFacts.rank = rank;
        const result = evaluateOrExplain(scheme.document, scoreFacts, `${member.name}的${period.key}积分无法计算`);
        const entryWindows = history.entries
          .filter((e) => e.occurredOn >= period.start && e.occurredOn <= period.end)
          .map((e) => e.windowId);
        records.push({
          memberId: member.id,
          periodKey: period.key,
          districtId: plan.branch.districtId,
          branchId: plan.branch.id,
          schemeVersionId: scheme.versionId,
          periodKind: period.kind,
          periodStart: period.start,
          periodEnd: period.end,
          status: result.status,
          state: scoreStateOf({ period, windows, heldBy, entryWindows }),
          total: result.total,
          gradeCode: result.grade?.code ?? null,
          gradeName: result.grade?.name ?? null,
          result,
          rank,
          computedAt,
        });
      }
    }
    return records;
  }
}

const placeKey = (memberId: string, periodKey: string) => `${memberId}|${periodKey}`;

/**
 * Each member's place in the branch for each planned period, by member and period: the new scores and the branch's
 * other stored ones, ranked among the members the period's scheme grades who were scored (exempt members and the
 * kinds a scheme only scores, T6's probationary members and activists, have no place and take none).
 */
function placeInBranch(
  plan: ScorePlan,
  stored: readonly StoredPlace[],
  records: readonly PeriodScoreRecord[],
  kinds: ReadonlyMap<string, MemberKind>,
): Map<string, RankFact> {
  const places = new Map<string, RankFact>();
  const fresh = new Set(records.map((r) => placeKey(r.memberId, r.periodKey)));
  for (const { period, scheme } of plan.items) {
    const doc = scheme.document;
    const pool: (RankedScore & { kind: MemberKind | undefined; status: string; total: number | null })[] = [
      ...records
        .filter((r) => r.periodKey === period.key)
        .map((r) => ({
          memberId: r.memberId,
          total: r.total as number,
          base: r.result.star?.base ?? null,
          kind: kinds.get(r.memberId),
          status: r.status,
        })),
      ...stored
        .filter((s) => s.periodKey === period.key && !fresh.has(placeKey(s.memberId, s.periodKey)))
        .map((s) => ({ memberId: s.memberId, total: s.total as number, base: s.base, kind: s.kind, status: s.status })),
    ];
    const ranked = pool.filter(
      (p) =>
        p.status === 'SCORED' && p.total !== null && p.kind !== undefined && doc.grading.gradedKinds.includes(p.kind),
    );
    for (const [memberId, place] of rankBranch(ranked, doc.starRating !== undefined))
      places.set(placeKey(memberId, period.key), place);
  }
  return places;
}
