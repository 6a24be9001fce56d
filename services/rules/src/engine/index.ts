export { evaluate } from './evaluate';
export { awardWinners } from './awards';
export { checkFacts } from './facts';
export type { EntryFact, ConditionFact, ScoreFacts, FactProblem } from './facts';
export type { Step } from './item-score';
export { entryPoints } from './item-score';
export { applicableConsequences } from './outcomes';
export { InvalidFactsError } from './score-result';
export type { ScoreResult, ComponentResult, ItemResult, EligibilityResult, StarResult } from './score-result';
