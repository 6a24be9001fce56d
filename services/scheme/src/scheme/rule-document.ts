import { SchemeError, SchemeErrorCode } from '../scheme-error';

const MAX_BYTES = 256 * 1024;

/**
 * The rule document is stored as JSON. Its full format (components, items, caps, bands) and its
 * schema validation come with the scoring engine; until then a document must be a JSON object that
 * names its components, and is kept exactly as given.
 */
export function checkRuleDocument(rules: unknown): Record<string, unknown> {
  const problems: { path: string; message: string }[] = [];
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    problems.push({ path: '$', message: '规则文件应为 JSON 对象' });
  } else {
    const doc = rules as Record<string, unknown>;
    if (!Array.isArray(doc.components) || doc.components.length === 0) {
      problems.push({ path: '$.components', message: '规则文件至少要有一个积分构成部分（components）' });
    }
    if (Buffer.byteLength(JSON.stringify(rules)) > MAX_BYTES) problems.push({ path: '$', message: '规则文件不能超过 256 KB' });
  }
  if (problems.length > 0) {
    throw new SchemeError(SchemeErrorCode.INVALID_RULE_DOCUMENT, `规则文件有 ${problems.length} 处问题：${problems.map((p) => `${p.path} ${p.message}`).join('；')}`, { problems });
  }
  return rules as Record<string, unknown>;
}
