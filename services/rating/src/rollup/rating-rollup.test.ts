import { rollupsOf, RollupRows } from './rating-rollup';

/** Hand-worked rollups: district d, townships t (pooled at t) and u, branches t.x, t.y, u.z (labels, not ids). */
const d = 'd'.repeat(32);
const t = `${d}.${'a'.repeat(32)}`;
const u = `${d}.${'b'.repeat(32)}`;
const tx = `${t}.${'c'.repeat(32)}`;
const ty = `${t}.${'e'.repeat(32)}`;
const uz = `${u}.${'f'.repeat(32)}`;
const stars = (five: number, four: number, three: number) => ({ 5: five, 4: four, 3: three });
const none = { open: 0, overdue: 0, escalated: 0, closed: 0, withdrawn: 0 };

const rows: RollupRows = {
  branches: [
    {
      path: tx,
      rated: 3,
      exempt: 1,
      totalTenths: 2465,
      stars: stars(1, 0, 1),
      grades: [
        { code: 'GOOD', name: '好', count: 2 },
        { code: 'BAD', name: '差', count: 1 },
      ],
    },
    {
      path: ty,
      rated: 1,
      exempt: 0,
      totalTenths: 700,
      stars: stars(0, 1, 0),
      grades: [{ code: 'BAD', name: '差', count: 1 }],
    },
    { path: uz, rated: 0, exempt: 2, totalTenths: 0, stars: stars(0, 0, 0), grades: [] },
  ],
  periods: [
    { period: '2025-H2', path: t, rated: 4, totalTenths: 3165, stars: stars(1, 1, 1), warned: 1 },
    { period: '2025-H2', path: u, rated: 0, totalTenths: 0, stars: stars(0, 0, 0), warned: 0 },
    { period: '2025-H1', path: t, rated: 2, totalTenths: 1501, stars: stars(0, 0, 0), warned: 0 },
  ],
  units: [
    { path: t, places: stars(1, 1, 1), overflow: stars(0, 1, 0) },
    { path: uz, places: stars(0, 0, 1), overflow: stars(0, 0, 0) },
  ],
  warnings: [
    { path: tx, ...none, open: 2, overdue: 1 },
    { path: uz, ...none, closed: 1 },
  ],
};

describe('rollups of a batch of nodes from branch rows', () => {
  const [district, township, branch] = rollupsOf(
    [
      { id: 'D', path: d },
      { id: 'T', path: t },
      { id: 'X', path: tx },
    ],
    '2025-H2',
    rows,
  );

  it.each([
    [
      'the district',
      () => district,
      {
        rated: 4,
        exempt: 3,
        meanTotal: 79.1,
        pooledAbove: false,
        warnings: { open: 2, overdue: 1, escalated: 0, closed: 1 },
      },
    ],
    [
      'a township pooling its branches',
      () => township,
      {
        rated: 4,
        exempt: 1,
        meanTotal: 79.1,
        pooledAbove: false,
        warnings: { open: 2, overdue: 1, escalated: 0, closed: 0 },
      },
    ],
    [
      'a branch in the pool',
      () => branch,
      {
        rated: 3,
        exempt: 1,
        meanTotal: 82.2,
        pooledAbove: true,
        warnings: { open: 2, overdue: 1, escalated: 0, closed: 0 },
      },
    ],
  ])('adds up %s', (_, rollup, figures) => {
    expect(rollup()).toMatchObject({ period: '2025-H2', ...figures });
  });

  it('counts places where the unit is, and marks the pool on the children of the node that holds it', () => {
    expect(district.stars.map((s) => [s.stars, s.places, s.taken, s.overflow])).toEqual([
      [5, 1, 1, 0],
      [4, 1, 1, 1],
      [3, 2, 1, 0],
    ]);
    expect(district.children.map((c) => [c.rated, c.pooledAbove, c.stars[2].places])).toEqual([
      [4, false, 1],
      [0, false, 1],
    ]);
    expect(township.children.map((c) => [c.rated, c.pooledAbove, c.stars[0].places])).toEqual([
      [3, true, 0],
      [1, true, 0],
    ]);
    expect(branch.stars.map((s) => s.places)).toEqual([0, 0, 0]);
    expect(branch.children).toEqual([]);
  });

  it('orders grades by count, then code, and the trend oldest first', () => {
    expect(district.grades).toEqual([
      { code: 'BAD', name: '差', count: 2 },
      { code: 'GOOD', name: '好', count: 2 },
    ]);
    expect(district.trend).toEqual([
      { period: '2025-H1', rated: 2, meanTotal: 75.1, fiveStars: 0, fourStars: 0, threeStars: 0, warned: 0 },
      { period: '2025-H2', rated: 4, meanTotal: 79.1, fiveStars: 1, fourStars: 1, threeStars: 1, warned: 1 },
    ]);
    expect(branch.trend).toEqual([]);
  });
});
