import { RULE_FORMAT } from './rule-document.types';
import { component } from './rule-component.schema';
import { outcomeProperties } from './rule-outcomes.schema';
import { code, label, periodKind, positivePoints } from './rule-values.schema';

const condition = {
  type: 'object',
  required: ['code', 'label'],
  additionalProperties: false,
  properties: { code, label },
};

/** JSON Schema (draft-07) of the rule document; served to branches' tools by `ruleDocumentSchema`. */
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
    ...outcomeProperties,
  },
} as const;
