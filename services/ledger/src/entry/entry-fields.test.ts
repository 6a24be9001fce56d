import { checkFacts, EntryFact, HONOUR_LEVELS, RuleDocument, templateByCode } from '@jifen/rules';
import fc from 'fast-check';
import {
  checkEntryFields,
  describeEntryFields,
  EntryFields,
  findItem,
  findItemByCodeOrLabel,
  HONOUR_LEVEL_LABELS,
  itemList,
  itemPlaces,
  normalizeEntryFields,
} from './entry-fields';

const TODAY = '2024-06-30';
const rules = (code: string): RuleDocument => {
  const template = templateByCode(code);
  if (!template) throw new Error(`no template ${code}`);
  return template.rules;
};

/** T7: dues (每次 1 分), theoryEssay (酌情 ≤ 4, 牵头 × 2). */
const town = rules('town-attendance');
/** T3: experienceAdopted (按级别 国家级…县级, 科室平分), innovationAward (国家级、省级、市级). */
const culture = rules('culture-bureau');
/** T2: honour (按级别, 同一事项只计最高级别), studyLapse (in a section); `article` made per-article (每篇 2 分), as the seed words it. */
const office: RuleDocument = (() => {
  const doc = structuredClone(rules('district-office'));
  const reward = doc.components.find((c) => c.code === 'reward')!;
  reward.items = reward.items!.map((i) =>
    i.code === 'article' ? { ...i, points: { mode: 'PER_QUANTITY', value: 2, unit: '篇' } } : i,
  );
  return doc;
})();

const problems = (doc: RuleDocument, fields: Partial<EntryFields> & { item: string }) =>
  checkEntryFields(doc, { occurredOn: '2024-03-05', ...fields }, TODAY);

describe('findItem', () => {
  it('finds an item of a component with its component', () => {
    const place = findItem(town, 'dues')!;
    expect(place.item.label).toBe('每月足额缴纳一次党费');
    expect(place.component.code).toBe('base');
    expect(place.section).toBeNull();
  });

  it('finds an item of a section with its section', () => {
    const place = findItem(office, 'studyLapse')!;
    expect(place.component.code).toBe('daily');
    expect(place.section).toEqual({ code: 'study', label: '带头学习提高' });
  });

  it('gives null for an unknown code', () => {
    expect(findItem(town, 'nothing')).toBeNull();
  });
});

describe('findItemByCodeOrLabel', () => {
  it('finds by code and by label, trimmed', () => {
    expect(findItemByCodeOrLabel(town, ' dues ')!.item.code).toBe('dues');
    expect(findItemByCodeOrLabel(town, '  每季度参加一次党课 ')!.item.code).toBe('partyLecture');
  });

  it('gives null for nothing, for blank text and for a label two items share', () => {
    const twice = structuredClone(town);
    twice.components[0].items!.push({
      code: 'dues2',
      label: '每月足额缴纳一次党费',
      points: { mode: 'PER_OCCURRENCE', value: 1 },
    });
    expect(findItemByCodeOrLabel(town, '不存在的项目')).toBeNull();
    expect(findItemByCodeOrLabel(town, '  ')).toBeNull();
    expect(findItemByCodeOrLabel(twice, '每月足额缴纳一次党费')).toBeNull();
    expect(findItemByCodeOrLabel(twice, 'dues2')!.item.code).toBe('dues2');
  });
});

