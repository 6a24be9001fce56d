import { CONSEQUENCE_CODES } from './rule-document.types';
import { code, label, memberKind, periodKind, points, positivePoints, share } from './rule-values.schema';

/**
 * The JSON Schema of what a score leads to (rule-document.schema.ts): the grades and their bands, the consequences,
 * the eligibilities, the awards and the star rating.
 */
export const outcomeProperties = {
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
} as const;
