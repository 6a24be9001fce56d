import { RatingErrorCode } from '../rating-error';
import { AllocationRules, StarCandidate } from './allocation-types';
import { allocateStars, DEFAULT_ALLOCATION_RULES } from './star-allocation';

const member = (
  memberId: string,
  name: string,
  total: number,
  base: number,
  barred: string | null = null,
): StarCandidate => ({
  memberId,
  name,
  total,
  base,
  starPoints: Math.round((total - base) * 10) / 10,
  barred,
});

/** `count` members well below the floors, to make the denominator up. */
const fillers = (count: number): StarCandidate[] =>
  Array.from({ length: count }, (_, i) => member(`z${String(i).padStart(2, '0')}`, `群众${i + 1}`, 40 + i, 40));

const rules = (overrides: Partial<AllocationRules> = {}): AllocationRules => ({
  ...DEFAULT_ALLOCATION_RULES,
  ...overrides,
});

const starsOf = (allocation: ReturnType<typeof allocateStars>): Record<string, number | null> =>
  Object.fromEntries(allocation.placements.map((p) => [p.memberId, p.stars]));

const placementOf = (allocation: ReturnType<typeof allocateStars>, memberId: string) => {
  const found = allocation.placements.find((p) => p.memberId === memberId);
  if (found === undefined) throw new Error(`no placement for ${memberId}`);
  return found;
};

describe('allocateStars: the worked example of DOMAIN.md', () => {
  const eligible = [
    member('e01', '张一', 98, 60),
    member('e02', '张二', 95, 60),
    member('e03', '张三', 91, 62),
    member('e04', '张四', 90.5, 60),
    member('e05', '张五', 88, 58),
    member('e06', '张六', 86, 55),
    member('e07', '张七', 84, 55),
    member('e08', '张八', 80, 52),
    member('e09', '张九', 78, 51),
    member('e10', '张十', 75, 50),
    member('e11', '张十一', 70, 50),
  ];
  const ineligible = [
    member('x01', '王五', 89, 49),
    member('x02', '王六', 69.9, 55),
    member('x03', '王七', 69, 60),
    member('x04', '王八', 65, 55),
    member('x05', '王九', 60, 50),
    member('x06', '王十', 55, 45),
    member('x07', '李一', 50, 40),
    member('x08', '李二', 45, 40),
    member('x09', '李三', 30, 20),
  ];
  const allocation = allocateStars([...ineligible, ...eligible].reverse(), DEFAULT_ALLOCATION_RULES);

  it('has 2, 3 and 4 places and fills them all', () => {
    expect(allocation.count).toBe(20);
    expect(allocation.levels).toEqual([
      {
        stars: 5,
        percent: 10,
        count: 20,
        exact: 2,
        places: 2,
        explanation: '20 人 × 10% = 2 人，四舍五入为 2 个名额',
        taken: 2,
        overflow: 0,
        unused: 0,
      },
      {
        stars: 4,
        percent: 15,
        count: 20,
        exact: 3,
        places: 3,
        explanation: '20 人 × 15% = 3 人，四舍五入为 3 个名额',
        taken: 3,
        overflow: 0,
        unused: 0,
      },
      {
        stars: 3,
        percent: 20,
        count: 20,
        exact: 4,
        places: 4,
        explanation: '20 人 × 20% = 4 人，四舍五入为 4 个名额',
        taken: 4,
        overflow: 0,
        unused: 0,
      },
    ]);
    expect(allocation.ties).toEqual([]);
  });

  it('gives the eleven eligible 2 + 3 + 4 stars in ranking order and nothing to the last two', () => {
    expect(allocation.placements.map((p) => [p.memberId, p.stars, p.rank])).toEqual([
      ['e01', 5, 1],
      ['e02', 5, 2],
      ['e03', 4, 3],
      ['e04', 4, 4],
      ['e05', 4, 5],
      ['e06', 3, 6],
      ['e07', 3, 7],
      ['e08', 3, 8],
      ['e09', 3, 9],
      ['e10', null, 10],
      ['e11', null, 11],
      ...ineligible.map((c) => [c.memberId, null, null]),
    ]);
    expect(new Set(allocation.placements.map((p) => p.eligibleCount))).toEqual(new Set([11]));
  });

  it('explains an eligible member', () => {
    expect(placementOf(allocation, 'e03')).toMatchObject({
      floors: { base: { value: 62, floor: 50, met: true }, total: { value: 91, floor: 70, met: true } },
      tie: null,
      explanation: [
        '共性分 62 分 ≥ 50 分，总分 91 分 ≥ 70 分，符合评星条件',
        '在符合评星条件的 11 人中排第 3 名',
        '四星名额：20 人 × 15% = 3 人，四舍五入为 3 个',
        '获评四星',
      ],
    });
    expect(placementOf(allocation, 'e01').explanation).toContain('五星名额：20 人 × 10% = 2 人，四舍五入为 2 个');
    expect(placementOf(allocation, 'e04').explanation[0]).toBe(
      '共性分 60 分 ≥ 50 分，总分 90.5 分 ≥ 70 分，符合评星条件',
    );
    expect(placementOf(allocation, 'e10').explanation).toEqual([
      '共性分 50 分 ≥ 50 分，总分 75 分 ≥ 70 分，符合评星条件',
      '在符合评星条件的 11 人中排第 10 名',
      '排名在前的成员已占满各级名额（五星 2 个、四星 3 个、三星 4 个）',
      '未获评星级',
    ]);
  });

  it('gives nothing to total 89 with base 49 and says the base floor was missed', () => {
    const wang = placementOf(allocation, 'x01');
    expect(wang).toMatchObject({
      stars: null,
      rank: null,
      floors: { base: { value: 49, floor: 50, met: false }, total: { value: 89, floor: 70, met: true } },
    });
    expect(wang.explanation[0]).toContain('共性分 49 分，低于 50 分');
    expect(wang.explanation).toEqual(['共性分 49 分，低于 50 分；总分 89 分 ≥ 70 分；不符合评星条件', '未获评星级']);
    expect(placementOf(allocation, 'x02').explanation[0]).toBe(
      '共性分 55 分 ≥ 50 分；总分 69.9 分，低于 70 分；不符合评星条件',
    );
  });
});

