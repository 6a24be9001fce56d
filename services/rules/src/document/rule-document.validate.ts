import Ajv, { ErrorObject } from 'ajv';
import localizeZh from 'ajv-i18n/localize/zh';
import { ruleDocumentSchema } from './rule-document.schema';
import { checkRuleSemantics } from './rule-document.semantics';
import { HONOUR_LEVELS, RuleDocument } from './rule-document.types';
import type { RuleProblem } from './rule-problem';

export type { RuleProblem };

export type RuleCheck = { ok: true; document: RuleDocument } | { ok: false; problems: RuleProblem[] };

const MAX_BYTES = 256 * 1024;

const ajv = new Ajv({ allErrors: true, discriminator: true, strict: false });
const validateShape = ajv.compile(ruleDocumentSchema);

/** Checks a rule document against its schema and then its meaning; lists every problem, never only the first. */
export function checkRuleDocument(input: unknown): RuleCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '$', message: '规则文件应为 JSON 对象' }] };
  }
  if (Buffer.byteLength(JSON.stringify(input)) > MAX_BYTES) {
    return { ok: false, problems: [{ path: '$', message: '规则文件不能超过 256 KB' }] };
  }
  if (!validateShape(input)) return { ok: false, problems: shapeProblems(validateShape.errors ?? []) };
  const document = input as unknown as RuleDocument;
  const problems = checkRuleSemantics(document);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}

export function toPath(instancePath: string): string {
  return (
    '$' +
    instancePath
      .split('/')
      .slice(1)
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`))
      .join('')
  );
}

function shapeProblems(errors: ErrorObject[]): RuleProblem[] {
  localizeZh(errors);
  const seen = new Set<string>();
  const problems: RuleProblem[] = [];
  for (const error of errors) {
    // A failed discriminated `oneOf` also reports itself after its branch's errors: the branch says more.
    if (error.keyword === 'oneOf' || error.keyword === 'if') continue;
    // A bad property name is reported once, by `propertyNames`, not again by the enum inside it.
    if (error.keyword === 'enum' && error.schemaPath.includes('/propertyNames/')) continue;
    const problem = describe(error);
    const key = `${problem.path} ${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function describe(error: ErrorObject): RuleProblem {
  const path = toPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: `${path}.${String(params.missingProperty)}`, message: '缺少此项，请填写' };
    case 'additionalProperties':
      return { path: `${path}.${String(params.additionalProperty)}`, message: '规则文件没有这一项，请删除或检查拼写' };
    case 'enum':
      return { path, message: `只能是以下之一：${(params.allowedValues as unknown[]).join('、')}` };
    case 'const':
      return { path, message: `应为 ${JSON.stringify(params.allowedValue)}` };
    case 'propertyNames':
      return { path, message: `级别只能是：${HONOUR_LEVELS.join('、')}` };
    case 'pattern':
      return { path, message: '代码应以字母开头，只含字母、数字、_ 或 -，不超过 40 个字符' };
    case 'type':
      return { path, message: `应为${typeName(String(params.type))}` };
    default:
      return { path, message: error.message ?? '不符合规则文件格式' };
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    object: '对象',
    array: '数组',
    string: '文字',
    number: '数字',
    integer: '整数',
    boolean: 'true 或 false',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join('或');
}
