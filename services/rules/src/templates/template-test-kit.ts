import { evaluate } from '../engine/evaluate';
import { EntryFact, ScoreFacts } from '../engine/facts';
import { ScoreResult } from '../engine/score-result';
import { checkRuleDocument } from '../document/rule-document.validate';
import { SchemeTemplate } from './scheme-template';

let counter = 0;
/** An entry fact with a generated id: `entry('dues', '2024-03-01')`, `entry('honour', '2024-05-01', { level: 'CITY' })`. */
export function entry(item: string, date: string, more: Partial<EntryFact> = {}): EntryFact {
  counter += 1;
  return { id: `e${counter}`, item, date, ...more };
}

/** `n` entries of one item on consecutive months from `firstDate`'s month. */
export function entries(item: string, n: number, firstDate: string, more: Partial<EntryFact> = {}): EntryFact[] {
  const [y, m, d] = firstDate.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(y, m - 1 + i, d)).toISOString().slice(0, 10);
    return entry(item, date, more);
  });
}

export interface ScoredCase {
  templateCode: string;
  facts: ScoreFacts;
  result: ScoreResult;
}

const SINK = Symbol.for('jifen.template-test-kit.scoredCases');
type Sink = { [SINK]?: ScoredCase[] };

/**
 * Runs `tests` and returns every case they scored, so that the API test can replay them through
 * `previewScore`. Kept on the global object: jest loads the test files in their own module registries.
 */
export function collectScoredCases(tests: () => void): ScoredCase[] {
  const cases: ScoredCase[] = [];
  (globalThis as Sink)[SINK] = cases;
  try {
    tests();
  } finally {
    delete (globalThis as Sink)[SINK];
  }
  return cases;
}

/** Scores facts under a template's rules, after checking the rules are valid. */
export function scoreWith(
  template: SchemeTemplate,
  given: Partial<ScoreFacts> & Pick<ScoreFacts, 'period' | 'asOf'>,
): ScoreResult {
  const check = checkRuleDocument(template.rules);
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  const facts: ScoreFacts = { memberKind: 'FULL', entries: [], ...given };
  const result = evaluate(check.document, facts);
  (globalThis as Sink)[SINK]?.push({ templateCode: template.code, facts, result });
  return result;
}

/** The contribution of each component, by code. */
export function contributions(result: ScoreResult): Record<string, number> {
  return Object.fromEntries(result.components.map((c) => [c.code, c.contribution]));
}