describe('checkEntryFields', () => {
  it('accepts good fields of every mode', () => {
    expect(problems(town, { item: 'dues' })).toEqual([]);
    expect(problems(town, { item: 'theoryEssay', points: 3.5, leading: true })).toEqual([]);
    expect(problems(culture, { item: 'experienceAdopted', level: 'CITY', contributors: 3 })).toEqual([]);
    expect(problems(office, { item: 'article', quantity: 2 })).toEqual([]);
    expect(problems(office, { item: 'honour', level: 'COUNTY', matter: '优秀共产党员' })).toEqual([]);
    expect(problems(town, { item: 'dues', occurredOn: TODAY, note: '一'.repeat(500) })).toEqual([]);
  });

  it('refuses an unknown or missing item', () => {
    expect(problems(town, { item: 'nothing' })).toEqual([
      { field: 'item', message: `方案中没有代码为“nothing”的项目，本方案的项目有：${itemList(town)}` },
    ]);
    // The valid items by their Chinese labels, each with the code the API takes.
    expect(itemList(town)).toMatch(/^每月足额缴纳一次党费（dues）；每月参加一次党员活动日（activityDay）；/);
    expect(itemList(town).split('；')).toHaveLength(itemPlaces(town).length);
    expect(problems(town, { item: ' ' })).toEqual([{ field: 'item', message: '要填写项目' }]);
  });

  it.each([
    ['', '要填写发生日期'],
    ['2024-02-30', '发生日期“2024-02-30”无效，应为实际存在的日期，格式 YYYY-MM-DD'],
    ['2024/3/5', '发生日期“2024/3/5”无效，应为实际存在的日期，格式 YYYY-MM-DD'],
    ['2024-07-01', '发生日期 2024-07-01 晚于今天（2024-06-30），只能登记已经发生的事'],
  ])('refuses the date “%s”', (occurredOn, message) => {
    expect(problems(town, { item: 'dues', occurredOn })).toEqual([{ field: 'occurredOn', message }]);
  });

  it('still checks the date and note of an unknown item', () => {
    expect(
      problems(town, { item: 'nothing', occurredOn: '2025-01-01', note: '一'.repeat(501) }).map((p) => p.field),
    ).toEqual(['item', 'occurredOn', 'note']);
  });

  it('refuses a note over 500 characters', () => {
    expect(problems(town, { item: 'dues', note: `${'说'.repeat(501)}  ` })).toEqual([
      { field: 'note', message: '说明不能超过 500 字（现有 501 字）' },
    ]);
  });

  describe('PER_QUANTITY', () => {
    const message =
      '“在刊物发表调研文章、学术报告、专题消息、通讯等（市级以上每篇 2 分，区级每篇 1 分）”按篇计分，要填写数量：大于 0，不超过 10000，最多一位小数';
    it.each([
      [undefined],
      [null],
      [0],
      [-1],
      [1.25],
      [1e-9],
      [0.04],
      [10000.1],
      [1e12],
      [Number.NaN],
      [Number.POSITIVE_INFINITY],
    ])('refuses the quantity %p', (quantity) => {
      expect(problems(office, { item: 'article', quantity })).toEqual([{ field: 'quantity', message }]);
    });
    it('accepts one decimal', () => {
      expect(problems(office, { item: 'article', quantity: 0.5 })).toEqual([]);
    });
    it('refuses a quantity on an item that does not count one', () => {
      expect(problems(town, { item: 'dues', quantity: 2 })).toEqual([
        { field: 'quantity', message: '“每月足额缴纳一次党费”不按数量计分，不用填写数量' },
      ]);
    });
  });

  describe('BY_LEVEL', () => {
    const label = '“在上级业务部门创新成果评选中获奖”';
    it('needs a level and lists the allowed ones', () => {
      expect(problems(culture, { item: 'innovationAward' })).toEqual([
        { field: 'level', message: `${label}按级别计分，要填写级别：国家级、省级、市级` },
      ]);
    });
    it('refuses a level the item does not count', () => {
      expect(problems(culture, { item: 'innovationAward', level: 'COUNTY' })).toEqual([
        { field: 'level', message: `${label}不计县级，只计：国家级、省级、市级` },
      ]);
    });
    it('refuses a level that does not exist', () => {
      expect(problems(culture, { item: 'innovationAward', level: 'GALACTIC' as never })).toEqual([
        { field: 'level', message: `级别“GALACTIC”无效，${label}可填：国家级、省级、市级` },
      ]);
    });
    it('refuses a level on an item not counted by level', () => {
      expect(problems(town, { item: 'dues', level: 'CITY' })).toEqual([
        { field: 'level', message: '“每月足额缴纳一次党费”不按级别计分，不用填写级别' },
      ]);
    });
    it('labels every level', () => {
      expect(HONOUR_LEVELS.map((l) => HONOUR_LEVEL_LABELS[l])).toEqual([
        '国家级',
        '省级',
        '市级',
        '县级',
        '乡镇级',
        '单位',
        '支部',
      ]);
    });
  });

  describe('DISCRETIONARY', () => {
    const message =
      '“撰写一篇理论学习心得（根据撰写的篇数、质量打分）”由支部酌情定分，要填写分值：大于 0，不超过 4，最多一位小数';
    it.each([[undefined], [null], [0], [-1], [4.1], [1.25], [1e-9], [0.04]])(
      'refuses the points %p (the engine refuses 0 too, and 1e-9 is 0.0 once stored)',
      (points) => {
        expect(problems(town, { item: 'theoryEssay', points })).toEqual([{ field: 'points', message }]);
      },
    );
    it('accepts the maximum and one decimal', () => {
      expect(problems(town, { item: 'theoryEssay', points: 4 })).toEqual([]);
      expect(problems(town, { item: 'theoryEssay', points: 0.1 })).toEqual([]);
    });
    it('refuses points on an item whose points the rules give', () => {
      expect(problems(town, { item: 'dues', points: 1 })).toEqual([
        { field: 'points', message: '“每月足额缴纳一次党费”的分值由规则确定，不能填写' },
      ]);
    });
  });

  describe('leading', () => {
    it('is allowed where the item multiplies for it', () => {
      expect(problems(town, { item: 'theoryEssay', points: 2, leading: true })).toEqual([]);
    });
    it('is refused elsewhere when set, ignored when 否', () => {
      expect(problems(town, { item: 'dues', leading: true })).toEqual([
        { field: 'leading', message: '“每月足额缴纳一次党费”没有牵头（带头、组织）加分的规定，不能填写牵头' },
      ]);
      expect(problems(town, { item: 'dues', leading: false })).toEqual([]);
    });
  });

  describe('contributors', () => {
    it.each([[0], [1.5], [101], [-2]])('refuses %p (1 to 100, as the engine)', (contributors) => {
      expect(problems(culture, { item: 'experienceAdopted', level: 'CITY', contributors })).toEqual([
        { field: 'contributors', message: '参与单位数应为 1 到 100 的整数' },
      ]);
    });
    it('may be left out (one contributor)', () => {
      expect(problems(culture, { item: 'experienceAdopted', level: 'CITY' })).toEqual([]);
    });
    it('is refused where the item is not shared', () => {
      expect(problems(culture, { item: 'innovationAward', level: 'CITY', contributors: 2 })).toEqual([
        { field: 'contributors', message: '“在上级业务部门创新成果评选中获奖”不由多个单位平分，不用填写参与单位数' },
      ]);
    });
  });

  describe('matter', () => {
    const message =
      '“年内个人受到表彰（市级及以上 5 分、区级 4 分、所在党工委 3 分、所在党支部 2 分）”同一事项只计最高级别，要填写事项（如表彰名称），以便合并同一事项的不同级别';
    it.each([[undefined], [null], ['   ']])(
      'is required where only the highest level per matter counts: %p',
      (matter) => {
        expect(problems(office, { item: 'honour', level: 'CITY', matter })).toEqual([{ field: 'matter', message }]);
      },
    );
    it('is refused where the item does not merge matters', () => {
      expect(problems(town, { item: 'dues', matter: '某事' })).toEqual([
        { field: 'matter', message: '“每月足额缴纳一次党费”不按事项合并计分，不用填写事项（可写在说明里）' },
      ]);
    });
    it('is at most 200 characters', () => {
      expect(problems(office, { item: 'honour', level: 'CITY', matter: '事'.repeat(201) })).toEqual([
        { field: 'matter', message: '事项不能超过 200 字' },
      ]);
    });
  });
});

