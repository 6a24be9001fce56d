/** One problem with a rule document, as `checkRuleDocument` lists them. */
export interface RuleProblem {
  /** Where, as `$.components[0].items[2].points`. */
  path: string;
  /** What to fix, in Chinese. */
  message: string;
}