describe('allocateStars: rounding', () => {
  const thirteen = [member('a', '甲', 95, 60), member('b', '乙', 94, 60), member('c', '丙', 93, 60), ...fillers(10)];
  it.each([
    ['HALF_UP', 2, { a: 5, b: 5, c: 4 }],
    ['DOWN', 1, { a: 5, b: 4, c: 3 }],
    ['UP', 2, { a: 5, b: 5, c: 4 }],
  ] as const)('13 members × 15%% five-star, %s → %i places', (rounding, places, stars) => {
    const allocation = allocateStars(thirteen, rules({ rounding, shares: { 5: 15, 4: 10, 3: 10 } }));
    expect(allocation.levels[0]).toMatchObject({ exact: 1.95, places });
    expect(starsOf(allocation)).toMatchObject(stars);
  });

  it.each([
    ['HALF_UP', 1, 5],
    ['DOWN', 0, 4],
  ] as const)('5 members × 10%%, %s → %i five-star places', (rounding, places, topStars) => {
    const five = [member('a', '甲', 95, 60), ...fillers(4)];
    const allocation = allocateStars(five, rules({ rounding, shares: { 5: 10, 4: 20, 3: 20 } }));
    expect(allocation.levels[0]).toMatchObject({ exact: 0.5, places });
    expect(placementOf(allocation, 'a').stars).toBe(topStars);
  });
});

