import { evaluate, parsePeriodKey, Period, RuleDocument, templateByCode } from '@jifen/rules';
import { ScoreState } from './score-state';
import { unrecordedScores } from './unrecorded-scores';

const documentOf = (code: string) => templateByCode(code)!.rules as RuleDocument;
const periodOf = (doc: RuleDocument, key: string) => parsePeriodKey(doc.cycle, key) as Period;
const scheme = (doc: RuleDocument) => ({ versionId: 'v1', document: doc });
const run = (doc: RuleDocument, keys: string[], asOf: string, windows: Parameters<typeof unrecordedScores>[1] = []) =>
  unrecordedScores(
    keys.map((key) => ({ period: periodOf(doc, key), asOf, scheme: scheme(doc) })),
    windows,
    (d, facts) => evaluate(d, facts),
  );

describe('the score of a member with nothing recorded', () => {
  it('under 先锋指数 is the full daily 100 (deducted from), for every kind and period, provisional', () => {
    const doc = documentOf('pioneer-index');
    const scores = run(doc, ['2026-M03', '2026-Q1', '2026'], '2026-03-20');
    expect(scores).toHaveLength(9); // three periods × three member kinds: the engine runs once for each
    for (const score of scores) {
      expect(score.state).toBe(ScoreState.PROVISIONAL);
      expect(score.result.components.find((c) => c.code === 'daily')?.score).toBe(100);
      expect(score.result.total).not.toBeNull();
    }
    const year = scores.find((s) => s.period.key === '2026' && s.kind === 'FULL')!;
    expect(year.result.total).toBeGreaterThanOrEqual(80); // 0.8 × 100, the review still to come
  });

  it('under the 镇 attendance scheme starts from a base of 0', () => {
    const doc = documentOf('town-attendance');
    const [full] = run(doc, ['2026'], '2026-03-20');
    expect(full.kind).toBe('FULL');
    expect(full.result.total).toBe(0);
    expect(full.result.components.every((c) => c.score === 0)).toBe(true);
  });

  it('runs the engine only for the (period, kind) pairs some member lacks', () => {
    const doc = documentOf('pioneer-index');
    const scores = unrecordedScores(
      ['2026-M03', '2026'].map((key) => ({ period: periodOf(doc, key), asOf: '2026-03-20', scheme: scheme(doc) })),
      [],
      (d, facts) => evaluate(d, facts),
      (key, kind) => key === '2026' && kind === 'ACTIVIST',
    );
    expect(scores.map((s) => [s.period.key, s.kind])).toEqual([['2026', 'ACTIVIST']]);
  });

  it('takes the state the branch windows give an empty register: published when a window covers the period', () => {
    const doc = documentOf('pioneer-index');
    const window = { id: 'w', periodStart: '2026-01-01', periodEnd: '2026-03-31', status: 'OPEN' as const };
    const [quarter] = run(doc, ['2026-Q1'], '2026-03-31', [window]);
    expect(quarter.state).toBe(ScoreState.PUBLISHED);
  });
});
