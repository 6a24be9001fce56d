/**
 * graphql-js's refusals of a request's values and shape, said in Chinese. They reach people whose tool sent a
 * wrong value (a page size as text, an unknown state, a missing argument): the message says what was expected,
 * keeping the names it quotes (arguments, fields, types: they are the API's own words). A message not in this
 * table returns null and keeps graphql-js's English behind a Chinese lead (format-error.ts).
 */

import type { EnumChoices } from './enum-choices';

/** The values of an enum graphql-js refused a value for, with their meanings (none in production: see enum-choices.ts). */
function choicesOf(enumName: string, choices: EnumChoices | undefined): string {
  const listed = choices?.(enumName);
  return listed ? `；可选值：${listed}` : '';
}

/** What a scalar or enum refused, as graphql-js words it inside a longer message. */
const reasons: [RegExp, (m: RegExpExecArray, choices?: EnumChoices) => string][] = [
  [
    /^Int cannot represent non 32-bit signed integer value: ([\s\S]*)$/,
    (m) => `整数超出范围（-2147483648 至 2147483647），收到 ${m[1]}`,
  ],
  [/^Int cannot represent non-integer value: ([\s\S]*)$/, (m) => `应为整数，收到 ${m[1]}`],
  [/^Float cannot represent non numeric value: ([\s\S]*)$/, (m) => `应为数字，收到 ${m[1]}`],
  [/^String cannot represent a non string value: ([\s\S]*)$/, (m) => `应为文字（加引号的字符串），收到 ${m[1]}`],
  [/^Boolean cannot represent a non boolean value: ([\s\S]*)$/, (m) => `应为 true 或 false，收到 ${m[1]}`],
  [/^ID cannot represent value: ([\s\S]*)$/, (m) => `应为编号（字符串），收到 ${m[1]}`],
  [/^ID cannot represent a non-string and non-integer value: ([\s\S]*)$/, (m) => `应为编号（字符串），收到 ${m[1]}`],
  [
    /^Value "([^"]*)" does not exist in "([^"]+)" enum\.([\s\S]*)$/,
    (m, choices) => `“${m[1]}”不是 ${m[2]} 的可选值${suggestion(m[3])}${choicesOf(m[2], choices)}`,
  ],
  [
    /^Enum "([^"]+)" cannot represent non-enum value: ([\s\S]*?)\.?([\s\S]*)$/,
    (m, choices) => `应为 ${m[1]} 的可选值之一，收到 ${m[2]}${suggestion(m[3])}${choicesOf(m[1], choices)}`,
  ],
  [
    /^Enum "([^"]+)" cannot represent non-string value: ([\s\S]*?)\.?$/,
    (m, choices) => `应为 ${m[1]} 的可选值之一（不加引号），收到 ${m[2]}${choicesOf(m[1], choices)}`,
  ],
  [/^Expected non-nullable type "([^"]+)" not to be null\.$/, (m) => `不能为空（类型 ${m[1]}）`],
  [/^Expected type "([^"]+)" to be an object\.$/, (m) => `应为对象 { … }（类型 ${m[1]}）`],
  [/^Field "([^"]+)" of required type "([^"]+)" was not provided\.$/, (m) => `缺少必填项 ${m[1]}（类型 ${m[2]}）`],
  [
    /^Field "([^"]+)" is not defined by type "([^"]+)"\.([\s\S]*)$/,
    (m) => `${m[2]} 没有 ${m[1]} 这一项${suggestion(m[3])}`,
  ],
  [/^Expected type "([^"]+)"\.$/, (m) => `应为 ${m[1]} 类型的值`],
];

