import { childPath } from '@jifen/kit';
import { RatingError } from '../rating-error';
import { BranchInput, ScoreInput } from '../run/rating-inputs';
import { ResultFigures } from '../run/run-diff';
import { planRun } from '../run/run-plan';
import { draftPolicyOf, policiesWithDraft } from './quota-draft';
import { QuotaPolicyDraft, QuotaPolicyRecord } from './quota-policy.storage';
import { quotaPreviewOf } from './quota-preview';
import { DEFAULT_RULES } from './quota-rules';

const D = '11111111-1111-4111-8111-111111111111';
const T = '22222222-2222-4222-8222-222222222222';
const S = '22222222-2222-4222-8222-222222222223';
const B1 = '33333333-3333-4333-8333-333333333331';
const B2 = '33333333-3333-4333-8333-333333333332';
const C1 = '33333333-3333-4333-8333-333333333333';
const town = { id: T, path: childPath(childPath(null, D), T), name: '东镇党委' };
const sibling = childPath(childPath(null, D), S);
const branch = (id: string, name: string, parent: string): BranchInput => ({
  id,
  name,
  path: childPath(parent, id),
  districtId: D,
});
const branches = new Map([
  [B1, branch(B1, '东一村党支部', town.path)],
  [B2, branch(B2, '东二村党支部', town.path)],
  [C1, branch(C1, '西一村党支部', sibling)],
]);
const names = new Map([
  [D, '某区'],
  [T, '东镇党委'],
  [S, '西镇党委'],
  [B1, '东一村党支部'],
  [B2, '东二村党支部'],
  [C1, '西一村党支部'],
]);

const stored = (org: string, cycle: number, five: number): QuotaPolicyRecord => ({
  ...DEFAULT_RULES,
  id: `${org}-${cycle}`,
  districtId: D,
  organizationId: org,
  cycle,
  fiveStarPercent: five,
  reason: null,
  setBy: 'account:x',
  setByName: '汇总区委 管理员 王芳',
  setAt: `${cycle}-01-01T00:00:00.000Z`,
});

const draft = (rules: Partial<QuotaPolicyDraft> = {}): QuotaPolicyDraft => ({
  ...DEFAULT_RULES,
  districtId: D,
  organizationId: T,
  cycle: 2026,
  reason: '试算',
  setBy: 'account:y',
  ...rules,
});

function score(no: string, branchId: string, total: number): ScoreInput {
  return {
    memberId: `00000000-0000-4000-8000-00000000000${no}`,
    memberName: `党员${no}`,
    memberNo: `M${no}`,
    memberKind: 'FULL',
    branchId,
    state: 'FINAL',
    status: 'SCORED',
    total,
    graded: true,
    grade: { code: 'STAR_LINE', name: '达到评星起点' },
    veto: null,
    forcedGrade: null,
    consequences: [],
    star: { base: 55, starPoints: total - 55 },
    schemeVersionId: 'v1',
  };
}

/** Branch 1: five members 95 … 75 (default places 1 / 1 / 1 at HALF_UP); branch 2: two members. */
const scores = [
  score('1', B1, 95),
  score('2', B1, 90),
  score('3', B1, 85),
  score('4', B1, 80),
  score('5', B1, 75),
  score('6', B2, 92),
  score('7', B2, 72),
];

describe('policiesWithDraft', () => {
  const history = [stored(D, 2025, 12), stored(T, 2025, 14), stored(T, 2026, 16)];

  it('puts the draft in place of every policy of its node and keeps the others', () => {
    const policies = policiesWithDraft(history, draft({ fiveStarPercent: 40 }), '2026-H1', 2026);
    expect(policies.map((p) => [p.organizationId, p.fiveStarPercent])).toEqual([
      [D, 12],
      [T, 40],
    ]);
  });

  it('gives the draft to the node’s branches, unsaved, and leaves a sibling township’s branches as they were', () => {
    const policyOf = draftPolicyOf(policiesWithDraft(history, draft({ fiveStarPercent: 40 }), '2026', 2026), 2026);
    expect(policyOf(branches.get(B1)!)).toMatchObject({
      id: null,
      setAt: null,
      setByName: null,
      organizationId: T,
      fiveStarPercent: 40,
      isDefault: false,
      inherited: true,
    });
    expect(policyOf(branches.get(C1)!)).toMatchObject({ id: `${D}-2025`, fiveStarPercent: 12, inherited: true });
  });

  it('refuses a draft from a later cycle than the period’s, saying what to change', () => {
    const call = () => policiesWithDraft(history, draft({ cycle: 2027 }), '2026-H1', 2026);
    expect(call).toThrow(RatingError);
    expect(call).toThrow(
      '草案自 2027 年度起执行，不适用于期间 2026-H1；请选择 2027 年度及以后的期间，或将执行周期改为 2026',
    );
  });
});

