import 'reflect-metadata';

export { schemeService } from './scheme-service';
export { SchemeErrorCode } from './scheme-error';
/** The pure engine and the rule-document format, for the ledger to score entries with (no I/O, no clock). */
export * from './engine';
export * from './rules/rule-document.types';
export { checkRuleDocument } from './rules/rule-document.validate';
export type { RuleProblem, RuleCheck } from './rules/rule-document.validate';
export { schemeTemplates, templateByCode } from './templates';
