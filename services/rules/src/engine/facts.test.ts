import { pioneerIndex } from '../templates/pioneer-index.template';
import { checkRuleDocument } from '../document/rule-document.validate';
import { RULE_FORMAT, RuleDocument } from '../document/rule-document.types';
import { evaluate } from './evaluate';
import { checkFacts, EntryFact, ScoreFacts } from './facts';
import { InvalidFactsError } from './score-result';

const CJK = /[\u4e00-\u9fff]/;

/** A yearly scheme with an item of every points mode, a review, a penalty, a veto and a direct grade. */
function allModes(): RuleDocument {
  const check = checkRuleDocument({
    format: RULE_FORMAT,
    name: '计分事实检查用方案',
    fullScore: 100,
    cycle: { start: { month: 1, day: 1 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: ['QUARTER'] },
    workflow: { publicityDays: 5 },
    components: [
      {
        code: 'work',
        label: '工作积分',
        kind: 'EARNED',
        max: 80,
        items: [
          { code: 'meeting', label: '参加组织生活', points: { mode: 'PER_OCCURRENCE', value: 2 } },
          { code: 'article', label: '发表文章', points: { mode: 'PER_QUANTITY', value: 1.5, unit: '篇' } },
          {
            code: 'honour',
            label: '获得表彰',
            points: { mode: 'BY_LEVEL', values: { CITY: 5, COUNTY: 3 } },
            highestPerMatter: true,
          },
          { code: 'merit', label: '其他贡献', points: { mode: 'DISCRETIONARY', max: 10 } },
          {
            code: 'project',
            label: '参与项目',
            points: { mode: 'PER_OCCURRENCE', value: 10 },
            sharedAmongContributors: true,
          },
        ],
      },
      {
        code: 'vote',
        label: '民主评议',
        kind: 'REVIEW',
        weight: 0.2,
        review: {
          levels: [
            { code: 'GOOD', label: '好', weight: 1 },
            { code: 'FAIR', label: '较好', weight: 0.8 },
            { code: 'POOR', label: '一般', weight: 0.6 },
          ],
          multiplier: 100,
        },
      },
      {
        code: 'penalty',
        label: '扣分',
        kind: 'PENALTY',
        items: [{ code: 'violation', label: '违反纪律', points: { mode: 'PER_OCCURRENCE', value: 5 } }],
      },
    ],
    vetoes: [{ code: 'crime', label: '违法犯罪' }],
    directGrades: [{ code: 'misconduct', label: '严重违纪', grade: 'UNQUALIFIED' }],
    grading: {
      per: 'YEAR',
      gradedKinds: ['FULL'],
      bands: [
        { code: 'EXCELLENT', name: '优秀', min: 90 },
        { code: 'QUALIFIED', name: '合格', min: 60 },
        { code: 'UNQUALIFIED', name: '不合格', min: 0 },
      ],
    },
    consequences: [],
    eligibilities: [],
    awards: [],
  });
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.document;
}

const doc = allModes();

let ids = 0;
const entry = (item: string, more: Partial<EntryFact> = {}): EntryFact => ({
  id: `f${++ids}`,
  item,
  date: '2024-05-01',
  ...more,
});

const good = (more: Partial<ScoreFacts> = {}): ScoreFacts => ({
  period: '2024',
  asOf: '2025-01-10',
  memberKind: 'FULL',
  entries: [
    entry('meeting'),
    entry('article', { quantity: 2.5 }),
    entry('honour', { level: 'CITY', matter: '抗洪' }),
    entry('merit', { points: 9.9 }),
    entry('project', { contributors: 3 }),
    entry('violation'),
  ],
  votes: { GOOD: 10, FAIR: 3, POOR: 0 },
  conditions: [{ code: 'misconduct', date: '2024-06-01' }],
  previousGrades: ['QUALIFIED', 'EXCELLENT'],
  rank: { position: 3, of: 20 },
  ...more,
});

describe('checkFacts', () => {
  it('accepts good facts with an entry of every mode', () => {
    expect(checkFacts(doc, good())).toEqual([]);
    expect(() => evaluate(doc, good())).not.toThrow();
  });

  it.each<[string, Partial<ScoreFacts>, string, RegExp]>([
    ['an unknown item', { entries: [entry('nothing')] }, 'entries[0].item', /nothing/],
    ['a date that does not exist', { entries: [entry('meeting', { date: '2024-02-30' })] }, 'entries[0].date', /日期/],
    [
      'a date in the wrong format',
      { entries: [entry('meeting', { date: '2024/03/01' })] },
      'entries[0].date',
      /YYYY-MM-DD/,
    ],
    ['a missing level for a BY_LEVEL item', { entries: [entry('honour')] }, 'entries[0].level', /级别/],
    [
      'a level the item does not offer',
      { entries: [entry('honour', { level: 'NATIONAL' })] },
      'entries[0].level',
      /NATIONAL（国家级）.*CITY（市级）、COUNTY（县（区）级）/,
    ],
    [
      'a level that does not exist',
      { entries: [entry('honour', { level: 'GALAXY' as any })] },
      'entries[0].level',
      /级别/,
    ],
    [
      'discretionary points above the max',
      { entries: [entry('merit', { points: 10.1 })] },
      'entries[0].points',
      /不超过 10/,
    ],
    [
      'discretionary points with two decimals',
      { entries: [entry('merit', { points: 2.25 })] },
      'entries[0].points',
      /一位小数/,
    ],
    ['discretionary points missing', { entries: [entry('merit')] }, 'entries[0].points', /填写分值/],
    ['discretionary points of 0', { entries: [entry('merit', { points: 0 })] }, 'entries[0].points', /大于 0/],
    ['points given for a fixed item', { entries: [entry('meeting', { points: 3 })] }, 'entries[0].points', /不能填写/],
    [
      'points given for a BY_LEVEL item',
      { entries: [entry('honour', { level: 'CITY', points: 3 })] },
      'entries[0].points',
      /不能填写/,
    ],
    ['a missing quantity', { entries: [entry('article')] }, 'entries[0].quantity', /篇/],
    [
      'a quantity with two decimals',
      { entries: [entry('article', { quantity: 1.25 })] },
      'entries[0].quantity',
      /一位小数/,
    ],
    ['a negative quantity', { entries: [entry('article', { quantity: -1 })] }, 'entries[0].quantity', /大于 0/],
    ['contributors of 0', { entries: [entry('project', { contributors: 0 })] }, 'entries[0].contributors', /1 到 100/],
    [
      'a duplicate entry id',
      { entries: [entry('meeting', { id: 'same' }), entry('meeting', { id: 'same' })] },
      'entries[1].id',
      /same.*重复/,
    ],
    ['an entry without id', { entries: [entry('meeting', { id: '' })] }, 'entries[0].id', /编号/],
    ['a quarter that does not exist', { period: '2024-Q5' }, 'period', /2024-Q5/],
    ['a month that does not exist', { period: '2024-M13' }, 'period', /期间/],
    ['a two-digit year', { period: '24' }, 'period', /期间/],
    ['a week', { period: '2024-W01' }, 'period', /期间/],
    ['asOf before the period', { period: '2024-Q3', asOf: '2024-06-30' }, 'asOf', /早于.*2024-07-01/],
    ['asOf not a date', { asOf: '2025-13-01' }, 'asOf', /评价日期/],
    ['an unknown member kind', { memberKind: 'VISITOR' as any }, 'memberKind', /党员类别/],
    [
      'an unknown condition code',
      { conditions: [{ code: 'theft', date: '2024-03-01' }] },
      'conditions[0].code',
      /theft/,
    ],
    [
      'a condition on a bad date',
      { conditions: [{ code: 'crime', date: '2024-04-31' }] },
      'conditions[0].date',
      /日期/,
    ],
    ['an unknown vote level', { votes: { GOOD: 3, EXCELLENT: 2 } }, 'votes.EXCELLENT', /EXCELLENT.*只有：GOOD（/],
    ['negative votes', { votes: { GOOD: -1 } }, 'votes.GOOD', /不小于 0 的整数/],
    ['fractional votes', { votes: { FAIR: 2.5 } }, 'votes.FAIR', /整数/],
    [
      'an unknown earlier grade, listing the grades by code and name',
      { previousGrades: ['QUALIFIED', 'GOLD'] },
      'previousGrades[1]',
      /GOLD.*可填等次代码或名称：EXCELLENT（优秀）/,
    ],
    ['a rank of 0', { rank: { position: 0, of: 10 } }, 'rank', /排名/],
    ['a rank past the number ranked', { rank: { position: 11, of: 10 } }, 'rank', /排名/],
    ['a fractional rank', { rank: { position: 1.5, of: 10 } }, 'rank', /整数/],
    [
      'an exemption from a bad date',
      { exemption: { from: '2024-02-31', reason: '外出务工' } },
      'exemption.from',
      /日期/,
    ],
    [
      'an exemption ending before it starts',
      { exemption: { from: '2024-03-01', until: '2024-02-01', reason: '外出务工' } },
      'exemption.until',
      /不早于/,
    ],
    ['an exemption without reason', { exemption: { from: '2024-03-01', reason: '  ' } }, 'exemption.reason', /原因/],
    [
      'a manual total with two decimals',
      { exemption: { from: '2024-03-01', reason: '外出务工', manualTotal: 80.25 } },
      'exemption.manualTotal',
      /一位小数/,
    ],
  ])('refuses %s', (_name, change, path, message) => {
    const problems = checkFacts(doc, good(change));
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0].message).toMatch(message);
    expect(problems[0].message).toMatch(CJK);
  });

  it('takes an earlier grade by its Chinese name as well as by its code', () => {
    expect(checkFacts(doc, good({ previousGrades: ['合格', 'EXCELLENT'] }))).toEqual([]);
  });

  it('refuses votes when the scheme has no review', () => {
    const problems = checkFacts(pioneerIndex.rules, {
      period: '2024',
      asOf: '2025-01-10',
      memberKind: 'FULL',
      entries: [],
      votes: { GOOD: 3 },
    });
    expect(problems).toEqual([{ path: 'votes.GOOD', message: '本方案没有民主评议，不需要票数' }]);
  });

  const manyMistakes = (): ScoreFacts => ({
    period: '2024-Q5',
    asOf: '2025-01-10',
    memberKind: 'FULL',
    entries: [
      entry('meeting'), // fine
      entry('nothing'), // unknown item
      entry('meeting', { date: '2024-02-30' }), // bad date
      entry('honour'), // missing level
      entry('honour', { level: 'PROVINCIAL' }), // level not offered
      entry('merit', { points: 12 }), // above max
      entry('merit', { points: 1.25 }), // two decimals
      entry('meeting', { points: 2 }), // points for a fixed item
    ],
    votes: { GOOD: 5, GREAT: 1, POOR: -2 },
    conditions: [
      { code: 'crime', date: '2024-05-01' },
      { code: 'theft', date: '2024-05-02' },
    ],
    rank: { position: 0, of: 5 },
  });

  it.each([
    ['nothing', 'nothing'],
    ['参加组织生活', '参加组织生活'], // a label is not a code: the facts name items by code, the message shows both
  ])('names an unknown item %s and lists the valid items by their Chinese labels, codes beside them', (item, shown) => {
    const [problem] = checkFacts(doc, good({ entries: [entry(item)] }));
    expect(problem).toEqual({
      path: 'entries[0].item',
      message:
        `本方案没有代码为“${shown}”的项目，本方案的项目有：参加组织生活（meeting）；发表文章（article）；获得表彰（honour）；` +
        '其他贡献（merit）；参与项目（project）；违反纪律（violation）',
    });
  });

  it('lists every problem of facts with many mistakes, by path, in Chinese', () => {
    const problems = checkFacts(doc, manyMistakes());
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        'period',
        'entries[1].item',
        'entries[2].date',
        'entries[3].level',
        'entries[4].level',
        'entries[5].points',
        'entries[6].points',
        'entries[7].points',
        'votes.GREAT',
        'votes.POOR',
        'conditions[1].code',
        'rank',
      ].sort(),
    );
    for (const p of problems) expect(p.message).toMatch(CJK);
  });

  it('lists asOf before the period together with entry problems', () => {
    const problems = checkFacts(doc, {
      period: '2024-H2',
      asOf: '2024-03-01',
      memberKind: 'FULL',
      entries: [entry('honour', { level: 'UNIT' }), entry('article', { quantity: 0 })],
    });
    expect(problems.map((p) => p.path)).toEqual(['asOf', 'entries[0].level', 'entries[1].quantity']);
  });
});

