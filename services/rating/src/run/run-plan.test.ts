import { childPath } from '@jifen/kit';
import { Consequence } from '@jifen/rules';
import { effectivePolicy } from '../quota/quota-policy.service';
import { QuotaPolicyRecord } from '../quota/quota-policy.storage';
import { DEFAULT_RULES } from '../quota/quota-rules';
import { QuotaScope } from '../quota/quota-options';
import { BranchInput, ScoreInput } from './rating-inputs';
import { diffResults, figuresOf } from './run-diff';
import { planRun, RunPlanInput } from './run-plan';

const D = '11111111-1111-4111-8111-111111111111';
const T = '22222222-2222-4222-8222-222222222222';
const B1 = '33333333-3333-4333-8333-333333333331';
const B2 = '33333333-3333-4333-8333-333333333332';
const town = { id: T, path: childPath(childPath(null, D), T), name: '东镇党委' };
const branch = (id: string, name: string): BranchInput => ({ id, name, path: childPath(town.path, id), districtId: D });
const branches = new Map([B1, B2].map((id, i) => [id, branch(id, `第${i + 1}支部`)]));
const names = new Map([
  [D, '某区'],
  [T, town.name],
  [B1, '第1支部'],
  [B2, '第2支部'],
]);

let n = 0;
function score(branchId: string, total: number, base: number, extra: Partial<ScoreInput> = {}): ScoreInput {
  n += 1;
  const grade =
    total >= 70
      ? { code: 'STAR_LINE', name: '达到评星起点' }
      : total >= 60
        ? { code: 'BELOW_STAR_LINE', name: '未达评星起点' }
        : total >= 50
          ? { code: 'ADMONISHMENT_LINE', name: '诫勉谈话' }
          : { code: 'DUAL_WARNING_LINE', name: '双预警' };
  return {
    memberId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    memberName: `党员${n}`,
    memberNo: `M${n}`,
    memberKind: 'FULL',
    branchId,
    state: 'FINAL',
    status: 'SCORED',
    total,
    graded: true,
    grade,
    veto: null,
    forcedGrade: null,
    consequences: [],
    star: { base, starPoints: Math.round((total - base) * 10) / 10 },
    schemeVersionId: 'v1',
    ...extra,
  };
}

const policy = (rules: Partial<QuotaPolicyRecord>): QuotaPolicyRecord => ({
  ...DEFAULT_RULES,
  id: 'p',
  districtId: D,
  organizationId: T,
  cycle: 2026,
  reason: null,
  setBy: 'x',
  setByName: '青山镇党委 管理员 王芳',
  setAt: '2026-01-01T00:00:00.000Z',
  ...rules,
});

function plan(scores: ScoreInput[], policies: QuotaPolicyRecord[] = [], extra: Partial<RunPlanInput> = {}) {
  return planRun({
    org: town,
    scores,
    branches,
    names,
    policyOf: (b) => effectivePolicy(b.path, b.id, policies, 2026),
    schemes: new Map(),
    previousGrades: new Map(),
    ...extra,
  });
}

/** DOMAIN.md's worked example: 20 members, 11 of them meet both floors, one has 89 with base 49. */
function workedExample(branchId: string): ScoreInput[] {
  const eligible = [98, 95, 93, 91, 90, 88, 86, 84, 80, 75, 72].map((t) => score(branchId, t, 55));
  return [...eligible, score(branchId, 89, 49), ...[68, 66, 64, 60, 58, 55, 52, 45].map((t) => score(branchId, t, 50))];
}

