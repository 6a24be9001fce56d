/** The one dictionary of Chinese labels for API codes the API gives no label of (organisations carry `levelLabel`). */
export const roleLabels: Record<string, string> = {
  SYSTEM: '平台',
  DISTRICT: '区委组织部',
  TOWNSHIP: '镇(街道)党(工)委',
  BRANCH_SECRETARY: '党支部书记',
  BRANCH_RECORDER: '积分记录员',
  MEMBER: '党员',
};

export const labelOf = (labels: Record<string, string>, code: string | null | undefined) =>
  (code && labels[code]) ?? '—';
