import { ApiError, messageOf } from '../../../lib/api-error';

/** What the screen offers next to a refusal: a new preview, reading the runs again, or nothing but the advice. */
type NextStep = 'PREVIEW_AGAIN' | 'RELOAD' | null;

export interface Refusal {
  /** The API's Chinese message: what happened. */
  message: string;
  /** What to do next, in Chinese. */
  advice: string | null;
  action: NextStep;
}

const advice: Record<string, { advice: string; action: NextStep }> = {
  RATING_RUN_STALE: {
    advice: '请点“重新预览”生成新版本，核对与现行版本的变化后再确认。',
    action: 'PREVIEW_AGAIN',
  },
  RATING_RUN_CONFLICT: {
    advice: '请点“刷新列表”查看各版本的现状；需要更正时，重新预览并确认最新版本。',
    action: 'RELOAD',
  },
  RATING_SCOPE_OVERLAP: {
    advice: '本期已由范围更大的组织确认了评定：请联系该组织在其范围内重新评定，或改选期间。',
    action: null,
  },
  SCORES_NOT_FINAL: {
    advice: '请督促下方列出的党支部完成公示、处理完异议和申诉，之后重新预览再确认。',
    action: 'PREVIEW_AGAIN',
  },
  NOTHING_RATED: {
    advice: '请检查所选组织和期间是否正确；各支部积分确定后再重新预览。',
    action: null,
  },
  INVALID_DECISION_DAY: {
    advice: '请改选评定决定日期（定星会议之日）：不早于期间的最后一天，不晚于今天。',
    action: null,
  },
};

/** A refused preview or confirmation as the screen answers it: the API's message, and what to do next. */
export function refusalOf(error: unknown): Refusal {
  const next = error instanceof ApiError ? advice[error.code] : undefined;
  return { message: messageOf(error), advice: next?.advice ?? null, action: next?.action ?? null };
}