describe('normalizeEntryFields', () => {
  it('keeps only what the item uses and trims the text', () => {
    const all: EntryFields = {
      item: ' honour ',
      occurredOn: '2024-03-05',
      quantity: 2,
      level: 'CITY',
      points: 3,
      leading: true,
      contributors: 2,
      matter: ' 优秀党员 ',
      note: '  ',
    };
    expect(normalizeEntryFields(office, all)).toEqual({
      item: 'honour',
      occurredOn: '2024-03-05',
      quantity: null,
      level: 'CITY',
      points: null,
      leading: null,
      contributors: null,
      matter: '优秀党员',
      note: null,
    });
    expect(normalizeEntryFields(town, { ...all, item: 'theoryEssay', leading: undefined, note: ' 好 ' })).toEqual({
      item: 'theoryEssay',
      occurredOn: '2024-03-05',
      quantity: null,
      level: null,
      points: 3,
      leading: false,
      contributors: null,
      matter: null,
      note: '好',
    });
    expect(normalizeEntryFields(culture, { ...all, item: 'experienceAdopted' })).toMatchObject({
      level: 'CITY',
      contributors: 2,
      matter: null,
    });
    expect(normalizeEntryFields(office, { ...all, item: 'article', quantity: 0.1 + 0.2 })).toMatchObject({
      quantity: 0.3,
      level: null,
    });
  });
});

