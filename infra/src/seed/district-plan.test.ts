import { buildDemoDistrict } from '../demo/demo-district';
import { buildDistrictPlan, cycleFor, DistrictPlan } from './district-plan';
import { MAX_BRANCH, MIN_BRANCH } from './district-layout';
import { customScale, M_DISTRICT, oneDistrictOf, scaleOf } from './scales';

const TODAY = '2026-11-21';

describe('the scales', () => {
  it('S is the demo district 示范区', () => {
    const s = scaleOf('S');
    expect(s).toMatchObject({ demo: true, districts: [] });
    const demo = buildDemoDistrict({ today: TODAY });
    expect(demo.orgs.filter((o) => o.level === 'TOWNSHIP')).toHaveLength(3);
    expect(demo.members.length).toBeGreaterThanOrEqual(880);
  });

  it('M is one district of 12 townships, 600 branches and 30,000 members; L ten such districts with distinct names and codes', () => {
    expect(scaleOf('M').districts).toEqual([M_DISTRICT]);
    expect(M_DISTRICT).toMatchObject({ townships: 12, branches: 600, members: 30_000, entriesPerMember: 40 });
    const l = scaleOf('L').districts;
    expect(l).toHaveLength(10);
    expect(l.reduce((a, d) => a + d.members, 0)).toBe(300_000);
    expect(new Set(l.map((d) => d.name)).size).toBe(10);
    expect(new Set(l.map((d) => d.code)).size).toBe(10);
    expect(new Set(l.map((d) => d.seed)).size).toBe(10);
    expect(l.map((d) => d.name)).not.toContain(M_DISTRICT.name);
  });

  it('picks one district of a scale, for L spread over several databases', () => {
    expect(oneDistrictOf(scaleOf('L'), 3).districts.map((d) => d.name)).toEqual(['云州市西城区']);
    expect(() => oneDistrictOf(scaleOf('M'), 2)).toThrow('规模 M 只有 1 个区，没有第 2 个');
  });

  it.each([
    ['2026-11-21', 2025],
    ['2026-03-01', 2025],
    ['2026-02-28', 2024],
    ['2027-01-05', 2025],
  ])('loads on %s the cycle %s (the last one whose year-end publicity is over)', (today, cycle) =>
    expect(cycleFor(today)).toBe(cycle),
  );
});

