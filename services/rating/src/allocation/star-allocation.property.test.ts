import fc from 'fast-check';
import { AllocationRules, Placement, StarAllocation, StarCandidate, StarLevel, TieBreaker } from './allocation-types';
import { allocateStars } from './star-allocation';

const RUNS = { numRuns: 300 };

/** Scores in tenths, drawn from a narrow range or a few favourites so that ties are frequent. */
const score = (min: number, max: number, favourites: number[]) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: min * 10, max: max * 10 }).map((t) => t / 10), weight: 1 },
    { arbitrary: fc.constantFrom(...favourites), weight: 3 },
  );

const candidate = fc.record({
  total: score(60, 95, [70, 80, 88, 88.5, 90]),
  base: score(45, 65, [49, 49.9, 50, 60]),
  starPoints: score(0, 40, [20, 28, 30]),
  barred: fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: fc.constant('一票否决'), weight: 1 }),
});

const withIds = (list: Omit<StarCandidate, 'memberId' | 'name'>[]): StarCandidate[] =>
  list.map((c, i) => ({ ...c, memberId: `m${String(i).padStart(2, '0')}`, name: `党员${i}` }));

const candidates = fc.array(candidate, { maxLength: 60, size: 'max' }).map(withIds);

/** The same, but no two members share a total. */
const distinctTotals = fc
  .tuple(
    fc.array(candidate, { maxLength: 60, size: 'max' }),
    fc.uniqueArray(fc.integer({ min: 600, max: 1000 }), { minLength: 60, maxLength: 60 }),
  )
  .map(([list, totals]) => withIds(list.map((c, i) => ({ ...c, total: totals[i] / 10 }))));

const hundredths = fc.integer({ min: 0, max: 4000 }).map((h) => h / 100);
const rules: fc.Arbitrary<AllocationRules> = fc.record({
  shares: fc
    .tuple(hundredths, hundredths, hundredths)
    .filter(([five, four, three]) => Math.round((five + four + three) * 100) <= 10000)
    .map(([five, four, three]) => ({ 5: five, 4: four, 3: three })),
  rounding: fc.constantFrom('HALF_UP' as const, 'DOWN' as const, 'UP' as const),
  baseFloor: fc.constantFrom(50, 50, 49.9, 55),
  totalFloor: fc.constantFrom(70, 70, 75.5, 85),
  tieBreakers: fc.constantFrom<TieBreaker[]>(
    [],
    ['BASE'],
    ['STAR_POINTS'],
    ['BASE', 'STAR_POINTS'],
    ['STAR_POINTS', 'BASE'],
  ),
  stillTied: fc.constantFrom('ALL_TAKE' as const, 'NONE_TAKE' as const),
});

const tenths = (x: number) => Math.round(x * 10);
const eligible = (c: StarCandidate, r: AllocationRules) =>
  c.barred === null && tenths(c.base) >= tenths(r.baseFloor) && tenths(c.total) >= tenths(r.totalFloor);
const starCount = (p: Placement) => p.stars ?? 0;
const placementsById = (a: StarAllocation) => new Map(a.placements.map((p) => [p.memberId, p]));