describe('describeEntryFields', () => {
  it('summarises what the item uses', () => {
    expect(
      describeEntryFields(office, {
        item: 'article',
        occurredOn: '2024-03-05',
        quantity: 2,
        level: 'CITY',
        note: '党建论文',
      }),
    ).toBe('数量 2 篇；说明：党建论文');
    expect(
      describeEntryFields(culture, {
        item: 'experienceAdopted',
        occurredOn: '2024-03-05',
        level: 'CITY',
        contributors: 3,
      }),
    ).toBe('级别 市级；3 个单位共享');
    expect(describeEntryFields(town, { item: 'theoryEssay', occurredOn: '2024-03-05', points: 3, leading: true })).toBe(
      '分值 3；牵头',
    );
    expect(
      describeEntryFields(office, {
        item: 'honour',
        occurredOn: '2024-03-05',
        level: 'COUNTY',
        matter: '优秀共产党员',
      }),
    ).toBe('级别 县级；事项：优秀共产党员');
    expect(describeEntryFields(town, { item: 'dues', occurredOn: '2024-03-05' })).toBe('');
  });

  it('shortens a long note', () => {
    expect(describeEntryFields(town, { item: 'dues', occurredOn: '2024-03-05', note: '长'.repeat(60) })).toBe(
      `说明：${'长'.repeat(50)}…`,
    );
  });
});

describe('agreement with the engine', () => {
  const docs = [
    town,
    culture,
    office,
    ...['pioneer-index', 'enterprise-quarterly', 'college-branch', 'finance-bureau', 'district-star-rating'].map(rules),
  ];
  const toFact = (f: EntryFields): EntryFact => {
    const fact: EntryFact = { id: 'e1', item: f.item, date: f.occurredOn };
    if (f.quantity !== null && f.quantity !== undefined) fact.quantity = f.quantity;
    if (f.level) fact.level = f.level;
    if (f.points !== null && f.points !== undefined) fact.points = f.points;
    if (f.leading !== null && f.leading !== undefined) fact.leading = f.leading;
    if (f.contributors !== null && f.contributors !== undefined) fact.contributors = f.contributors;
    if (f.matter) fact.matter = f.matter;
    return fact;
  };
  const engineProblems = (doc: RuleDocument, f: EntryFields) =>
    checkFacts(doc, { period: '2024', asOf: TODAY, memberKind: 'FULL', entries: [toFact(f)] }).filter((p) =>
      p.path.startsWith('entries'),
    );

  const maybe = <T>(arb: fc.Arbitrary<T>) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 2, arbitrary: arb },
    );
  const fieldsFor = (doc: RuleDocument) =>
    fc.record({
      item: fc.constantFrom(...itemPlaces(doc).map((p) => p.item.code)),
      occurredOn: fc.constantFrom('2024-03-05', '2024-06-30', '2024-07-01', '2024-02-30'),
      quantity: maybe(fc.constantFrom(0, 1, 1.5, 1.25, -1)),
      level: maybe(fc.constantFrom(...HONOUR_LEVELS)),
      points: maybe(fc.constantFrom(0.5, 2, 4, 10, 100, 0, 4.05, 101, -1)),
      leading: maybe(fc.boolean()),
      contributors: maybe(fc.constantFrom(0, 1, 2, 2.5, 100, 101)),
      matter: maybe(fc.constantFrom('', ' ', '表彰甲')),
    });

  it.each(docs.map((d) => [d.name, d] as const))(
    'an entry accepted under %s is accepted by checkFacts, as given and as stored',
    (_name, doc) => {
      let accepted = 0;
      fc.assert(
        fc.property(fieldsFor(doc), (fields) => {
          if (checkEntryFields(doc, fields, TODAY).length > 0) return;
          accepted += 1;
          expect(engineProblems(doc, fields)).toEqual([]);
          expect(engineProblems(doc, normalizeEntryFields(doc, fields))).toEqual([]);
        }),
        { numRuns: 2000, seed: 20240630 },
      );
      expect(accepted).toBeGreaterThan(5);
    },
  );
});
