import type { ScoreResult } from '@jifen/rules';

/**
 * A score's result as stored: its headline (`period_score.result`, jsonb) and its detail (`period_score.detail`,
 * json). The detail, the components with the entries each counted and the step-by-step explanation, grows with a
 * member's entries and is nine tenths of the bytes; it is kept apart so that a lean read (a rating run's 30,000
 * results, a branch page) reads the headline alone, and so that writing it costs the database no jsonb parsing.
 */
export type ResultHeadline = Omit<ScoreResult, DetailKey>;
export type ResultDetail = Pick<ScoreResult, DetailKey>;
type DetailKey = 'components' | 'explanation';

export function splitResult(result: ScoreResult): { headline: ResultHeadline; detail: ResultDetail } {
  const { components, explanation, ...headline } = result;
  return { headline, detail: { components, explanation } };
}

/** The whole result again; without its detail (a lean read), with no components and no explanation. */
export function joinResult(headline: ResultHeadline, detail: ResultDetail | null): ScoreResult {
  return { ...headline, components: detail?.components ?? [], explanation: detail?.explanation ?? [] };
}
