import { disposalsOf, measuresOpen } from './disposal-rules';
import { full, probationary, refusal, take, through } from './disposal-test-kit';
import { WarningErrorCode } from './warning-error';
import { DisposalMeasure as M, DisposalStepKind as K } from './warning-rules';

describe('one disposal per case and matter', () => {
  const rectified = (changed: boolean) =>
    take(full, [
      ...through(M.RECTIFY_DEADLINE, K.NOTIFIED),
      [M.RECTIFY_DEADLINE, K.RECTIFICATION_REVIEWED, { decidedOn: '2025-09-20', result: changed }],
      [M.RECTIFY_DEADLINE, K.ARCHIVED],
    ]);

  it('refuses a second measure while one is under way', () => {
    const running = take(full, through(M.RECTIFY_DEADLINE, K.TALKED));
    expect(refusal(() => take(full, [[M.REMOVAL, K.PROPOSED]], running))).toEqual({
      code: WarningErrorCode.DISPOSAL_STEP_REFUSED,
      message: '“限期改正”处置尚未办结（归档），不能另行启动处置',
    });
  });

  it('after 限期改正 with no change allows 劝其退党 only, once', () => {
    const steps = rectified(false);
    expect(measuresOpen(full.status, 'FULL', disposalsOf(steps)).measures).toEqual([M.ADVISE_WITHDRAWAL]);
    expect(refusal(() => take(full, [[M.REMOVAL, K.PROPOSED]], steps))?.code).toBe(
      WarningErrorCode.DISPOSAL_STEP_REFUSED,
    );
    expect(refusal(() => take(full, [[M.RECTIFY_DEADLINE, K.PROPOSED]], steps))?.message).toBe(
      '“限期改正”处置已归档，不能再登记步骤',
    );
    const advised = take(full, [[M.ADVISE_WITHDRAWAL, K.PROPOSED]], steps);
    expect(disposalsOf(advised).map((d) => d.measure)).toEqual([M.RECTIFY_DEADLINE, M.ADVISE_WITHDRAWAL]);
  });

  it('after 劝其退党 refused by the member allows 除名; after agreement nothing', () => {
    const advise = (agrees: boolean) =>
      take(full, [
        ...through(M.ADVISE_WITHDRAWAL, K.APPROVED),
        [M.ADVISE_WITHDRAWAL, K.NOTIFIED, { result: agrees }],
        [M.ADVISE_WITHDRAWAL, K.ARCHIVED],
      ]);
    expect(measuresOpen(full.status, 'FULL', disposalsOf(advise(false))).measures).toEqual([M.REMOVAL]);
    expect(measuresOpen(full.status, 'FULL', disposalsOf(advise(true)))).toEqual({
      measures: [],
      reason: '本人已同意退党，本案不再处置',
    });
  });

  it('after an extended probation allows its cancellation', () => {
    const extended = take(probationary, [
      ...through(M.PROBATION_EXTENDED, K.NOTIFIED),
      [M.PROBATION_EXTENDED, K.ARCHIVED],
    ]);
    expect(extended.find((s) => s.step === K.APPROVED)?.rectifyUntil).toBe('2025-09-08');
    expect(measuresOpen(probationary.status, 'PROBATIONARY', disposalsOf(extended)).measures).toEqual([
      M.PROBATION_CANCELLED,
    ]);
  });

  it('stops when the upper level does not agree, and then allows another measure', () => {
    const refused = take(full, [
      ...through(M.REMOVAL, K.TALKED),
      [M.REMOVAL, K.PRE_REVIEWED, { approval: false, upperOpinion: '事实不清' }],
    ]);
    expect(disposalsOf(refused)[0]).toMatchObject({ stopped: true, nextSteps: [K.ARCHIVED] });
    const archived = take(full, [[M.REMOVAL, K.ARCHIVED]], refused);
    expect(disposalsOf(archived)[0]).toMatchObject({ finished: true, terminated: true });
    expect(measuresOpen(full.status, 'FULL', disposalsOf(archived)).measures).toEqual([
      M.RECTIFY_DEADLINE,
      M.ADVISE_WITHDRAWAL,
    ]);
  });

  it('archives early with a reason, as terminated', () => {
    const steps = take(full, [
      ...through(M.REMOVAL, K.PRE_REVIEWED),
      [M.REMOVAL, K.ARCHIVED, { note: '表决未获通过，终止处置' }],
    ]);
    expect(disposalsOf(steps)[0]).toMatchObject({ finished: true, terminated: true });
  });
});
