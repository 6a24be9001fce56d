import { checkRuleDocument, RuleDocument } from '@jifen/rules';
import { SchemeError, SchemeErrorCode } from './scheme-error';

/** The document if valid; otherwise a coded error listing every problem by path, in Chinese. */
export function requireValidRules(rules: unknown): RuleDocument {
  const check = checkRuleDocument(rules);
  if (check.ok) return check.document;
  const listed = check.problems
    .slice(0, 20)
    .map((p) => `${p.path}：${p.message}`)
    .join('；');
  const more = check.problems.length > 20 ? `；另有 ${check.problems.length - 20} 处，见 problems` : '';
  throw new SchemeError(
    SchemeErrorCode.INVALID_RULE_DOCUMENT,
    `规则文件有 ${check.problems.length} 处问题：${listed}${more}`,
    { problems: check.problems },
  );
}
