/** Chinese labels for the rating run's codes the API gives as plain strings or enums (the schema's descriptions). */
export const runStatusLabels: Record<string, string> = {
  PREVIEW: '预览，未确认',
  CONFIRMED: '已确认，现行',
  SUPERSEDED: '已被新版本取代',
};

export const runStatusColors: Record<string, string> = {
  PREVIEW: 'processing',
  CONFIRMED: 'success',
  SUPERSEDED: 'default',
};

export const quotaBasisLabels: Record<string, string> = {
  BRANCH: '按支部核定',
  POOL: '统筹核定',
  OVERRIDE: '单独核定',
};

export const tieOutcomeLabels: Record<string, string> = {
  ALL_TAKE: '并列者都获评',
  NONE_TAKE: '并列者都不占该星级名额',
};

export const changeKindLabels: Record<string, string> = {
  ADDED: '新增',
  REMOVED: '移出',
  CHANGED: '变化',
};

/** Stars as the screen writes them: 4 星, or 无星. */
export const starsText = (stars: number | null | undefined) => (stars ? `${stars} 星` : '无星');
