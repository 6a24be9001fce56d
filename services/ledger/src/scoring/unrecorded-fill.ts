import { EntityManager } from 'typeorm';
import { lockBranches, refreshBranchSummaries } from '../rollup/branch-summary.storage';
import { placeKey } from './branch-places';
import { writeScoreRows } from './period-score.storage';
import { evaluateOrExplain, scoreMembers } from './plan-scoring';
import * as facts from './score-facts.storage';
import { earliestDay, latestDay } from './score-plan';
import type { ScorePlan } from './score-keeper';
import { unrecordedScores } from './unrecorded-scores';
import { fillUnrecorded, membersWithHistory, missingScores } from './unrecorded-scores.storage';

type Written = { branch_id: string; period_key: string };

/**
 * Gives every active member of the branch without a score for a planned period the score the scheme gives to what
 * is recorded for them (call it under the branch's lock, see `ensureScores`): a member with any history (an entry,
 * a vote, a condition, an earlier grade) is scored one by one from it, exactly as a member something was just
 * recorded for; the rest share their kind's empty-register score, written in one statement for the branch.
 * Answers the (branch, period) pairs written, whose summaries the caller refreshes.
 */
export async function fillMissingScores(db: EntityManager, plan: ScorePlan, computedAt: string): Promise<Written[]> {
  if (plan.items.length === 0) return [];
  const keys = plan.items.map((i) => i.period.key);
  const missing = await missingScores(db, plan.branch.path, keys);
  if (missing.length === 0) return [];
  const from = earliestDay(plan.items.map((i) => i.period.start));
  const to = latestDay(plan.items.map((i) => i.period.end));
  const ids = [...new Set(missing.map((m) => m.memberId))];
  const storied = new Set(
    await membersWithHistory(db, ids, {
      from,
      to,
      periodKeys: [...keys, ...plan.items.map((i) => String(i.period.cycle))],
      gradedPer: plan.items[0].scheme.document.grading.per,
    }),
  );
  const written: Written[] = [];
  if (storied.size > 0) {
    const wanted = new Set(
      missing.filter((m) => storied.has(m.memberId)).map((m) => placeKey(m.memberId, m.periodKey)),
    );
    const members = await facts.membersToScore(db, plan.branch.path, [...storied]);
    const records = await scoreMembers(db, plan, members, () => null, computedAt);
    written.push(
      ...(await writeScoreRows(
        db,
        records.filter((r) => wanted.has(placeKey(r.memberId, r.periodKey))),
      )),
    );
  }
  const plain = missing.filter((m) => !storied.has(m.memberId));
  if (plain.length > 0) {
    const windows = await facts.windowsOverlapping(db, plan.branch.id, from, to);
    const pairs = new Set(plain.map((m) => `${m.periodKey}|${m.kind}`));
    const scores = unrecordedScores(plan.items, windows, evaluateOrExplain, (key, kind) => pairs.has(`${key}|${kind}`));
    const plainIds = [...new Set(plain.map((m) => m.memberId))];
    written.push(...(await fillUnrecorded(db, plan.branch, scores, computedAt, plainIds)));
  }
  return written;
}

/**
 * `fillMissingScores` as a change of its own (a sweep, a member added or back from exemption): the branch locked as
 * every score write locks it, then its summaries refreshed, so that rollups count the new rows. Answers how many
 * (branch, period) pairs got rows.
 */
export async function ensureScores(db: EntityManager, plan: ScorePlan, computedAt: string): Promise<number> {
  if (plan.items.length === 0) return 0;
  await lockBranches(db, [plan.branch.id]);
  const written = await fillMissingScores(db, plan, computedAt);
  await refreshBranchSummaries(
    db,
    written.map((r) => ({ branchId: r.branch_id, periodKey: r.period_key })),
  );
  return written.length;
}
