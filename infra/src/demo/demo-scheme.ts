/**
 * The scheme the demo district adopts at district level: 承德“先锋指数” (seed 000 篇1), written as a
 * rule document. Its full format and validation arrive with the scoring engine; this is the interim
 * JSON the scheme service stores today.
 */
export const demoSchemeName = '示范区党员“先锋指数”积分管理办法';

export const demoSchemeRules = {
  format: 'jifen-rules/draft',
  template: 'pioneer-index',
  cycle: { startsOn: '01-01', periods: ['QUARTER', 'YEAR'] },
  components: [
    { code: 'daily', label: '日常考核', kind: 'DEDUCTED_FROM_FULL', full: 100, floor: 0 },
    { code: 'review', label: '年度评议', kind: 'DEMOCRATIC_REVIEW', full: 100 },
  ],
  combine: { kind: 'WEIGHTED', weights: { daily: 0.8, review: 0.2 } },
  rewards: { capShareOfFull: 0.1, sameCategoryOnce: true },
  bands: [
    { label: '优秀', min: 90 },
    { label: '合格', min: 70 },
    { label: '基本合格', min: 60 },
    { label: '不合格', min: 0 },
  ],
  publicityDays: 7,
};