describe('allocateStars: ties at a cut-off', () => {
  // 10 members: five 1 place, four 2 places (1.5 half up), three 2 places.
  const unit = (...top: StarCandidate[]) => [
    ...top,
    member('d', '丁一', 80, 55),
    member('e', '戊一', 79, 55),
    member('f', '己一', 78, 55),
    ...fillers(10 - top.length - 3),
  ];

  it('breaks a tie on total at the five-star cut-off by the higher base', () => {
    const allocation = allocateStars(
      unit(member('b', '李四', 88, 60), member('a', '张三', 88, 62)),
      DEFAULT_ALLOCATION_RULES,
    );
    expect(starsOf(allocation)).toMatchObject({ a: 5, b: 4, d: 4, e: 3, f: 3 });
    expect(allocation.ties).toEqual([]);
    expect(placementOf(allocation, 'a').explanation).toContain(
      '与李四总分同为 88 分，按共性分较高者优先（62 分对 60 分），排在李四之前',
    );
    expect(placementOf(allocation, 'b').explanation).toContain(
      '与张三总分同为 88 分，按共性分较高者优先（60 分对 62 分），排在张三之后',
    );
    expect(placementOf(allocation, 'b').rank).toBe(2);
  });

  it('goes on to star points when the base is the same too', () => {
    const allocation = allocateStars(
      unit(member('a', '张三', 88, 60), { ...member('b', '李四', 88, 60), starPoints: 27 }),
      DEFAULT_ALLOCATION_RULES,
    );
    expect(starsOf(allocation)).toMatchObject({ a: 5, b: 4 });
    expect(placementOf(allocation, 'a').explanation).toContain(
      '与李四总分同为 88 分，共性分同为 60 分，按评星分较高者优先（28 分对 27 分），排在李四之前',
    );
  });

  it('follows the tie-breakers in the order the policy names', () => {
    const a = member('a', '张三', 88, 62); // star points 26
    const b = member('b', '李四', 88, 60); // star points 28
    const allocation = allocateStars(unit(a, b), rules({ tieBreakers: ['STAR_POINTS', 'BASE'] }));
    expect(starsOf(allocation)).toMatchObject({ a: 4, b: 5 });
    expect(placementOf(allocation, 'b').explanation).toContain(
      '与张三总分同为 88 分，按评星分较高者优先（28 分对 26 分），排在张三之前',
    );
  });

  const tiedPair = () => unit(member('b', '李四', 88, 60), member('a', '张三', 88, 60));

  it('lets a group tied on everything all take the level under ALL_TAKE, and reports the overflow', () => {
    const allocation = allocateStars(tiedPair(), DEFAULT_ALLOCATION_RULES);
    expect(starsOf(allocation)).toMatchObject({ a: 5, b: 5, d: 4, e: 4, f: 3 });
    expect(allocation.levels.map((l) => [l.places, l.taken, l.overflow, l.unused])).toEqual([
      [1, 2, 1, 0],
      [2, 2, 0, 0],
      [2, 1, 0, 1],
    ]);
    const tie = {
      stars: 5,
      memberIds: ['a', 'b'],
      placesLeft: 1,
      outcome: 'ALL_TAKE',
      explanation:
        '张三、李四总分同为 88 分，共性分同为 60 分，评星分同为 28 分，各项均相同；五星仅剩 1 个名额，按规则 2 人并列获评五星，五星超出名额 1 人',
    };
    expect(allocation.ties).toEqual([tie]);
    expect(placementOf(allocation, 'a')).toMatchObject({ rank: 1, tie });
    expect(placementOf(allocation, 'b')).toMatchObject({ rank: 1, tie });
    expect(placementOf(allocation, 'd').rank).toBe(3);
    expect(placementOf(allocation, 'a').explanation).toContain('在符合评星条件的 5 人中并列第 1 名');
    expect(placementOf(allocation, 'a').explanation).toContain(
      '与李四各项均相同，五星仅剩 1 个名额，按规则并列获评五星，五星超出名额 1 人',
    );
  });

  it('leaves the place unused under NONE_TAKE and considers the group for four stars', () => {
    const allocation = allocateStars(tiedPair(), rules({ stillTied: 'NONE_TAKE' }));
    expect(starsOf(allocation)).toMatchObject({ a: 4, b: 4, d: 3, e: 3, f: null });
    expect(allocation.levels.map((l) => [l.places, l.taken, l.overflow, l.unused])).toEqual([
      [1, 0, 0, 1],
      [2, 2, 0, 0],
      [2, 2, 0, 0],
    ]);
    expect(allocation.ties).toEqual([
      {
        stars: 5,
        memberIds: ['a', 'b'],
        placesLeft: 1,
        outcome: 'NONE_TAKE',
        explanation:
          '张三、李四总分同为 88 分，共性分同为 60 分，评星分同为 28 分，各项均相同；五星仅剩 1 个名额，按规则 2 人均不获评五星，1 个名额空缺，2 人转入四星评定',
      },
    ]);
    expect(placementOf(allocation, 'a').explanation).toContain(
      '与李四各项均相同，五星仅剩 1 个名额，按规则均不获评五星，转入四星评定',
    );
    expect(placementOf(allocation, 'f').explanation).toContain(
      '排名在前的成员已占满各级名额（五星 1 个、四星 2 个、三星 2 个），因并列空出的名额不再授予排名在后者',
    );
  });

  it('applies NONE_TAKE again at the next level down', () => {
    const three = unit(member('a', '张三', 88, 60), member('b', '李四', 88, 60), member('c', '王五', 88, 60));
    const allocation = allocateStars(three, rules({ stillTied: 'NONE_TAKE', shares: { 5: 10, 4: 20, 3: 30 } }));
    expect(starsOf(allocation)).toMatchObject({ a: 3, b: 3, c: 3, d: null });
    expect(allocation.ties.map((t) => [t.stars, t.placesLeft, t.outcome])).toEqual([
      [5, 1, 'NONE_TAKE'],
      [4, 2, 'NONE_TAKE'],
    ]);
    expect(placementOf(allocation, 'a').tie).toBe(allocation.ties[1]);
    expect(allocation.levels.map((l) => l.unused)).toEqual([1, 2, 0]);
  });

  it('does not report a tied group that fits in the places left', () => {
    const allocation = allocateStars(tiedPair(), rules({ shares: { 5: 20, 4: 15, 3: 20 } }));
    expect(starsOf(allocation)).toMatchObject({ a: 5, b: 5, d: 4 });
    expect(allocation.ties).toEqual([]);
  });
});

