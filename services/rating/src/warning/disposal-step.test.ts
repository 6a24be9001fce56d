import { checkVote, DisposalVote } from './disposal-step';
import { carried, refusal } from './disposal-test-kit';
import { WarningErrorCode } from './warning-error';

describe('the assembly vote', () => {
  it.each<[DisposalVote]>([
    [carried],
    [{ eligible: 9, present: 5, inFavour: 3, against: 2, abstain: 0, memberSpoke: false }],
  ])('accepts %j', (vote) => {
    expect(checkVote(vote)).toEqual(vote);
  });

  it.each<[Partial<DisposalVote>, WarningErrorCode, string]>([
    [
      { eligible: 20, present: 10, inFavour: 6, against: 4, abstain: 0 },
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
      '有表决权的党员 20 人，到会 10 人，未超过半数，表决无效；请另行召开党员大会',
    ],
    [
      { present: 16, inFavour: 8, against: 6, abstain: 2 },
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
      '到会 16 人，赞成 8 人（反对 6、弃权 2），未超过到会人数的半数，处置未获通过；如终止本次处置，请归档并写明原因',
    ],
    [{ present: 21 }, WarningErrorCode.INVALID_WARNING_INPUT, '到会 21 人，多于有表决权的党员 20 人'],
    [
      { inFavour: 10, against: 4, abstain: 2 },
      WarningErrorCode.INVALID_WARNING_INPUT,
      '赞成 10、反对 4、弃权 2，合计多于到会的 15 人',
    ],
    [{ present: 12.5 }, WarningErrorCode.INVALID_WARNING_INPUT, '表决人数应为不小于 0 的整数，有表决权的党员至少 1 人'],
  ])('refuses %j', (change, code, message) => {
    expect(refusal(() => checkVote({ ...carried, ...change }))).toEqual({ code, message });
  });
});
