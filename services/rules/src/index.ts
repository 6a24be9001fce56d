/**
 * @jifen/rules: the rule-document format (types, JSON Schema, checks), periods and their keys and labels, the pure
 * scoring engine and the eight templates. No I/O, no clock, nothing of the platform: any package may import it.
 */
export * from './document/rule-document.types';
export { ruleDocumentSchema } from './document/rule-document.schema';
export { checkRuleDocument } from './document/rule-document.validate';
export type { RuleProblem, RuleCheck } from './document/rule-document.validate';
export {
  addDays,
  cycleStart,
  isDay,
  parsePeriodKey,
  PERIOD_NAMES,
  periodContaining,
  periodKeyAfter,
  periodKeysBefore,
  periodsWithin,
  readPeriodKey,
} from './periods/periods';
export type { Period, PeriodKeyParts } from './periods/periods';
export * from './engine';
export { schemeTemplates, templateByCode } from './templates';
