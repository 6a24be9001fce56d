import { Period, RuleDocument, ScoreResult } from '@jifen/rules';
import { factsFor } from './score-facts';
import { ScoringMemberRow } from './score-facts.storage';
import { ScoreState, scoreStateOf, WindowSpan } from './score-state';

export type MemberKind = ScoringMemberRow['kind'];
const KINDS: readonly MemberKind[] = ['FULL', 'PROBATIONARY', 'ACTIVIST'];

/**
 * The score of a member with nothing recorded for a period, by member kind: what the scheme gives to an empty
 * register (先锋指数: the daily 100 deducted from; the 镇 attendance scheme: a base of 0). Every active member of
 * the kind without a score row for the period gets this one (`fillUnrecorded`), marked as the state the branch's
 * windows give an empty register (PROVISIONAL until the period is published).
 */
export interface UnrecordedScore {
  kind: MemberKind;
  period: Period;
  schemeVersionId: string;
  state: ScoreState;
  result: ScoreResult;
}

/**
 * The empty-register scores of the planned periods, one per member kind, for the (period, kind) pairs `wanted`
 * (those some member lacks; all when not given): the engine runs once per pair, never per member.
 */
export function unrecordedScores(
  items: readonly { period: Period; asOf: string; scheme: { versionId: string; document: RuleDocument } }[],
  windows: readonly WindowSpan[],
  evaluate: (doc: RuleDocument, facts: ReturnType<typeof factsFor>['facts'], whose: string) => ScoreResult,
  wanted?: (periodKey: string, kind: MemberKind) => boolean,
): UnrecordedScore[] {
  const scores: UnrecordedScore[] = [];
  for (const { period, asOf, scheme } of items) {
    const state = scoreStateOf({ period, windows, heldBy: [], entryWindows: [] });
    for (const kind of KINDS) {
      if (wanted && !wanted(period.key, kind)) continue;
      const history = {
        member: { id: '', name: '', kind, status: 'ACTIVE' as const },
        entries: [],
        votes: new Map(),
        conditions: [],
        exemption: null,
        previousGrades: [],
      };
      const { facts } = factsFor(scheme.document, period, asOf, history, String(period.cycle));
      const result = evaluate(scheme.document, facts, `未登记记录的党员${period.key}积分无法计算`);
      scores.push({ kind, period, schemeVersionId: scheme.versionId, state, result });
    }
  }
  return scores;
}
