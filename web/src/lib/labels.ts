/** The one dictionary of Chinese labels the page shows for the API's codes (the schema's own descriptions). */
export const roleLabels: Record<string, string> = {
  SYSTEM: '平台',
  DISTRICT: '区委组织部',
  TOWNSHIP: '镇(街道)党(工)委',
  BRANCH_SECRETARY: '党支部书记',
  BRANCH_RECORDER: '积分记录员',
  MEMBER: '党员',
};

export const orgLevelLabels: Record<string, string> = {
  DISTRICT: '区(县)',
  TOWNSHIP: '镇(街道)党(工)委',
  GENERAL_BRANCH: '党总支',
  BRANCH: '党支部',
  GROUP: '党小组',
};

export const labelOf = (labels: Record<string, string>, code: string | null | undefined) =>
  (code && labels[code]) ?? '—';
