import { MEMBER_KINDS, PERIOD_KINDS } from './rule-document.types';

// The values the rule document's JSON Schema is made of (rule-document.schema.ts): codes, names, points, shares, kinds.

export const code = {
  type: 'string',
  pattern: '^[A-Za-z][A-Za-z0-9_-]{0,39}$',
  description: '代码：字母开头，字母、数字、_ 或 -，不超过 40 个字符',
};
export const label = { type: 'string', minLength: 1, maxLength: 200, description: '名称（中文）' };
export const points = { type: 'number', minimum: 0, maximum: 1000, description: '分值：不小于 0，最多一位小数' };
export const positivePoints = {
  type: 'number',
  exclusiveMinimum: 0,
  maximum: 1000,
  description: '分值：大于 0，最多一位小数',
};
export const share = { type: 'number', exclusiveMinimum: 0, maximum: 1, description: '比例：大于 0 且不超过 1' };
export const periodKind = { type: 'string', enum: [...PERIOD_KINDS] };
export const memberKind = { type: 'string', enum: [...MEMBER_KINDS] };
