import { pioneerIndex } from '../templates/pioneer-index.template';
import { checkRuleDocument, RuleProblem, toPath } from './rule-document.validate';

const CJK = /[\u4e00-\u9fff]/;

/** A fresh, writable copy of the T1 rules to break. */
function t1(): any {
  return structuredClone(pioneerIndex.rules);
}

function broken(change: (doc: any) => void): any {
  const doc = t1();
  change(doc);
  return doc;
}

function problemsOf(input: unknown): RuleProblem[] {
  const check = checkRuleDocument(input);
  if (check.ok) throw new Error('expected the document to be refused');
  return check.problems;
}

const review = (code: string) => ({
  code,
  label: '民主评议',
  kind: 'REVIEW',
  max: 100,
  review: {
    levels: [
      { code: 'GOOD', label: '好', weight: 1 },
      { code: 'POOR', label: '差', weight: 0.6 },
    ],
    multiplier: 100,
  },
});

const fixed = (code: string, value = 1) => ({ code, label: `项目 ${code}`, points: { mode: 'PER_OCCURRENCE', value } });

describe('checkRuleDocument', () => {
  it('accepts the T1 template rules', () => {
    const check = checkRuleDocument(pioneerIndex.rules);
    expect(check).toEqual({ ok: true, document: pioneerIndex.rules });
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', '{"format":"jifen.rules/1"}'],
    ['an array', [pioneerIndex.rules]],
    ['undefined', undefined],
  ])('refuses %s: not an object', (_name, input) => {
    expect(checkRuleDocument(input)).toEqual({
      ok: false,
      problems: [{ path: '$', message: '规则文件应为 JSON 对象' }],
    });
  });

  it('refuses a document over 256 KB before looking at its shape', () => {
    const huge = broken((d) => {
      d.description = '说明'.repeat(50_000); // 300 000 bytes of UTF-8
      delete d.name; // not reported: the size is checked first
    });
    expect(problemsOf(huge)).toEqual([{ path: '$', message: '规则文件不能超过 256 KB' }]);
  });

  it('accepts a document just under the size limit as far as size goes (the description is too long for the schema)', () => {
    const big = broken((d) => {
      d.description = 'x'.repeat(200 * 1024);
    });
    expect(problemsOf(big).map((p) => p.path)).toEqual(['$.description']);
  });

  describe('shape (JSON Schema) mistakes, one at a time', () => {
    it.each<[string, (d: any) => void, string[]]>([
      ['a missing top-level field', (d) => delete d.name, ['$.name']],
      ['a missing nested field', (d) => delete d.components[3].label, ['$.components[3].label']],
      [
        'a missing field in an item',
        (d) => delete d.components[0].items[2].points,
        ['$.components[0].items[2].points'],
      ],
      ['an unknown top-level property', (d) => (d.colour = 'red'), ['$.colour']],
      [
        'an unknown property in an item',
        (d) => (d.components[1].items[0].bonus = 1),
        ['$.components[1].items[0].bonus'],
      ],
      ['a wrong component kind', (d) => (d.components[1].kind = 'EARN'), ['$.components[1].kind']],
      ['a wrong period kind', (d) => (d.grading.per = 'WEEK'), ['$.grading.per']],
      ['a wrong consequence code', (d) => (d.consequences[0].code = 'SCOLD'), ['$.consequences[0].code']],
      ['a wrong member kind', (d) => (d.grading.gradedKinds = ['FULL', 'VISITOR']), ['$.grading.gradedKinds[1]']],
      ['a code starting with a digit', (d) => (d.components[2].code = '1reward'), ['$.components[2].code']],
      [
        'a code with a space',
        (d) => (d.components[0].items[4].code = 'assigned task'),
        ['$.components[0].items[4].code'],
      ],
      ['a code of 41 characters', (d) => (d.grading.bands[0].code = 'E'.repeat(41)), ['$.grading.bands[0].code']],
      ['the wrong format', (d) => (d.format = 'jifen.rules/2'), ['$.format']],
      ['a number given as text', (d) => (d.fullScore = '100'), ['$.fullScore']],
      ['a publicity period of 0 days', (d) => (d.workflow.publicityDays = 0), ['$.workflow.publicityDays']],
      ['an empty item cap', (d) => (d.components[1].items[0].cap = {}), ['$.components[1].items[0].cap']],
      [
        'a cap with both points and a share',
        (d) => (d.components[2].cap = { points: 10, shareOfFull: 0.1 }),
        ['$.components[2].cap'],
      ],
      ['a cycle starting on the 29th', (d) => (d.cycle.start.day = 29), ['$.cycle.start.day']],
    ])('%s', (_name, change, paths) => {
      const problems = problemsOf(broken(change));
      expect(problems.map((p) => p.path)).toEqual(paths);
      for (const p of problems) expect(p.message).toMatch(CJK);
    });

    it("a BY_LEVEL item with an unknown level names the levels allowed at the item's values", () => {
      const problems = problemsOf(
        broken((d) => (d.components[0].items[1].points = { mode: 'BY_LEVEL', values: { CITY: 2, GALAXY: 5 } })),
      );
      // The item's `mode` picks the branch of the schema: only that branch's problem is reported.
      expect(problems).toEqual([
        {
          path: '$.components[0].items[1].points.values',
          message: '级别只能是：NATIONAL、PROVINCIAL、CITY、COUNTY、TOWNSHIP、UNIT、BRANCH',
        },
      ]);
      for (const p of problems) {
        expect(p.path.startsWith('$.components[0].items[1].points')).toBe(true);
        expect(p.message).toMatch(CJK);
      }
    });

    it('lists every shape mistake of a document with several at once, each by path, in Chinese', () => {
      const doc = broken((d) => {
        delete d.name; // missing
        delete d.components[3].label; // missing, nested
        delete d.workflow.publicityDays; // missing, nested
        d.colour = 'red'; // unknown
        d.components[0].items[0].bonus = 1; // unknown, in an item
        d.components[1].kind = 'EARN'; // wrong enum
        d.grading.per = 'WEEK'; // wrong enum
        d.components[2].code = '1reward'; // bad pattern
        d.vetoes = [{ code: 'bad code', label: '违纪' }]; // bad pattern
        d.grading.bands[0].name = ''; // too short
      });
      const problems = problemsOf(doc);
      expect(problems.map((p) => p.path).sort()).toEqual(
        [
          '$.name',
          '$.colour',
          '$.workflow.publicityDays',
          '$.components[0].items[0].bonus',
          '$.components[1].kind',
          '$.components[2].code',
          '$.components[3].label',
          '$.vetoes[0].code',
          '$.grading.per',
          '$.grading.bands[0].name',
        ].sort(),
      );
      for (const p of problems) expect(p.message).toMatch(CJK);
      expect(problems).toEqual(
        expect.arrayContaining([
          { path: '$.name', message: '缺少此项，请填写' },
          { path: '$.colour', message: '规则文件没有这一项，请删除或检查拼写' },
          { path: '$.components[1].kind', message: '只能是以下之一：EARNED、DEDUCTED、REVIEW、BONUS、PENALTY' },
          { path: '$.components[2].code', message: '代码应以字母开头，只含字母、数字、_ 或 -，不超过 40 个字符' },
          { path: '$.grading.per', message: '只能是以下之一：YEAR、HALF_YEAR、QUARTER、MONTH' },
        ]),
      );
    });
  });

  describe('meaning (semantic) mistakes, one at a time', () => {
    it.each<[string, (d: any) => void, string[], RegExp]>([
      [
        'duplicate item codes across components',
        (d) => (d.components[2].items[1].code = 'orgLife'),
        ['$.components[2].items[1].code'],
        /orgLife.*重复/,
      ],
      ['duplicate component codes', (d) => (d.components[3].code = 'daily'), ['$.components[3].code'], /重复/],
      ['bands not descending', (d) => (d.grading.bands[1].min = 90), ['$.grading.bands[1].min'], /从高到低/],
      ['bands rising', (d) => (d.grading.bands[2].min = 75), ['$.grading.bands[2].min'], /从高到低/],
      ['the lowest band not at 0', (d) => (d.grading.bands[3].min = 30), ['$.grading.bands[3].min'], /应为 0/],
      ['duplicate band codes', (d) => (d.grading.bands[1].code = 'EXCELLENT'), ['$.grading.bands[1].code'], /重复/],
      [
        'a directGrade naming a missing band',
        (d) => (d.directGrades = [{ code: 'misconduct', label: '严重违纪', grade: 'EXPELLED' }]),
        ['$.directGrades[0].grade'],
        /EXPELLED/,
      ],
      [
        'a consequence naming a missing band',
        (d) => (d.consequences[1].when.grades = ['UNQUALIFIED', 'BAD']),
        ['$.consequences[1].when.grades[1]'],
        /BAD/,
      ],
      [
        'a points value with two decimals',
        (d) => (d.components[0].items[1].points = { mode: 'PER_OCCURRENCE', value: 2.55 }),
        ['$.components[0].items[1].points.value'],
        /一位小数.*2\.55/,
      ],
      [
        'a discretionary max with two decimals',
        (d) => (d.components[3].items[0].points.max = 0.25),
        ['$.components[3].items[0].points.max'],
        /一位小数/,
      ],
      [
        'a BY_LEVEL value with two decimals',
        (d) => (d.components[2].items[0].points = { mode: 'BY_LEVEL', values: { CITY: 3, COUNTY: 1.25 } }),
        ['$.components[2].items[0].points.values.COUNTY'],
        /一位小数/,
      ],
      [
        'a weight with five decimals',
        (d) => (d.components[0].weight = 0.80001),
        ['$.components[0].weight'],
        /4 位小数/,
      ],
      ['a DEDUCTED component without max', (d) => delete d.components[0].max, ['$.components[0].max'], /满分/],
      ['an EARNED component without max', (d) => delete d.components[1].max, ['$.components[1].max'], /上限/],
      ['a BONUS component with max', (d) => (d.components[2].max = 10), ['$.components[2].max'], /cap/],
      ['a PENALTY component with max', (d) => (d.components[3].max = 10), ['$.components[3].max'], /cap/],
      ['a cap on an EARNED component', (d) => (d.components[1].cap = { points: 10 }), ['$.components[1].cap'], /max/],
      ['a BONUS component without items', (d) => (d.components[2].items = []), ['$.components[2].items'], /至少/],
      [
        'sections of a DEDUCTED component not summing to its max',
        (d) =>
          d.components.push({
            code: 'base',
            label: '基础积分',
            kind: 'DEDUCTED',
            max: 80,
            sections: [
              { code: 'study', label: '学习', max: 30, items: [fixed('absentStudy')] },
              { code: 'discipline', label: '纪律', max: 40.5, items: [fixed('lateDues')] },
            ],
          }),
        ['$.components[4].sections'],
        /70\.5.*80/,
      ],
      [
        'sections of an EARNED component that can never fill it',
        (d) =>
          d.components.push({
            code: 'tasks',
            label: '任务',
            kind: 'EARNED',
            max: 50,
            sections: [{ code: 'a', label: '甲', max: 20, items: [fixed('taskA')] }],
          }),
        ['$.components[4].sections'],
        /拿不满/,
      ],
      [
        'two REVIEW components',
        (d) => d.components.push(review('vote1'), review('vote2')),
        ['$.components'],
        /最多一项/,
      ],
      [
        'a REVIEW component with items',
        (d) => d.components.push({ ...review('vote'), items: [fixed('x')] }),
        ['$.components[4].items'],
        /不列计分项目/,
      ],
      [
        'a REVIEW component without review',
        (d) => d.components.push({ code: 'vote', label: '评议', kind: 'REVIEW' }),
        ['$.components[4].review'],
        /review/,
      ],
      [
        'an award naming a missing component',
        (d) => (d.awards = [{ code: 'star', label: '星级党员', per: 'QUARTER', component: 'contribution' }]),
        ['$.awards[0].component'],
        /contribution/,
      ],
      [
        'an award based on a review',
        (d) => (
          d.components.push(review('vote')),
          (d.awards = [{ code: 'star', label: '星级党员', per: 'QUARTER', component: 'vote' }])
        ),
        ['$.awards[0].component'],
        /民主评议/,
      ],
      [
        'consecutive without grades',
        (d) => d.consequences.push({ code: 'TALK', label: '连续两年低于 60 分', when: { below: 60, consecutive: 2 } }),
        ['$.consequences[5].when.consecutive'],
        /grades/,
      ],
      [
        'memberKinds alone',
        (d) => d.consequences.push({ code: 'TALK', label: '谈话', when: { memberKinds: ['FULL'] } }),
        ['$.consequences[5].when'],
        /grades/,
      ],
      ['YEAR listed among the periods', (d) => (d.cycle.periods = ['QUARTER', 'YEAR']), ['$.cycle.periods[1]'], /年度/],
      ['a yearCap in a yearly scheme', (d) => (d.components[2].yearCap = 10), ['$.components[2].yearCap'], /yearCap/],
      [
        'a yearCap on an earned component of a quarterly scheme',
        (d) => {
          d.cycle.scoredPer = 'QUARTER';
          d.components[1].yearCap = 50;
        },
        ['$.components[1].yearCap'],
        /加分类/,
      ],
      [
        'a yearCap beside a PENALTY component',
        (d) => {
          d.cycle.scoredPer = 'QUARTER';
          d.components[2].yearCap = 10;
        },
        ['$.components[2].yearCap'],
        /倒扣类/,
      ],
      [
        'a weighted bonus with a yearCap',
        (d) => {
          d.cycle.scoredPer = 'QUARTER';
          d.components.pop();
          d.components[2] = { ...d.components[2], yearCap: 10, weight: 0.5 };
        },
        ['$.components[2].weight'],
        /权重应为 1/,
      ],
      [
        'a REVIEW max other than the top weight × multiplier',
        (d) => d.components.push({ ...review('vote'), max: 20 }),
        ['$.components[4].max'],
        /multiplier/,
      ],
      [
        'a floor scope on an earned component',
        (d) => (d.components[1].floor = 'CYCLE'),
        ['$.components[1].floor'],
        /倒扣类/,
      ],
      [
        'a cycle floor on a weighted component beside a PENALTY component',
        (d) => (d.components[0].floor = 'CYCLE'),
        ['$.components[0].weight', '$.components[0].floor'],
        /权重应为 1|扣分请写在倒扣类构成之内/,
      ],
      [
        'a cycle floor on a component with sections',
        (d) => {
          d.components = [
            {
              code: 'base',
              label: '基础分',
              kind: 'DEDUCTED',
              max: 10,
              floor: 'CYCLE',
              sections: [{ code: 's', label: '分项', max: 10, items: [fixed('lapse')] }],
            },
          ];
        },
        ['$.components[0].sections'],
        /不分项/,
      ],
      ['an unknown floor scope', (d) => (d.components[0].floor = 'QUARTER'), ['$.components[0].floor'], /UNIT/],
      [
        'both topShare and topRank',
        (d) => (d.eligibilities[0] = { ...d.eligibilities[0], topShare: 0.2, topRank: 3 }),
        ['$.eligibilities[0]'],
        /只能选一种/,
      ],
      [
        'a veto and a direct grade with the same code',
        (d) => {
          d.vetoes = [{ code: 'crime', label: '违法犯罪' }];
          d.directGrades = [{ code: 'crime', label: '违法犯罪', grade: 'UNQUALIFIED' }];
        },
        ['$.directGrades[0].code'],
        /crime/,
      ],
      [
        'a star rating naming a missing component',
        (d) =>
          (d.starRating = {
            baseComponents: ['daily', 'base'],
            baseFloor: 60,
            totalFloor: 80,
            levels: [{ stars: 5, share: 0.1 }],
          }),
        ['$.starRating.baseComponents[1]'],
        /base/,
      ],
    ])('%s', (_name, change, paths, message) => {
      const problems = problemsOf(broken(change));
      expect(problems.map((p) => p.path)).toEqual(paths);
      expect(problems[0].message).toMatch(message);
      for (const p of problems) expect(p.message).toMatch(CJK);
    });

    it('lists every semantic mistake of a document with several at once, each by path, in Chinese', () => {
      const doc = broken((d) => {
        d.components[2].items[0].code = 'orgLife'; // duplicate of daily's first item
        d.grading.bands[1].min = 95; // not descending
        d.grading.bands[3].min = 10; // lowest not 0
        d.directGrades = [{ code: 'expelled', label: '受到开除处分', grade: 'NONE' }]; // missing band
        d.components[0].items[1].points = { mode: 'PER_OCCURRENCE', value: 2.55 }; // two decimals
        delete d.components[0].max; // DEDUCTED without max
        d.components[2].max = 10; // BONUS with max
        d.components.push({
          code: 'base',
          label: '基础积分',
          kind: 'DEDUCTED',
          max: 80,
          sections: [
            { code: 'study', label: '学习', max: 30, items: [fixed('absentStudy')] },
            { code: 'discipline', label: '纪律', max: 40, items: [] },
          ],
        }); // sections sum to 70, not 80
        d.components.push(review('vote1'), review('vote2')); // two REVIEW components
        d.awards = [{ code: 'star', label: '当季星级党员', per: 'QUARTER', component: 'nothing' }]; // missing component
        d.consequences.push({ code: 'TALK', label: '连续两年低于 60 分', when: { below: 60, consecutive: 2 } }); // consecutive without grades
      });
      const problems = problemsOf(doc);
      expect(problems.map((p) => p.path).sort()).toEqual(
        [
          '$.components[0].max',
          '$.components[0].items[1].points.value',
          '$.components[2].max',
          '$.components[2].items[0].code',
          '$.components[4].sections',
          '$.components',
          '$.grading.bands[1].min',
          '$.grading.bands[3].min',
          '$.directGrades[0].grade',
          '$.consequences[5].when.consecutive',
          '$.awards[0].component',
        ].sort(),
      );
      for (const p of problems) expect(p.message).toMatch(CJK);
      expect(problems).toEqual(
        expect.arrayContaining([
          { path: '$.components[0].items[1].points.value', message: '分值最多一位小数（现为 2.55）' },
          { path: '$.components[4].sections', message: '各分项满分之和（70）应等于本项满分 80' },
          { path: '$.grading.bands[3].min', message: '最低一个等次的分数线应为 0，使每个分数都有等次' },
          { path: '$.directGrades[0].grade', message: '没有代码为“NONE”的等次' },
          { path: '$.awards[0].component', message: '没有代码为“nothing”的积分构成' },
        ]),
      );
    });
  });

  it.each([
    ['', '$'],
    ['/components/0/items/12/points', '$.components[0].items[12].points'],
    ['/starRating/levels/1/share', '$.starRating.levels[1].share'],
    ['/a~1b/c~0d', '$.a/b.c~d'],
  ])('toPath(%j) is %s', (pointer, path) => {
    expect(toPath(pointer)).toBe(path);
  });
});
