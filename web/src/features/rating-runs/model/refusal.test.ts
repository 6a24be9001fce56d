import { ApiError } from '../../../lib/api-error';
import { refusalOf } from './refusal';

describe('a refused preview or confirmation, answered with what to do next', () => {
  it.each([
    ['RATING_RUN_STALE', '预览之后名额政策有了调整，请重新预览后再确认', 'PREVIEW_AGAIN', /重新预览/],
    ['RATING_RUN_CONFLICT', '该评定（第 1 版）已由 东镇党委 管理员 王芳 确认', 'RELOAD', /刷新列表/],
    ['RATING_SCOPE_OVERLAP', '“汇总区”已确认了 2026-H1 的评定', null, /范围更大的组织/],
    ['SCORES_NOT_FINAL', '还有 2 人的积分尚未确认', 'PREVIEW_AGAIN', /公示/],
    ['NOTHING_RATED', '本次评定没有评定等次的党员', null, /组织和期间/],
    ['INVALID_DECISION_DAY', '评定决定日期不能晚于今天', null, /决定日期/],
  ])('%s', (code, message, action, advice) => {
    const refusal = refusalOf(new ApiError(code, message));
    expect(refusal.message).toBe(message);
    expect(refusal.action).toBe(action);
    expect(refusal.advice).toMatch(advice);
  });

  it('keeps the message of any other refusal, with no advice', () => {
    expect(refusalOf(new ApiError('FORBIDDEN', '您无权确认评定'))).toEqual({
      message: '您无权确认评定',
      advice: null,
      action: null,
    });
  });

  it('says the connection failed in Chinese', () => {
    expect(refusalOf(new TypeError('fetch failed')).message).toBe('无法连接服务器，请检查网络后重试');
  });
});
