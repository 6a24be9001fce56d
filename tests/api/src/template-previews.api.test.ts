import { collectTableCases, ScoredCase } from '../../support/src/template-cases';
import { dataOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';

function toInput(c: ScoredCase) {
  const { votes, exemption, ...facts } = c.facts;
  return {
    ...facts,
    votes: votes ? Object.entries(votes).map(([level, count]) => ({ level, count })) : null,
    exemption: exemption ?? null,
  };
}

/** The GraphQL answer has every field of the engine's result; a forced grade is asked without its band code. */
function expected(c: ScoredCase) {
  const { forcedGrade, ...rest } = c.result;
  return JSON.parse(
    JSON.stringify({
      ...rest,
      forcedGrade: forcedGrade ? { code: forcedGrade.code, label: forcedGrade.label, date: forcedGrade.date } : null,
    }),
  );
}

describe('every template table case through previewScore over the gateway', () => {
  let platform: TestPlatform;
  const cases = collectTableCases();

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date('2026-11-21T08:00:00Z') });
  });
  afterAll(() => platform.stop());

  it('collects the table cases of all eight templates', () => {
    const codes = new Set(cases.map((c) => c.templateCode));
    expect([...codes].sort()).toEqual([
      'college-branch',
      'culture-bureau',
      'district-office',
      'district-star-rating',
      'enterprise-quarterly',
      'finance-bureau',
      'pioneer-index',
      'town-attendance',
    ]);
    for (const code of codes) expect(cases.filter((c) => c.templateCode === code).length).toBeGreaterThanOrEqual(4);
  });

  it('answers each case exactly as the engine did in the table test', async () => {
    for (const c of cases) {
      const response = await platform.query(
        apiGraphql(`query TemplatePreviewsPreview($code: String!, $facts: ScoreFactsInput!) { previewScore(templateCode: $code, facts: $facts) { period { key kind start end through complete toDate } status total
  components { code label kind group score weight contribution sections { code label max score items { code label points counted excluded { entryId reason } } } items { code label points counted excluded { entryId reason } } }
  veto { code label date } forcedGrade { code label date } graded grade { code name } selectionCandidate { code name }
  consequences { code label } eligibilities { code label status reason maxRewardYuan } star { eligible base total reasons }
  awardBasis { code label value } reviewPending explanation { rule text entryIds } } }`),
        { code: c.templateCode, facts: toInput(c) },
      );
      expect([c.templateCode, c.facts.period, dataOf(response).previewScore]).toEqual([
        c.templateCode,
        c.facts.period,
        expected(c),
      ]);
    }
  });

  it('answers the README example: leading doubles 3 points, still within the item’s 4', async () => {
    const data = dataOf(
      await platform.query(`{ previewScore(templateCode: "town-attendance", facts: {
        period: "2026", asOf: "2026-12-31", memberKind: FULL,
        entries: [{ id: "1", item: "dues", date: "2026-01-05" },
                  { id: "2", item: "volunteerTeam", date: "2026-03-01", points: 3, leading: true }] }) {
        total grade { name } components { code score } explanation { rule text } } }`),
    );
    expect(data.previewScore.total).toBe(5);
    expect(data.previewScore.grade.name).toBe('不合格');
    expect(data.previewScore.components.map((c: { code: string; score: number }) => [c.code, c.score])).toEqual([
      ['base', 1],
      ['incentive', 4],
      ['negative', 0],
    ]);
    expect(data.previewScore.explanation.map((s: { text: string }) => s.text)).toContain(
      '支部酌定 3 分，起带头、组织作用 × 2，计 6 分',
    );
  });

  it('refuses bad facts with every problem listed, in Chinese', async () => {
    const response = await platform.query(
      apiGraphql(
        `query TemplatePreviewsPreviewScore($facts: ScoreFactsInput!) { previewScore(templateCode: "town-attendance", facts: $facts) { total } }`,
      ),
      {
        facts: {
          period: '2024-Q5',
          asOf: '2024-12-01',
          entries: [
            { id: 'x', item: 'noSuchItem', date: '2024-01-01' },
            { id: 'y', item: 'partyLecture', date: '2024-01-02', points: 3 },
          ],
        },
      },
    );
    expect(response.errors?.[0].extensions?.code).toBe('INVALID_FACTS');
    const paths = (response.errors?.[0].extensions?.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(['period', 'entries[0].item', 'entries[1].points']);
    expect(response.errors?.[0].message).toContain('不是有效的期间');
  });
});