describe('allocateStars (properties)', () => {
  it('(1) a level takes more than its places only through a reported ALL_TAKE tie, by at most the group size − 1', () => {
    fc.assert(
      fc.property(candidates, rules, (list, r) => {
        const allocation = allocateStars(list, r);
        for (const level of allocation.levels) {
          expect(level.taken).toBe(allocation.placements.filter((p) => p.stars === level.stars).length);
          if (level.taken <= level.places) continue;
          const tie = allocation.ties.find((t) => t.stars === level.stars && t.outcome === 'ALL_TAKE');
          expect(tie).toBeDefined();
          expect(level.taken - level.places).toBeLessThanOrEqual((tie?.memberIds.length ?? 1) - 1);
          expect(level.overflow).toBe(level.taken - level.places);
        }
        if (r.stillTied === 'NONE_TAKE')
          for (const level of allocation.levels) expect(level.taken).toBeLessThanOrEqual(level.places);
      }),
      RUNS,
    );
  });

  it('(2) nobody ineligible gets a star or a rank', () => {
    fc.assert(
      fc.property(candidates, rules, (list, r) => {
        const byId = placementsById(allocateStars(list, r));
        for (const c of list) {
          const placement = byId.get(c.memberId) as Placement;
          if (!eligible(c, r)) expect([placement.stars, placement.rank]).toEqual([null, null]);
          else expect(placement.rank).not.toBeNull();
        }
      }),
      RUNS,
    );
  });

  /**
   * What holds, precisely: among eligible members, ranking before someone means at least as many stars,
   * and the same rank (tied on everything) means the same stars. A higher total always ranks before,
   * so an eligible member with a higher total never gets fewer stars than another eligible member —
   * under NONE_TAKE too, because a level a tied group declined stays closed to those ranked below it.
   * The only way to a higher total with fewer stars is to be ineligible (barred or below a floor).
   */
  it('(3) among the eligible, ranking higher (so a higher total) never means fewer stars', () => {
    fc.assert(
      fc.property(candidates, rules, (list, r) => {
        const byId = placementsById(allocateStars(list, r));
        const ranked = list.filter((c) => eligible(c, r)).map((c) => ({ c, p: byId.get(c.memberId) as Placement }));
        for (const a of ranked) {
          for (const b of ranked) {
            if (tenths(a.c.total) > tenths(b.c.total)) expect(a.p.rank as number).toBeLessThan(b.p.rank as number);
            if ((a.p.rank as number) < (b.p.rank as number))
              expect(starCount(a.p)).toBeGreaterThanOrEqual(starCount(b.p));
            if (a.p.rank === b.p.rank) expect(a.p.stars).toBe(b.p.stars);
          }
        }
      }),
      RUNS,
    );
  });

  it('(4) every candidate appears exactly once, eligible first by rank', () => {
    fc.assert(
      fc.property(candidates, rules, (list, r) => {
        const allocation = allocateStars(list, r);
        expect(allocation.placements.map((p) => p.memberId).sort()).toEqual(list.map((c) => c.memberId).sort());
        const ranks = allocation.placements.map((p) => p.rank);
        const firstUnranked = ranks.indexOf(null);
        const rankedPart = (firstUnranked === -1 ? ranks : ranks.slice(0, firstUnranked)) as number[];
        expect(ranks.slice(rankedPart.length).every((rank) => rank === null)).toBe(true);
        rankedPart.forEach((rank, i) => expect(rank).toBeLessThanOrEqual(i + 1));
        expect(rankedPart.every((rank, i) => i === 0 || rank >= rankedPart[i - 1])).toBe(true);
      }),
      RUNS,
    );
  });

  it('(5) without ties in the data each level takes min(places, eligible left)', () => {
    fc.assert(
      fc.property(distinctTotals, rules, (list, r) => {
        const allocation = allocateStars(list, r);
        let left = list.filter((c) => eligible(c, r)).length;
        for (const level of allocation.levels) {
          expect(level.taken).toBe(Math.min(level.places, left));
          left -= level.taken;
        }
        expect(allocation.ties).toEqual([]);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(candidates, rules, (list, r) => {
        expect(allocateStars([...list].reverse(), r)).toEqual(allocateStars(list, r));
      }),
      RUNS,
    );
  });

  it('explains every placement in Chinese without trailing .0', () => {
    fc.assert(
      fc.property(candidates, rules, (list, r) => {
        const allocation = allocateStars(list, r);
        for (const p of allocation.placements) {
          expect(p.explanation.length).toBeGreaterThan(0);
          expect(p.explanation.join('')).not.toMatch(/\d\.0(?!\d)/);
          const stars: StarLevel | null = p.stars;
          expect(p.explanation[p.explanation.length - 1]).toBe(
            stars === null ? '未获评星级' : `获评${{ 5: '五', 4: '四', 3: '三' }[stars]}星`,
          );
        }
      }),
      RUNS,
    );
  });
});
