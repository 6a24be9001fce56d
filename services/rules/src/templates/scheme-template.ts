import { RuleDocument } from '../document/rule-document.types';

/** A scheme that ships with the product; a branch adopts it as a draft and adjusts it. */
export interface SchemeTemplate {
  code: string;
  name: string;
  description: string;
  /** Where its rules come from (the seed document and section). */
  source: string;
  rules: RuleDocument;
}

/** The four grades most seeds use (T1 and T5 cut-offs differ only in 优秀). */
export const QUALIFIED_BANDS = {
  excellent: (min: number) => ({ code: 'EXCELLENT', name: '优秀', min }),
  qualified: (min: number) => ({ code: 'QUALIFIED', name: '合格', min }),
  basic: (min: number) => ({ code: 'BASIC', name: '基本合格', min }),
  unqualified: { code: 'UNQUALIFIED', name: '不合格', min: 0 },
} as const;