describe('planRun', () => {
  it('gives the worked example 2 / 3 / 4 places and no star to 89 with base 49', () => {
    const scores = workedExample(B1);
    const { units, results } = plan(scores);
    expect(units).toHaveLength(1);
    expect(units[0].allocation.levels.map((l) => [l.stars, l.places, l.taken])).toEqual([
      [5, 2, 2],
      [4, 3, 3],
      [3, 4, 4],
    ]);
    const starsOf = (total: number) => results.find((r) => r.total === total && (total !== 89 || r.base === 49))!.stars;
    expect([98, 95, 93, 91, 90, 88, 86, 84, 80, 75, 72].map(starsOf)).toEqual([5, 5, 4, 4, 4, 3, 3, 3, 3, null, null]);
    const unstarred = results.find((r) => r.total === 89)!;
    expect(unstarred.stars).toBeNull();
    expect(unstarred.explanation.join('')).toContain('共性分 49 分，低于 50 分');
    expect(results.find((r) => r.total === 45)).toMatchObject({ warning: 'SCORE_BELOW_50' });
  });

  it('counts places per branch by default and over the township pool when the policy says so', () => {
    const scores = [...workedExample(B1), ...[99, 97, 96, 94, 92].map((t) => score(B2, t, 58))];
    const perBranch = plan(scores);
    expect(perBranch.units.map((u) => [u.basis, u.allocation.count, u.allocation.levels[0].places])).toEqual([
      ['BRANCH', 20, 2],
      ['BRANCH', 5, 1],
    ]);
    const pooled = plan(scores, [policy({ scope: QuotaScope.POOL })]);
    expect(
      pooled.units.map((u) => [u.unitId, u.basis, u.allocation.count, u.allocation.levels.map((l) => l.places)]),
    ).toEqual([[T, 'POOL', 25, [3, 4, 5]]]);
    // In the pool both branches rank together: 99 and 97 of the second branch and 98 of the first take the three five-star places.
    expect(
      pooled.results
        .filter((r) => r.stars === 5)
        .map((r) => r.total)
        .sort(),
    ).toEqual([97, 98, 99]);
  });

  it('rates a branch with an override on its own, with its own shares, even inside a pool', () => {
    const scores = [...workedExample(B1), ...[99, 97, 96, 94, 92].map((t) => score(B2, t, 58))];
    const relaxed = policy({
      scope: QuotaScope.POOL,
      overrides: [
        {
          branchId: B2,
          fiveStarPercent: 40,
          fourStarPercent: 20,
          threeStarPercent: 20,
          reason: '连续三年先进基层党组织',
        },
      ],
    });
    const { units, results } = plan(scores, [relaxed]);
    expect(
      units.map((u) => [u.unitName, u.basis, u.allocation.count, u.allocation.levels.map((l) => l.places)]),
    ).toEqual([
      ['东镇党委（统筹核定）', 'POOL', 20, [2, 3, 4]],
      ['第2支部（单独核定）', 'OVERRIDE', 5, [2, 1, 1]],
    ]);
    // every member of the relaxed branch is told why its places differ; the pooled branch's members are not
    for (const r of results.filter((r) => r.unitId !== null))
      expect([r.branchId, r.explanation.some((line) => line.includes('理由：连续三年先进基层党组织'))]).toEqual([
        r.branchId,
        r.branchId === B2,
      ]);
    for (const r of results) expect(new Set(r.explanation).size).toBe(r.explanation.length);
  });

  it('leaves exempt members, members not graded this period and members of schemes without stars out of the places', () => {
    const scores = [
      ...workedExample(B1),
      score(B1, 0, 0, { status: 'EXEMPT', total: null, grade: null, star: null }),
      score(B1, 80, 60, { graded: false, grade: null }),
      score(B1, 95, 60, { star: null }),
    ];
    const { units, results } = plan(scores);
    expect(units[0].allocation.count).toBe(20);
    expect(results.filter((r) => r.status === 'EXEMPT')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'NOT_GRADED')).toHaveLength(1);
    expect(results.find((r) => r.total === 95 && r.base === null)!.explanation).toContain(
      '所用积分方案未设评星定级，不参加评星',
    );
  });

  it('bars a vetoed member from stars and warns a member directly found unqualified', () => {
    const vetoed = score(B1, 99, 60, { veto: { label: '违法违纪' } });
    const direct = score(B1, 75, 55, {
      forcedGrade: { label: '拒不参加组织生活', grade: 'UNQUALIFIED' },
      grade: { code: 'UNQUALIFIED', name: '不合格' },
    });
    const activist = score(B1, 40, 40, { memberKind: 'ACTIVIST' });
    const { results } = plan([vetoed, direct, activist]);
    expect(results.find((r) => r.memberId === vetoed.memberId)).toMatchObject({ stars: null, warning: null });
    expect(results.find((r) => r.memberId === direct.memberId)).toMatchObject({
      stars: null,
      warning: 'DIRECT_UNQUALIFIED',
    });
    expect(results.find((r) => r.memberId === activist.memberId)).toMatchObject({ warning: null });
  });

  it('applies a consequence that needs two years running from the confirmed grades before', () => {
    const rules: Consequence[] = [
      {
        code: 'DISPOSAL',
        label: '连续两年基本合格：纳入不合格党员处置范围',
        when: { grades: ['BASIC'], consecutive: 2, memberKinds: ['FULL'] },
      },
    ];
    const basic = { code: 'BASIC', name: '基本合格' };
    const twice = score(B1, 65, 50, { grade: basic, star: null });
    const once = score(B1, 65, 50, { grade: basic, star: null });
    const { results } = plan([twice, once], [], {
      schemes: new Map([['v1', { consequences: rules, lowestGrade: 'UNQUALIFIED', cycle: null }]]),
      previousGrades: new Map([
        [twice.memberId, ['BASIC']],
        [once.memberId, ['QUALIFIED']],
      ]),
    });
    expect(results.find((r) => r.memberId === twice.memberId)!.consequences.map((c) => c.code)).toEqual(['DISPOSAL']);
    expect(results.find((r) => r.memberId === once.memberId)!.consequences).toEqual([]);
  });

  it('keeps the register’s two-year consequence when no confirmed rating of the year before exists', () => {
    const rules: Consequence[] = [
      { code: 'TALK', label: '基本合格：谈心谈话', when: { grades: ['BASIC'], memberKinds: ['FULL'] } },
      {
        code: 'DISPOSAL',
        label: '连续两年基本合格：纳入不合格党员处置范围',
        when: { grades: ['BASIC'], consecutive: 2, memberKinds: ['FULL'] },
      },
    ];
    const basic = { code: 'BASIC', name: '基本合格' };
    const register = [
      { code: 'TALK', label: '基本合格：谈心谈话' },
      { code: 'DISPOSAL', label: '连续两年基本合格：纳入不合格党员处置范围' },
    ];
    // 2025 graded 基本合格 in the register but never rated: the ledger's score carries both consequences.
    const unrated = score(B1, 65, 50, { grade: basic, star: null, consequences: register });
    // 2025 rated 合格 by a confirmed run: the run's record wins over what the register says.
    const rated = score(B1, 65, 50, { grade: basic, star: null, consequences: register });
    const { results } = plan([unrated, rated], [], {
      schemes: new Map([['v1', { consequences: rules, lowestGrade: 'UNQUALIFIED', cycle: null }]]),
      previousGrades: new Map([[rated.memberId, ['QUALIFIED']]]),
    });
    const codes = (id: string) => results.find((r) => r.memberId === id)!.consequences.map((c) => c.code);
    expect(codes(unrated.memberId)).toEqual(['TALK', 'DISPOSAL']);
    expect(codes(rated.memberId)).toEqual(['TALK']);
  });
});

describe('diffResults', () => {
  it('names what changed for each member between two versions', () => {
    const a = score(B1, 48, 40);
    const b = score(B1, 80, 55);
    const before = plan([a, b]).results.map(figuresOf);
    const after = plan([
      { ...a, total: 52, grade: { code: 'ADMONISHMENT_LINE', name: '诫勉谈话' }, star: { base: 42, starPoints: 10 } },
    ]).results.map(figuresOf);
    const changes = diffResults(before, after);
    expect(changes.map((c) => [c.memberId, c.kind])).toEqual([
      [a.memberId, 'CHANGED'],
      [b.memberId, 'REMOVED'],
    ]);
    expect(changes[0].text).toBe('总分 48 → 52；等次 双预警 → 诫勉谈话；不再双预警');
  });
});