/** Whole messages: a variable or a literal refused, or the document asking for what the schema does not have. */
const messages: [RegExp, (m: RegExpExecArray, choices?: EnumChoices) => string | null][] = [
  [
    /^Variable "\$([^"]+)" got invalid value ([\s\S]*?)(?: at "([^"]+)")?; ([\s\S]*)$/,
    (m, choices) => withReason(`参数 $${m[3] ?? m[1]} 有误`, m[4], choices),
  ],
  [
    /^Variable "\$([^"]+)" of required type "([^"]+)" was not provided\.$/,
    (m) => `缺少参数 $${m[1]}（类型 ${m[2]}）：请在 variables 中提供它`,
  ],
  [
    /^Variable "\$([^"]+)" of non-null type "([^"]+)" must not be null\.$/,
    (m) => `参数 $${m[1]} 不能为空（类型 ${m[2]}）`,
  ],
  [
    /^Variable "\$([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/,
    (m) => `参数 $${m[1]} 的类型 ${m[2]} 与所在位置要求的 ${m[3]} 不符`,
  ],
  [
    /^Variable "\$([^"]+)" is not defined(?: by operation "([^"]+)")?\.$/,
    (m) => `用到了参数 $${m[1]}，但操作${m[2] ? ` ${m[2]} ` : ''}没有声明它`,
  ],
  [
    /^Variable "\$([^"]+)" is never used(?: in operation "([^"]+)")?\.$/,
    (m) => `声明了参数 $${m[1]}，但操作${m[2] ? ` ${m[2]} ` : ''}没有用到它`,
  ],
  [
    /^Expected value of type "([^"]+)", found ([\s\S]*?); ([\s\S]*)$/,
    (m, choices) => withReason(`值 ${m[2]} 有误（应为 ${m[1]}）`, m[3], choices),
  ],
  [/^Expected value of type "([^"]+)", found ([\s\S]*)\.$/, (m) => `值 ${m[2]} 不是 ${m[1]} 类型`],
  [
    /^Field "([^".]+)\.([^"]+)" of required type "([^"]+)" was not provided\.$/,
    (m) => `${m[1]} 缺少必填项 ${m[2]}（类型 ${m[3]}）`,
  ],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\.$/,
    (m) => `${m[1]} 缺少必填参数 ${m[2]}（类型 ${m[3]}）`,
  ],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"\.([\s\S]*)$/, (m) => `${m[2]} 没有参数 ${m[1]}${suggestion(m[3])}`],
  [/^Cannot query field "([^"]+)" on type "([^"]+)"\.([\s\S]*)$/, (m) => `${m[2]} 没有字段 ${m[1]}${suggestion(m[3])}`],
  [
    /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\.([\s\S]*)$/,
    (m) => `字段 ${m[1]}（类型 ${m[2]}）须列出要取的子字段，如 ${m[1]} { … }`,
  ],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\.$/,
    (m) => `字段 ${m[1]}（类型 ${m[2]}）没有子字段，不能再写 { … }`,
  ],
  [
    /^Field "([^".]+)" is not defined by type "([^"]+)"\.([\s\S]*)$/,
    (m) => `${m[2]} 没有 ${m[1]} 这一项${suggestion(m[3])}`,
  ],
];

/** graphql-js's "Did you mean …?" as a Chinese hint (production drops both, see withoutSuggestions). */
function suggestion(rest: string): string {
  const match = /Did you mean ([^?]*)\?/.exec(rest);
  return match ? `（是否应为 ${match[1].replace(/ or /g, ' 或 ').replace(/the enum value /g, '')}？）` : '';
}

function withReason(lead: string, reason: string, choices?: EnumChoices): string | null {
  const said = translateReason(reason, choices);
  return said === null ? null : `${lead}：${said}`;
}

function translateReason(reason: string, choices?: EnumChoices): string | null {
  if (/[\u4e00-\u9fff]/.test(reason)) return reason; // a scalar of ours already said it in Chinese
  for (const [pattern, say] of reasons) {
    const match = pattern.exec(reason);
    if (match) return say(match, choices);
  }
  return null;
}

/**
 * The Chinese of one of graphql-js's request messages, or null when it is not one this table knows. With `choices`,
 * a refused enum value is followed by the enum's values and what each means.
 */
export function chineseGraphqlMessage(message: string, choices?: EnumChoices): string | null {
  for (const [pattern, say] of messages) {
    const match = pattern.exec(message);
    if (match) return say(match, choices);
  }
  return translateReason(message, choices);
}
