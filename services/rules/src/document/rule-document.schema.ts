import {
  COMPONENT_KINDS,
  CONSEQUENCE_CODES,
  FLOOR_SCOPES,
  HONOUR_LEVELS,
  MEMBER_KINDS,
  PERIOD_KINDS,
  RULE_FORMAT,
} from './rule-document.types';

/** JSON Schema (draft-07) of the rule document; served to branches' tools by `ruleDocumentSchema`. */
const code = {
  type: 'string',
  pattern: '^[A-Za-z][A-Za-z0-9_-]{0,39}$',
  description: '代码：字母开头，字母、数字、_ 或 -，不超过 40 个字符',
};
const label = { type: 'string', minLength: 1, maxLength: 200, description: '名称（中文）' };
const points = { type: 'number', minimum: 0, maximum: 1000, description: '分值：不小于 0，最多一位小数' };
const positivePoints = {
  type: 'number',
  exclusiveMinimum: 0,
  maximum: 1000,
  description: '分值：大于 0，最多一位小数',
};
const share = { type: 'number', exclusiveMinimum: 0, maximum: 1, description: '比例：大于 0 且不超过 1' };
const periodKind = { type: 'string', enum: [...PERIOD_KINDS] };
const memberKind = { type: 'string', enum: [...MEMBER_KINDS] };

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

const component = {
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

const condition = {
  type: 'object',
  required: ['code', 'label'],
  additionalProperties: false,
  properties: { code, label },
};

export const ruleDocumentSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://jifen.example/schemas/rule-document-1.json',
  title: '积分规则文件',
  type: 'object',
  required: [
    'format',
    'name',
    'fullScore',
    'cycle',
    'workflow',
    'components',
    'vetoes',
    'directGrades',
    'grading',
    'consequences',
    'eligibilities',
    'awards',
  ],
  additionalProperties: false,
  properties: {
    format: { const: RULE_FORMAT },
    name: label,
    description: { type: 'string', maxLength: 2000 },
    fullScore: positivePoints,
    cycle: {
      type: 'object',
      required: ['start', 'scoredPer', 'combineUnits', 'periods'],
      additionalProperties: false,
      properties: {
        start: {
          type: 'object',
          required: ['month', 'day'],
          additionalProperties: false,
          properties: {
            month: { type: 'integer', minimum: 1, maximum: 12 },
            day: { type: 'integer', minimum: 1, maximum: 28 },
          },
        },
        scoredPer: periodKind,
        combineUnits: { type: 'string', enum: ['SUM', 'MEAN'] },
        periods: { type: 'array', uniqueItems: true, items: periodKind },
      },
    },
    workflow: {
      type: 'object',
      required: ['publicityDays'],
      additionalProperties: false,
      properties: { publicityDays: { type: 'integer', minimum: 1, maximum: 60 } },
    },
    components: { type: 'array', minItems: 1, maxItems: 30, items: component },
    totalCap: positivePoints,
    vetoes: { type: 'array', maxItems: 50, items: condition },
    directGrades: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['code', 'label', 'grade'],
        additionalProperties: false,
        properties: { code, label, grade: code },
      },
    },
    grading: {
      type: 'object',
      required: ['per', 'gradedKinds', 'bands'],
      additionalProperties: false,
      properties: {
        per: periodKind,
        gradedKinds: { type: 'array', uniqueItems: true, items: memberKind },
        bands: {
          type: 'array',
          minItems: 1,
          maxItems: 10,
          items: {
            type: 'object',
            required: ['code', 'name', 'min'],
            additionalProperties: false,
            properties: {
              code,
              name: label,
              min: points,
              bySelection: { type: 'boolean', description: '由党员大会在达到分数线者中选定（不按比例自动评定）' },
              share: { ...share, description: '按支部排名，在前百分之几（比例）内且达到分数线的评为本等次' },
              needsStarFloors: { type: 'boolean', description: '本等次还要求达到评星定级的共性分起点' },
            },
          },
        },
      },
    },
    consequences: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['code', 'label', 'when'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', enum: [...CONSEQUENCE_CODES] },
          label,
          when: {
            type: 'object',
            minProperties: 1,
            additionalProperties: false,
            properties: {
              grades: { type: 'array', minItems: 1, uniqueItems: true, items: code },
              below: positivePoints,
              memberKinds: { type: 'array', minItems: 1, uniqueItems: true, items: memberKind },
              consecutive: { type: 'integer', minimum: 2, maximum: 10 },
            },
          },
        },
      },
    },
    eligibilities: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['code', 'label'],
        additionalProperties: false,
        properties: {
          code,
          label,
          minTotal: points,
          topShare: share,
          topRank: { type: 'integer', minimum: 1 },
          yuanPerPoint: positivePoints,
        },
      },
    },
    awards: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        required: ['code', 'label', 'per', 'component'],
        additionalProperties: false,
        properties: { code, label, per: periodKind, component: code },
      },
    },
    starRating: {
      type: 'object',
      required: ['baseComponents', 'baseFloor', 'totalFloor', 'levels'],
      additionalProperties: false,
      properties: {
        baseComponents: { type: 'array', minItems: 1, items: code },
        baseFloor: points,
        totalFloor: points,
        levels: {
          type: 'array',
          minItems: 1,
          maxItems: 5,
          items: {
            type: 'object',
            required: ['stars', 'share'],
            additionalProperties: false,
            properties: { stars: { type: 'integer', minimum: 1, maximum: 5 }, share },
          },
        },
      },
    },
  },
} as const;
