import { documentOf, scaleOf, type DemoLevel, type DemoMember } from '@jifen/seed';
import { buildDemoDistrict, type DemoDistrict } from './demo-district';
import { buildDemoPlan } from './demo-plan';
import { parsePeriodKey } from '@jifen/rules';

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

describe('the demo plan (buildDemoPlan): a last cycle in full, the current one so far', () => {
  const day = '2026-12-07';
  const demo = buildDemoPlan(day);
  const { plan } = demo;
  const branchOf = new Map(plan.branches.map((b) => [b.key, b]));
  const first = plan.branches[0];
  const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

  it('keeps the demo roster and marks the elderly exempt', () => {
    expect(plan.members.map((m) => m.memberNo)).toEqual(
      buildDemoDistrict({ today: day }).members.map((m) => m.memberNo),
    );
    const exempt = plan.members.filter((m) => m.exempt);
    expect(exempt.length).toBeGreaterThanOrEqual(5);
    expect(exempt.length).toBeLessThan(plan.members.length * 0.05);
    for (const m of exempt) {
      expect(m.kind).toBe('FULL');
      expect(age(m.birthDate, day)).toBeGreaterThanOrEqual(80);
      expect(m.target).toBeNull();
    }
  });

  it('aims most members at 60–95, a handful (the tail) below 50, the others clear of 50', () => {
    const scored = plan.members.filter((m) => !m.exempt);
    const tail = scored.filter((m) => m.tail);
    expect(tail.length).toBeGreaterThanOrEqual(10);
    expect(tail.length).toBeLessThan(scored.length * 0.05);
    for (const m of tail) expect([m.kind, m.target! < 47]).toEqual(['FULL', true]);
    for (const m of scored.filter((x) => !x.tail)) expect(m.target!).toBeGreaterThanOrEqual(56);
    const usual = scored.filter((m) => m.target! >= 60 && m.target! <= 95).length;
    expect(usual / scored.length).toBeGreaterThan(0.75);
  });

  it('loads the last complete cycle (2025) in full and the current one (2026) so far', () => {
    expect([plan.cycle, demo.current]).toEqual([2025, 2026]);
    expect(buildDemoPlan('2027-02-10').plan.cycle).toBe(2025);
    expect(buildDemoPlan('2027-03-01').plan.cycle).toBe(2026);
    for (const branch of plan.branches) {
      const last = demo.lastCycle.cycles.get(branch.key)!;
      expect(last.assemblies.length).toBeGreaterThan(0);
      for (const a of last.assemblies) {
        expect(a.running).toBeUndefined();
        expect(a.endsOn < day).toBe(true);
        expect(a.period.startsWith('2025')).toBe(true);
      }
      for (const e of demo.currentCycle.entries(branch)) expect(e.draft.occurredOn <= day).toBe(true);
    }
    expect(sum([...demo.lastCycle.cycles.values()].map((c) => c.entryCount))).toBeGreaterThan(plan.members.length * 8);
    expect(sum([...demo.currentCycle.cycles.values()].map((c) => c.entryCount))).toBeGreaterThan(
      plan.members.length * 6,
    );
  });

  it('uses every scheme it files, with entries of each kind those schemes have', () => {
    expect(new Set(plan.branches.map((b) => b.scheme))).toEqual(
      new Set(['pioneer-index', 'town-attendance', 'district-star-rating', 'finance-bureau']),
    );
    const items = (code: string) =>
      new Set(
        plan.branches
          .filter((b) => b.scheme === code)
          .flatMap((b) => demo.lastCycle.entries(b).map((e) => e.draft.item)),
      );
    // Attendance (T7), deductions and the review result (T1), star points and shortfalls (T8), duties and praise (T6).
    expect([...items('town-attendance')]).toEqual(expect.arrayContaining(['dues', 'activityDay', 'assembly']));
    expect([...items('pioneer-index')]).toEqual(expect.arrayContaining(['reviewResult', 'orgLife', 'study']));
    expect([...items('district-star-rating')]).toEqual(expect.arrayContaining(['basicDuties', 'volunteerService']));
    expect([...items('finance-bureau')]).toEqual(expect.arrayContaining(['assignedWork', 'leaderPraise']));
  });

  it('leaves the latest publicity running in some branches, the first among them, and nowhere else', () => {
    const running = plan.branches.filter((b) => demo.currentCycle.cycles.get(b.key)!.assemblies.some((a) => a.running));
    expect(running.map((b) => b.key)).toContain(first.key);
    expect(running.length).toBeGreaterThanOrEqual(3);
    expect(running.length).toBeLessThan(plan.branches.length / 2);
    for (const b of running) {
      const assemblies = demo.currentCycle.cycles.get(b.key)!.assemblies;
      const last = assemblies[assemblies.length - 1];
      expect([last.period, last.running, last.startsOn <= day, last.endsOn >= day]).toEqual([
        '2026-M11',
        true,
        true,
        true,
      ]);
      expect(assemblies.filter((a) => a.running)).toHaveLength(1);
    }
  });

  it('has declarations awaiting review dated after the last period an assembly confirmed, some in the first branch', () => {
    expect(demo.pending.get(first.key)!.length).toBeGreaterThanOrEqual(3);
    for (const [key, list] of demo.pending) {
      const assemblies = demo.currentCycle.cycles.get(key)!.assemblies;
      const lastPeriod = assemblies[assemblies.length - 1]?.period ?? '';
      for (const e of list) {
        expect(e.draft.occurredOn <= day).toBe(true);
        if (lastPeriod === '2026-M11') expect(e.draft.occurredOn >= '2026-12-01').toBe(true);
        expect(branchOf.get(key)!.members).toContain(e.memberIndex);
      }
    }
  });

  it('rates the last cycle’s half-years and year, and the current half-year over; plans a warning per low scorer rated', () => {
    expect(demo.ratingPeriods).toEqual(['2025-H1', '2025-H2', '2025', '2026-H1']);
    const tailIn = (scheme: string) =>
      plan.branches
        .filter((b) => b.scheme === scheme)
        .reduce((a, b) => a + b.members.filter((i) => plan.members[i].tail).length, 0);
    const halfYearly = tailIn('district-star-rating');
    const yearly = tailIn('pioneer-index') + tailIn('town-attendance') + tailIn('finance-bureau');
    expect(halfYearly).toBeGreaterThan(0);
    // 2026-H1 is confirmed by 柳林镇 only: 青山镇's run (柏树湾村's low scorers) is left a preview.
    const firstTownshipHalfYearly = plan.branches
      .filter((b) => b.townshipIndex === 0 && b.scheme === 'district-star-rating')
      .reduce((a, b) => a + b.members.filter((i) => plan.members[i].tail).length, 0);
    expect(firstTownshipHalfYearly).toBe(3);
    expect(demo.plannedWarnings).toBe(3 * halfYearly - firstTownshipHalfYearly + yearly);
  });

  it('has the district confirm the last cycle, the townships the current half-year: 柳林镇 its own, 青山镇 left a preview', () => {
    expect(demo.districtPeriods).toEqual(['2025-H1', '2025-H2', '2025']);
    const name = (key: string) => plan.orgs.find((o) => o.key === key)!.name;
    expect(demo.townshipRatings.map((r) => [r.period, name(r.townshipKey), r.confirm])).toEqual([
      ['2026-H1', '青山镇党委', false],
      ['2026-H1', '柳林镇党委', true],
    ]);
  });

  it('dates each rating on a meeting after the period and after every publicity of it has closed, before today', () => {
    expect([...demo.decidedOn.keys()]).toEqual(demo.ratingPeriods);
    // Hand-computed: the calendar schemes' periods end on 06-30 / 12-31; the meeting is 25 days later.
    expect(Object.fromEntries(demo.decidedOn)).toEqual({
      '2025-H1': '2025-07-25',
      '2025-H2': '2026-01-25',
      '2025': '2026-01-25',
      '2026-H1': '2026-07-25',
    });
    for (const [period, decided] of demo.decidedOn) {
      expect(decided < day).toBe(true);
      for (const branch of plan.branches) {
        const doc = documentOf(branch);
        const end = parsePeriodKey(doc.cycle, period)!.end;
        expect(decided > end).toBe(true);
        const closed = [demo.lastCycle, demo.currentCycle]
          .flatMap((c) => c.cycles.get(branch.key)!.assemblies)
          .filter((a) => !a.running && parsePeriodKey(doc.cycle, a.period)!.end <= end);
        for (const a of closed) expect([period, branch.key, a.endsOn < decided]).toEqual([period, branch.key, true]);
      }
    }
  });

  it('puts the accounts in the first township and branch; the member is scored, not a low scorer', () => {
    expect(demo.accounts.townshipKey).toBe(plan.townships[0].key);
    expect(demo.accounts.branchKey).toBe(first.key);
    const member = plan.members[demo.accounts.memberIndex];
    expect(member.branchKey).toBe(first.key);
    expect([member.kind, member.exempt, member.tail]).toEqual(['FULL', false, false]);
    expect(member.target!).toBeGreaterThanOrEqual(80);
    expect(first.members.some((i) => plan.members[i].tail)).toBe(true);
  });

  it('gives the first township low scorers where the scheme has no disposal consequence: 3 in its 评星定级 and attendance branches', () => {
    const firstTownship = plan.branches.filter((b) => b.townshipIndex === 0);
    for (const scheme of ['district-star-rating', 'town-attendance']) {
      const branch = firstTownship.find((b) => b.scheme === scheme)!;
      const low = branch.members.filter((i) => plan.members[i].tail);
      expect([branch.name, low.length]).toEqual([branch.name, 3]);
      for (const i of low) expect([plan.members[i].kind, plan.members[i].target! < 50]).toEqual(['FULL', true]);
    }
    expect(firstTownship.map((b) => [b.name, b.scheme])).toEqual(
      expect.arrayContaining([
        ['青山村党支部', 'town-attendance'],
        ['柏树湾村党支部', 'district-star-rating'],
      ]),
    );
  });

  it('sets the townships’ own quota policies: a relaxed five-star share, a one-day interview limit, a pooled township', () => {
    expect(plan.quotas.map((q) => [q.ownerKey, q.scope])).toEqual([
      [plan.orgs[0].key, 'BRANCH'],
      [plan.townships[0].key, 'BRANCH'],
      [plan.townships[2].key, 'POOL'],
    ]);
    expect(plan.quotas[1].interviewDays).toBe(1);
    expect(plan.quotas[1].overrides.map((o) => branchOf.get(o.branchKey)!.scheme)).toEqual(['district-star-rating']);
  });

  it('is the same plan for the same day', () => {
    const again = buildDemoPlan(day);
    expect(again.plan).toEqual(plan);
    expect([...again.pending.values()]).toEqual([...demo.pending.values()]);
    expect(again.plannedWarnings).toBe(demo.plannedWarnings);
  });

  it.each(['2026-01-01', '2026-07-02', '2027-04-30', '2028-02-29'])('plans a consistent demo on %s', (other) => {
    const d = buildDemoPlan(other);
    for (const branch of d.plan.branches) {
      for (const a of d.lastCycle.cycles.get(branch.key)!.assemblies) expect(a.endsOn < other).toBe(true);
      for (const a of d.currentCycle.cycles.get(branch.key)!.assemblies) {
        expect(a.meetingOn < other).toBe(true);
        expect(a.running ? a.endsOn >= other && a.startsOn <= other : a.endsOn < other).toBe(true);
      }
    }
    expect(d.ratingPeriods.slice(0, 3)).toEqual([`${d.plan.cycle}-H1`, `${d.plan.cycle}-H2`, String(d.plan.cycle)]);
    expect(d.plannedWarnings).toBeGreaterThan(0);
  });
});

describe('scale S', () => {
  it('S is the demo district 示范区', () => {
    const s = scaleOf('S');
    expect(s).toMatchObject({ demo: true, districts: [] });
    const demo = buildDemoDistrict({ today: TODAY });
    expect(demo.orgs.filter((o) => o.level === 'TOWNSHIP')).toHaveLength(3);
    expect(demo.members.length).toBeGreaterThanOrEqual(880);
  });
});