describe('the plan of M', () => {
  const plan = buildDistrictPlan(M_DISTRICT, TODAY);
  const count = (level: string) => plan.orgs.filter((o) => o.level === level).length;

  it('has the counts of the scale', () => {
    expect(count('DISTRICT')).toBe(1);
    expect(count('TOWNSHIP')).toBe(12);
    expect(count('BRANCH')).toBe(600);
    expect(plan.branches).toHaveLength(600);
    expect(plan.members).toHaveLength(30_000);
    expect(plan.branches.reduce((a, b) => a + b.members.length, 0)).toBe(30_000);
    expect(plan.cycle).toBe(2025);
  });

  it('has branches of 5 to 200 members, mostly small with a long tail', () => {
    const sizes = plan.branches.map((b) => b.size).sort((a, b) => a - b);
    expect(sizes[0]).toBeGreaterThanOrEqual(MIN_BRANCH);
    expect(sizes[sizes.length - 1]).toBeLessThanOrEqual(MAX_BRANCH);
    const median = sizes[sizes.length >> 1];
    expect(median).toBeLessThan(50);
    expect(sizes.filter((s) => s <= 20).length / sizes.length).toBeGreaterThan(0.2);
    expect(sizes.filter((s) => s >= 120).length).toBeGreaterThan(5);
    for (const b of plan.branches) expect(b.members.length).toBe(b.size);
  });

  it('puts every parent before its children, with names unique among siblings', () => {
    const seen = new Set<string>();
    const siblings = new Map<string, Set<string>>();
    for (const org of plan.orgs) {
      if (org.parentKey) expect(seen.has(org.parentKey)).toBe(true);
      seen.add(org.key);
      const names =
        siblings.get(org.parentKey ?? '') ?? siblings.set(org.parentKey ?? '', new Set()).get(org.parentKey ?? '')!;
      expect(names.has(org.name)).toBe(false);
      names.add(org.name);
    }
  });

  it('numbers members uniquely in the district, names them uniquely in their branch, and exempts only the elderly', () => {
    expect(new Set(plan.members.map((m) => m.memberNo)).size).toBe(30_000);
    for (const b of plan.branches) expect(new Set(b.members.map((i) => plan.members[i].name)).size).toBe(b.size);
    const exempt = plan.members.filter((m) => m.exempt);
    expect(exempt.length / plan.members.length).toBeGreaterThan(0.01);
    expect(exempt.length / plan.members.length).toBeLessThan(0.08);
    for (const m of exempt) expect([m.kind, m.target, m.birthDate <= '1946-11-21']).toEqual(['FULL', null, true]);
  });

  it('aims a tail of about 4% of the scored full members below 50, and most at 60–95', () => {
    const scored = plan.members.filter((m) => !m.exempt);
    const tail = scored.filter((m) => m.tail);
    expect(tail.length / scored.filter((m) => m.kind === 'FULL').length).toBeCloseTo(0.04, 2);
    for (const m of tail) expect([m.kind, m.target! < 50]).toEqual(['FULL', true]);
    expect(scored.filter((m) => !m.tail && m.target! < 50)).toEqual([]);
    expect(scored.filter((m) => m.target! >= 60 && m.target! <= 95).length / scored.length).toBeGreaterThan(0.75);
  });

  it('runs several schemes: the district’s 评星定级 for most, the others filed by townships and branches', () => {
    const members = (code: string) =>
      plan.branches.filter((b) => b.scheme === code).reduce((a, b) => a + b.size, 0) / 30_000;
    expect(new Set(plan.branches.map((b) => b.scheme)).size).toBe(8);
    expect(members('district-star-rating')).toBeGreaterThan(0.5);
    expect(members('town-attendance')).toBeGreaterThan(0.1);
    expect(members('pioneer-index')).toBeGreaterThan(0.03);
    expect(plan.adoptions[0]).toEqual({
      ownerKey: 'BJ',
      templateCode: 'district-star-rating',
      name: '滨江区党员评星定级量化管理办法',
      effectiveFrom: '2025-01-01',
    });
    expect(plan.adoptions.find((a) => a.templateCode === 'culture-bureau')?.effectiveFrom).toBe('2024-12-26');
    expect(new Set(plan.adoptions.map((a) => a.ownerKey)).size).toBe(plan.adoptions.length);
    expect(plan.ratingPeriods).toEqual(['2025-H1', '2025-H2', '2025']);
  });

  it('sets the district’s 10/15/20 with one relaxed branch, and one street pooling its places', () => {
    expect(plan.quotas.map((q) => [q.ownerKey, q.scope, q.overrides.length])).toEqual([
      ['BJ', 'BRANCH', 1],
      [expect.stringMatching(/^BJ-T/), 'POOL', 0],
    ]);
    const relaxed = plan.branches.find((b) => b.key === plan.quotas[0].overrides[0].branchKey)!;
    expect([relaxed.kind, relaxed.scheme]).toEqual(['village', 'district-star-rating']);
  });

  it('is the same plan for the same seed and day, another for another seed', () => {
    // Determinism does not depend on the size: a district of 1,200 members proves it at a tenth of M's cost.
    const small = { ...M_DISTRICT, townships: 3, branches: 30, members: 1_200 };
    const first = buildDistrictPlan(small, TODAY);
    const again = buildDistrictPlan(small, TODAY);
    expect(again.orgs).toEqual(first.orgs);
    expect(again.members.slice(0, 500)).toEqual(first.members.slice(0, 500));
    const other = buildDistrictPlan({ ...small, seed: small.seed + 1 }, TODAY);
    expect(other.members.slice(0, 50).map((m) => m.name)).not.toEqual(first.members.slice(0, 50).map((m) => m.name));
  });
});

describe('the plan of L, district by district', () => {
  // The sizes of L's districts are the scale's (checked above); what each district's own plan must show is that its
  // name, code and seed build a plan of the sizes asked for, so each is built here at a fiftieth of its size.
  it('builds each of the ten districts under its own name and code', () => {
    const names = new Set<string>();
    for (const district of scaleOf('L').districts) {
      const plan: DistrictPlan = buildDistrictPlan({ ...district, townships: 2, branches: 12, members: 600 }, TODAY);
      expect([plan.townships.length, plan.branches.length, plan.members.length]).toEqual([2, 12, 600]);
      expect(plan.members[0].memberNo).toBe(`${district.code}-000001`);
      expect(plan.orgs[0].name).toBe(district.name);
      names.add(plan.orgs[0].name);
    }
    expect(names.size).toBe(10);
  });
});

describe('a tiny custom scale', () => {
  it('still has a 区直机关 with its own schemes, a street on 评星定级 and a low scorer', () => {
    const plan = buildDistrictPlan(
      customScale({ name: '试点区', code: 'SD', townships: 2, branches: 6, members: 60, entriesPerMember: 10, seed: 7 })
        .districts[0],
      TODAY,
    );
    expect(plan.branches.map((b) => b.scheme)).toEqual([
      'finance-bureau',
      'culture-bureau',
      'district-office',
      'district-star-rating',
      'district-star-rating',
      'district-star-rating',
    ]);
    expect(plan.members.filter((m) => m.tail).length).toBeGreaterThanOrEqual(1);
  });

  it('refuses sizes the branches cannot hold', () => {
    expect(() => buildDistrictPlan({ ...M_DISTRICT, members: 1000 }, TODAY)).toThrow(
      '600 个党支部容纳不了 1000 名党员',
    );
  });
});
