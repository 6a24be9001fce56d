import { holdsScore, ObjectionStatus, objectionStep } from './objection-workflow';

describe('the objection workflow', () => {
  it('goes open → answered → appealed → decided', () => {
    expect(objectionStep(ObjectionStatus.OPEN, 'ANSWER')).toEqual({ ok: true, to: ObjectionStatus.ANSWERED });
    expect(objectionStep(ObjectionStatus.ANSWERED, 'APPEAL')).toEqual({ ok: true, to: ObjectionStatus.APPEALED });
    expect(objectionStep(ObjectionStatus.APPEALED, 'DECIDE_APPEAL')).toEqual({
      ok: true,
      to: ObjectionStatus.APPEAL_DECIDED,
    });
  });

  it('refuses steps out of order with a reason', () => {
    expect(objectionStep(ObjectionStatus.OPEN, 'APPEAL')).toEqual({
      ok: false,
      reason: '支部答复之后才能向上级申诉，且只能申诉一次（现为“待答复”）',
    });
    expect(objectionStep(ObjectionStatus.APPEAL_DECIDED, 'APPEAL')).toMatchObject({ ok: false });
    expect(objectionStep(ObjectionStatus.ANSWERED, 'ANSWER')).toEqual({
      ok: false,
      reason: '只有待答复的异议可以答复（现为“已答复”）',
    });
  });

  it('holds the score while open or appealed', () => {
    expect(
      [ObjectionStatus.OPEN, ObjectionStatus.ANSWERED, ObjectionStatus.APPEALED, ObjectionStatus.APPEAL_DECIDED].map(
        holdsScore,
      ),
    ).toEqual([true, false, true, false]);
  });
});
