import { COMPONENT_KINDS, FLOOR_SCOPES, HONOUR_LEVELS } from './rule-document.types';
import { code, label, positivePoints, share } from './rule-values.schema';

// The JSON Schema of a scoring component, with its sections, items and how an item scores (rule-document.schema.ts).

const itemPoints = {
  type: 'object',
  required: ['mode'],
  // The `mode` picks the branch, so a mistake is reported against that branch only.
  discriminator: { propertyName: 'mode' },
  oneOf: [
    {
      properties: { mode: { const: 'PER_OCCURRENCE' }, value: positivePoints },
      required: ['mode', 'value'],
      additionalProperties: false,
    },
    {
      properties: {
        mode: { const: 'PER_QUANTITY' },
        value: positivePoints,
        unit: { type: 'string', minLength: 1, maxLength: 10 },
      },
      required: ['mode', 'value', 'unit'],
      additionalProperties: false,
    },
    {
      properties: {
        mode: { const: 'BY_LEVEL' },
        values: {
          type: 'object',
          minProperties: 1,
          propertyNames: { enum: [...HONOUR_LEVELS] },
          additionalProperties: positivePoints,
        },
      },
      required: ['mode', 'values'],
      additionalProperties: false,
    },
    {
      properties: { mode: { const: 'DISCRETIONARY' }, max: positivePoints },
      required: ['mode', 'max'],
      additionalProperties: false,
    },
  ],
};

const item = {
  type: 'object',
  required: ['code', 'label', 'points'],
  additionalProperties: false,
  properties: {
    code,
    label,
    points: itemPoints,
    cap: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: { count: { type: 'integer', minimum: 1, maximum: 1000 }, points: positivePoints },
    },
    highestPerMatter: { type: 'boolean' },
    sharedAmongContributors: { type: 'boolean' },
    leadingMultiplier: { type: 'number', minimum: 1, maximum: 10 },
  },
};

export const component = {
  type: 'object',
  required: ['code', 'label', 'kind'],
  additionalProperties: false,
  properties: {
    code,
    label,
    kind: { type: 'string', enum: [...COMPONENT_KINDS] },
    max: positivePoints,
    cap: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: { points: positivePoints, shareOfFull: share },
    },
    yearCap: positivePoints,
    floor: {
      type: 'string',
      enum: [...FLOOR_SCOPES],
      description:
        '倒扣类“扣完为止”的范围：UNIT 每个计分单位各自扣完为止（缺省）；CYCLE 整个积分周期的满分为一个总额，全周期的扣分从中扣除，扣完为止',
    },
    weight: { type: 'number', exclusiveMinimum: 0, maximum: 10, description: '计入总分的权重，缺省为 1' },
    group: label,
    sections: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['code', 'label', 'max', 'items'],
        additionalProperties: false,
        properties: { code, label, max: positivePoints, items: { type: 'array', maxItems: 100, items: item } },
      },
    },
    items: { type: 'array', maxItems: 200, items: item },
    review: {
      type: 'object',
      required: ['levels', 'multiplier'],
      additionalProperties: false,
      properties: {
        levels: {
          type: 'array',
          minItems: 2,
          maxItems: 6,
          items: {
            type: 'object',
            required: ['code', 'label', 'weight'],
            additionalProperties: false,
            properties: { code, label, weight: { type: 'number', minimum: 0, maximum: 1000 } },
          },
        },
        multiplier: { type: 'number', exclusiveMinimum: 0, maximum: 1000 },
      },
    },
  },
};
