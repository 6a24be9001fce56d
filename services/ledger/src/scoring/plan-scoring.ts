import { evaluate, InvalidFactsError, RankFact, RuleDocument, ScoreFacts, ScoreResult } from '@jifen/rules';
import { EntityManager } from 'typeorm';
import { acceptedEntriesOf } from '../entry/entry.storage';
import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { placeKey } from './branch-places';
import { PeriodScoreRecord } from './period-score.storage';
import { factsFor, MemberHistory } from './score-facts';
import * as facts from './score-facts.storage';
import type { ScoringMemberRow } from './score-facts.storage';
import { earliestDay, latestDay } from './score-plan';
import { scoreStateOf } from './score-state';
import type { ScorePlan } from './score-keeper';

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
 * Scores the members for the planned periods from their whole history (entries, votes, conditions, exemption and
 * earlier grades), each with the place `placeOf` gives (by member and period): the one way a member's row is
 * computed, whether something was recorded for them or not.
 */
export async function scoreMembers(
  db: EntityManager,
  plan: ScorePlan,
  members: readonly ScoringMemberRow[],
  placeOf: (key: string) => RankFact | null,
  computedAt: string,
): Promise<PeriodScoreRecord[]> {
  if (members.length === 0 || plan.items.length === 0) return [];
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
