import { childPath, idOfLabel, idsOnPath, labelOf, nearestInForce, outermostPaths, pathAndAncestors } from './org-path';

const D = '11111111-1111-4111-8111-111111111111';
const T = '22222222-2222-4222-8222-222222222222';
const B = '33333333-3333-4333-8333-333333333333';
const path = childPath(childPath(childPath(null, D), T), B);

describe('organisation paths', () => {
  it('round-trips ids through ltree labels', () => {
    expect(labelOf(D)).toBe('11111111111141118111111111111111');
    expect(idOfLabel(labelOf(T))).toBe(T);
    expect(idsOnPath(path)).toEqual([D, T, B]);
  });
});

describe('nearestInForce: the setting of the node or its nearest ancestor, in force on the day', () => {
  type S = { org: string; from: string; name: string };
  const settings: S[] = [
    { org: D, from: '2026-01-01', name: 'district 2026' },
    { org: D, from: '2025-01-01', name: 'district 2025' },
    { org: T, from: '2026-07-01', name: 'township from July' },
    { org: '44444444-4444-4444-8444-444444444444', from: '2020-01-01', name: 'elsewhere' },
  ];
  it.each([
    ['2024-12-31', null],
    ['2025-06-01', 'district 2025'],
    ['2026-01-01', 'district 2026'],
    ['2026-06-30', 'district 2026'],
    ['2026-07-01', 'township from July'],
    ['2030-01-01', 'township from July'],
  ])('on %s → %s', (on, expected) => {
    expect(
      nearestInForce(
        path,
        settings,
        (s) => s.org,
        (s) => s.from,
        on,
      )?.name ?? null,
    ).toBe(expected);
  });

  it('takes the later of two settings made on the same node for the same start', () => {
    const twice = [
      { org: T, from: '2026-01-01', name: 'first' },
      { org: T, from: '2026-01-01', name: 'second' },
    ];
    expect(
      nearestInForce(
        path,
        twice,
        (s) => s.org,
        (s) => s.from,
        '2026-03-01',
      )?.name,
    ).toBe('second');
  });
});

describe('outermost paths and ancestors', () => {
  it.each([
    [['a.b', 'a', 'a.b.c'], ['a']],
    [
      ['a.b', 'a.c', 'a.b.d', 'e'],
      ['a.b', 'a.c', 'e'],
    ],
    [
      ['a.bc', 'a.b'],
      ['a.b', 'a.bc'],
    ],
    [['a.b', 'a.b'], ['a.b']],
    [[], []],
  ])('keeps of %j only the paths no other contains: %j', (paths, outermost) => {
    expect(outermostPaths(paths).sort()).toEqual(outermost);
  });

  it.each([
    ['a', ['a']],
    ['a.b.c', ['a', 'a.b', 'a.b.c']],
  ])('lists %s and its ancestors from the top: %j', (path, paths) => {
    expect(pathAndAncestors(path)).toEqual(paths);
  });
});
