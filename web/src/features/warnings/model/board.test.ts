import { periodsOf, rollupFigures, stageCounts } from './board';

const c = (status: string, extra: { periodKey?: string; disposalStep?: string | null; isOverdue?: boolean } = {}) => ({
  periodKey: extra.periodKey ?? '2026-H1',
  status,
  disposalStep: extra.disposalStep ?? null,
  isOverdue: extra.isOverdue ?? false,
});

describe('the warning board counts', () => {
  const cases = [
    c('OPEN', { isOverdue: true }),
    c('OPEN'),
    c('RECTIFYING'),
    c('IMPROVED'),
    c('ESCALATED', { disposalStep: 'PROPOSED', isOverdue: true }),
    c('ESCALATED', { disposalStep: 'ARCHIVED' }),
    c('WITHDRAWN'),
  ];

  it('counts each stage, withdrawn cases on none', () => {
    expect(stageCounts(cases)).toEqual({
      OPEN: 2,
      INTERVIEWED: 0,
      HELPER_PAIRED: 0,
      RECTIFYING: 1,
      IMPROVED: 1,
      ESCALATED: 2,
    });
  });

  it('counts as the rollup does: an archived disposal is no longer open, still escalated', () => {
    expect(rollupFigures(cases)).toEqual({ open: 4, overdue: 2, escalated: 2, closed: 1 });
    expect(rollupFigures([])).toEqual({ open: 0, overdue: 0, escalated: 0, closed: 0 });
  });

  it('lists the periods, latest first, once each', () => {
    expect(periodsOf([c('OPEN', { periodKey: '2025' }), c('OPEN', { periodKey: '2026-H1' }), c('IMPROVED')])).toEqual([
      '2026-H1',
      '2025',
    ]);
  });
});