describe('quotaPreviewOf', () => {
  const plan = (d: QuotaPolicyDraft) =>
    planRun({
      org: town,
      scores,
      branches,
      names,
      policyOf: draftPolicyOf(policiesWithDraft([], d, '2026-H1', 2026), 2026),
      schemes: new Map(),
      previousGrades: new Map(),
    });
  const inputs = { pending: [], pendingBranches: [], branches };
  const org = { id: T, name: '东镇党委' };

  /** The standing rating under the default shares: 95 five stars, 90 four, 85 three; 92 five, 72 none in branch 2. */
  const standingStars: Record<string, number | null> = { 1: 5, 2: 4, 3: 3, 4: null, 5: null, 6: 5, 7: null };
  const figures: ResultFigures[] = scores.map((s, i) => ({
    memberId: s.memberId,
    memberName: s.memberName,
    total: s.total,
    grade: '达到评星起点',
    stars: standingStars[String(i + 1)],
    warning: null,
  }));

  it('shows the places of each unit with their arithmetic under a branch’s new five-star share', () => {
    const overridden = draft({
      overrides: [{ branchId: B1, fiveStarPercent: 40, fourStarPercent: 15, threeStarPercent: 20, reason: '先进支部' }],
    });
    const preview = quotaPreviewOf({
      org,
      period: '2026-H1',
      draft: overridden,
      plan: plan(overridden),
      inputs,
      standing: { runs: [], figures: [] },
    });
    const b1 = preview.units.find((u) => u.unitId === B1)!;
    expect(b1).toMatchObject({ name: '东一村党支部（单独核定）', basis: 'OVERRIDE', count: 5 });
    expect(b1.levels.map((l) => [l.stars, l.places, l.taken, l.explanation])).toEqual([
      [5, 2, 2, '5 人 × 40% = 2 人，四舍五入为 2 个名额'],
      [4, 1, 1, '5 人 × 15% = 0.75 人，四舍五入为 1 个名额'],
      [3, 1, 1, '5 人 × 20% = 1 人，四舍五入为 1 个名额'],
    ]);
    expect(preview.units.find((u) => u.unitId === B2)!.levels.map((l) => l.places)).toEqual([0, 0, 0]);
    expect(preview.policy).toMatchObject({ id: null, setAt: null, setByName: null, reason: '试算' });
    expect(preview.changes).toEqual([]);
    expect(preview.comparedWith).toEqual([]);
  });

  it('lists each member with the star, the standing star and why, and the changes against the standing rating', () => {
    const d = draft({ fiveStarPercent: 40 });
    const preview = quotaPreviewOf({
      org,
      period: '2026-H1',
      draft: d,
      plan: plan(d),
      inputs,
      standing: { runs: [], figures },
    });
    // 5 × 40% = 2 five-star places in branch 1; 2 × 40% = 0.8 → 1 in branch 2 (which 2 × 10% = 0.2 gave none before).
    expect(preview.members.map((m) => [m.memberName, m.stars, m.standingStars, m.unitName])).toEqual([
      ['党员1', 5, 5, '东一村党支部'],
      ['党员6', 5, 5, '东二村党支部'],
      ['党员2', 5, 4, '东一村党支部'],
      ['党员3', 4, 3, '东一村党支部'],
      ['党员4', 3, null, '东一村党支部'],
      ['党员7', null, null, '东二村党支部'],
      ['党员5', null, null, '东一村党支部'],
    ]);
    const missed = preview.members.find((m) => m.memberName === '党员5')!;
    expect(missed.explanation.at(-1)).toBe('未评上星级');
    expect(preview.changes.map((c) => [c.memberName, c.text, c.starsBefore, c.starsAfter])).toEqual([
      ['党员2', '星级 4 星 → 5 星', 4, 5],
      ['党员3', '星级 3 星 → 4 星', 3, 4],
      ['党员4', '星级 无星 → 3 星', null, 3],
    ]);
    expect(preview.summary.levels.map((l) => [l.stars, l.places, l.taken])).toEqual([
      [5, 3, 3],
      [4, 1, 1],
      [3, 1, 1],
    ]);
  });
});