describe('evaluate with bad facts', () => {
  it('throws InvalidFactsError carrying every problem checkFacts finds', () => {
    const facts = manyMistakesFacts();
    const expected = checkFacts(doc, facts);
    expect(expected.length).toBeGreaterThan(10);
    let thrown: unknown;
    try {
      evaluate(doc, facts);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidFactsError);
    const error = thrown as InvalidFactsError;
    expect(error.problems).toEqual(expected);
    expect(error.message).toContain(`计分事实有 ${expected.length} 处问题`);
    for (const p of expected) expect(error.message).toContain(`${p.path} ${p.message}`);
  });

  it.each<[string, Partial<ScoreFacts>, string]>([
    ['asOf before the period', { period: '2024-Q4', asOf: '2024-09-30' }, 'asOf'],
    ['a level not offered', { entries: [entry('honour', { level: 'BRANCH' })] }, 'entries[0].level'],
    ['negative votes', { votes: { POOR: -1 } }, 'votes.POOR'],
    ['a bad rank', { rank: { position: 4, of: 3 } }, 'rank'],
  ])('throws for %s', (_name, change, path) => {
    expect(() => evaluate(doc, good(change))).toThrow(InvalidFactsError);
    expect(() => evaluate(doc, good(change))).toThrow(path);
  });
});

function manyMistakesFacts(): ScoreFacts {
  return {
    period: '2024-M13',
    asOf: '2025-02-30',
    memberKind: 'FULL',
    entries: [
      entry('nothing'),
      entry('honour', { level: 'NATIONAL' }),
      entry('merit', { points: 10.05 }),
      entry('meeting', { points: 1 }),
    ],
    votes: { GOOD: -1, BEST: 2 },
    conditions: [{ code: 'unknown', date: '2024-01-01' }],
    previousGrades: ['NONE'],
    rank: { position: 2, of: 1 },
  };
}
