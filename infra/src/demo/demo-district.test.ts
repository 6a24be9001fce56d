import { buildDemoDistrict, type DemoDistrict, type DemoLevel, type DemoMember } from './demo-district';

const TODAY = '2026-11-21';

// Independent date helpers for the checks (UTC, from explicit strings only).
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parts(s: string): [number, number, number] {
  const m = DATE_RE.exec(s);
  if (!m) throw new Error(`not a date: ${s}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
function isRealDay(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = parts(s);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}
function age(birth: string, on: string): number {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
// String comparison is chronological for YYYY-MM-DD.
function minusOneYear(s: string): string {
  const [y, m, d] = parts(s);
  const dd = m === 2 && d === 29 ? 28 : d;
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

function memberProblems(m: DemoMember, today: string): string[] {
  const out: string[] = [];
  if (!isRealDay(m.birthDate)) out.push('birthDate not a real day');
  else {
    if (m.birthDate > today) out.push('born after today');
    if (age(m.birthDate, today) > 120) out.push('older than 120');
  }
  if (m.kind === 'ACTIVIST') {
    if (m.joinDate !== null) out.push('activist with joinDate');
    if (age(m.birthDate, today) < 16) out.push('activist under 16');
    return out;
  }
  if (m.joinDate === null || !isRealDay(m.joinDate)) return [...out, 'missing or invalid joinDate'];
  if (m.joinDate > today) out.push('joined after today');
  if (age(m.birthDate, m.joinDate) < 18) out.push('joined under 18');
  const yearAgo = minusOneYear(today);
  if (m.kind === 'PROBATIONARY' && m.joinDate <= yearAgo) out.push('probation longer than a year');
  if (m.kind === 'FULL' && m.joinDate > yearAgo) out.push('full member joined within a year');
  return out;
}

describe('buildDemoDistrict shape', () => {
  const plan = buildDemoDistrict({ today: TODAY });
  const byKey = new Map(plan.orgs.map((o) => [o.key, o]));
  const count = (level: DemoLevel): number => plan.orgs.filter((o) => o.level === level).length;

  it('has one district 示范区, three townships and 28-32 branches', () => {
    const districts = plan.orgs.filter((o) => o.level === 'DISTRICT');
    expect(districts).toHaveLength(1);
    expect(districts[0].name).toBe('示范区');
    expect(districts[0].parentKey).toBeNull();
    expect(count('TOWNSHIP')).toBe(3);
    expect(count('GENERAL_BRANCH')).toBeGreaterThanOrEqual(1);
    expect(count('BRANCH')).toBeGreaterThanOrEqual(28);
    expect(count('BRANCH')).toBeLessThanOrEqual(32);
  });

  it('has unique keys and lists parents before children', () => {
    expect(byKey.size).toBe(plan.orgs.length);
    const seen = new Set<string>();
    for (const org of plan.orgs) {
      if (org.parentKey !== null) expect(seen.has(org.parentKey)).toBe(true);
      seen.add(org.key);
    }
  });

  const allowedParents: Record<DemoLevel, Array<DemoLevel | null>> = {
    DISTRICT: [null],
    TOWNSHIP: ['DISTRICT'],
    GENERAL_BRANCH: ['TOWNSHIP'],
    BRANCH: ['TOWNSHIP', 'GENERAL_BRANCH'],
  };
  it('places every org under a parent of a valid level', () => {
    for (const org of plan.orgs) {
      const parentLevel = org.parentKey === null ? null : (byKey.get(org.parentKey)?.level ?? null);
      expect(allowedParents[org.level]).toContain(parentLevel);
    }
  });

  it('has general branches with 2-3 branches each and unique sibling names', () => {
    for (const g of plan.orgs.filter((o) => o.level === 'GENERAL_BRANCH')) {
      const kids = plan.orgs.filter((o) => o.parentKey === g.key);
      expect(kids.length).toBeGreaterThanOrEqual(2);
      expect(kids.length).toBeLessThanOrEqual(3);
    }
    const siblings = new Set(plan.orgs.map((o) => `${o.parentKey}|${o.name}`));
    expect(siblings.size).toBe(plan.orgs.length);
  });

  it('attaches members only to branches, with varied sizes', () => {
    const sizes = new Map<string, number>();
    for (const m of plan.members) {
      expect(byKey.get(m.orgKey)?.level).toBe('BRANCH');
      sizes.set(m.orgKey, (sizes.get(m.orgKey) ?? 0) + 1);
    }
    expect(sizes.size).toBe(count('BRANCH'));
    const values = [...sizes.values()];
    expect(Math.min(...values)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...values)).toBeLessThanOrEqual(70);
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(30);
  });
});

describe.each([
  [TODAY, undefined],
  [TODAY, 1],
  [TODAY, 987654],
  ['2028-02-29', 7],
  ['2025-01-01', 3],
])('members for today=%s seed=%s', (today, seed) => {
  const plan: DemoDistrict = buildDemoDistrict({ today, seed });
  const { members } = plan;

  it('has 850-950 members', () => {
    expect(members.length).toBeGreaterThanOrEqual(850);
    expect(members.length).toBeLessThanOrEqual(950);
  });

  it('satisfies every roster rule', () => {
    const problems = members.flatMap((m) => memberProblems(m, today).map((p) => `${m.memberNo}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('has unique, well-formed member numbers', () => {
    for (const m of members) expect(m.memberNo).toMatch(/^[0-9A-Za-z-]{1,32}$/);
    expect(new Set(members.map((m) => m.memberNo)).size).toBe(members.length);
  });

  it('has Chinese names, no duplicate within a branch', () => {
    for (const m of members) expect(m.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    expect(members.filter((m) => m.name.length === 4).length).toBeLessThan(members.length * 0.02);
    const keys = new Set(members.map((m) => `${m.orgKey}|${m.name}`));
    expect(keys.size).toBe(members.length);
  });

  it('has roughly the expected kind shares', () => {
    const share = (k: DemoMember['kind']): number => members.filter((m) => m.kind === k).length / members.length;
    expect(share('FULL')).toBeGreaterThanOrEqual(0.78);
    expect(share('FULL')).toBeLessThanOrEqual(0.92);
    expect(share('PROBATIONARY')).toBeGreaterThanOrEqual(0.03);
    expect(share('PROBATIONARY')).toBeLessThanOrEqual(0.12);
    expect(share('ACTIVIST')).toBeGreaterThanOrEqual(0.04);
    expect(share('ACTIVIST')).toBeLessThanOrEqual(0.13);
  });

  it('has a realistic age spread including members aged 75+', () => {
    const ages = members.map((m) => age(m.birthDate, today));
    expect(ages.filter((a) => a >= 75).length).toBeGreaterThan(10);
    expect(ages.filter((a) => a < 25).length).toBeLessThan(members.length * 0.1);
    expect(ages.filter((a) => a >= 25 && a <= 70).length).toBeGreaterThan(members.length * 0.7);
    expect(Math.max(...ages)).toBeLessThanOrEqual(90);
  });

  it('has both genders', () => {
    const female = members.filter((m) => m.gender === 'FEMALE').length / members.length;
    expect(female).toBeGreaterThan(0.2);
    expect(female).toBeLessThan(0.6);
  });
});

describe('determinism', () => {
  it('returns identical output for the same seed and today', () => {
    expect(buildDemoDistrict({ today: TODAY })).toEqual(buildDemoDistrict({ today: TODAY }));
    expect(buildDemoDistrict({ today: TODAY, seed: 5 })).toEqual(buildDemoDistrict({ today: TODAY, seed: 5 }));
  });

  it('returns different members for a different seed', () => {
    const a = buildDemoDistrict({ today: TODAY, seed: 1 });
    const b = buildDemoDistrict({ today: TODAY, seed: 2 });
    expect(a.members).not.toEqual(b.members);
  });

  it.each(['2026-02-30', '2026-13-01', '21-11-2026', ''])('rejects invalid today %p', (today) => {
    expect(() => buildDemoDistrict({ today })).toThrow();
  });
});