describe('allocateStars: other cases', () => {
  it('gives a barred member nothing, but counts them in the denominator', () => {
    const allocation = allocateStars(
      [member('a', '张三', 99, 65, '一票否决：违反政治纪律'), member('b', '李四', 90, 60), ...fillers(8)],
      DEFAULT_ALLOCATION_RULES,
    );
    expect(allocation.count).toBe(10);
    expect(starsOf(allocation)).toMatchObject({ a: null, b: 5 });
    expect(placementOf(allocation, 'a')).toMatchObject({
      rank: null,
      eligibleCount: 1,
      explanation: ['不参加评星：一票否决：违反政治纪律', '未获评星级'],
    });
    expect(placementOf(allocation, 'b').rank).toBe(1);
  });

  it('handles zero candidates', () => {
    const allocation = allocateStars([], DEFAULT_ALLOCATION_RULES);
    expect(allocation).toMatchObject({ count: 0, placements: [], ties: [] });
    expect(allocation.levels.map((l) => [l.stars, l.places, l.taken])).toEqual([
      [5, 0, 0],
      [4, 0, 0],
      [3, 0, 0],
    ]);
  });

  it('skips a level with a 0% share', () => {
    const allocation = allocateStars(
      [member('a', '张三', 95, 60), member('b', '李四', 90, 60), ...fillers(8)],
      rules({ shares: { 5: 0, 4: 10, 3: 10 } }),
    );
    expect(starsOf(allocation)).toMatchObject({ a: 4, b: 3 });
    expect(allocation.levels[0]).toMatchObject({
      places: 0,
      taken: 0,
      explanation: '10 人 × 0% = 0 人，四舍五入为 0 个名额',
    });
    expect(allocation.ties).toEqual([]);
  });

  it('says so when every level has 0 places', () => {
    const allocation = allocateStars([member('a', '张三', 95, 60)], rules({ shares: { 5: 0, 4: 0, 3: 0 } }));
    expect(placementOf(allocation, 'a').explanation.slice(-2)).toEqual(['各级名额均为 0 个', '未获评星级']);
  });

  it('compares the floors in tenths', () => {
    const allocation = allocateStars(
      [member('a', '张三', 0.1 + 0.2 + 69.7, 50), member('b', '李四', 80, 49.9)],
      rules({ shares: { 5: 50, 4: 50, 3: 0 } }),
    );
    expect(placementOf(allocation, 'a').floors.total.met).toBe(true);
    expect(placementOf(allocation, 'b').floors.base.met).toBe(false);
  });

  it('refuses shares over 100% and duplicate members', () => {
    expect(() => allocateStars([], rules({ shares: { 5: 50, 4: 30, 3: 30 } }))).toThrow(
      expect.objectContaining({ code: RatingErrorCode.INVALID_QUOTA_POLICY }),
    );
    expect(() =>
      allocateStars([member('a', '张三', 90, 60), member('a', '张三', 90, 60)], DEFAULT_ALLOCATION_RULES),
    ).toThrow(RangeError);
  });
});
