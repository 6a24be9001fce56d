import { buildRatedDistrict, RATED_PERIOD, RatedDistrict } from '../../support/src/rated-district';
import { dataOf, errorCodeOf, GraphQLResponse, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import type { SetQuotaPolicyInput } from './generated/api/graphql';

/**
 * A township committee edits its star quotas and sees, before saving, what they would give for a period
 * (previewQuotaPolicy): places per unit with their arithmetic, each member's star and why, the changes against the
 * standing rating. The district of rated-district.ts was rated over the whole district under the default shares
 * (branch 东一村: 6 members, 10/15/20% → 1/1/1 places: 王建国 98 five stars, 李秀英 85 four, 张伟 72 three).
 * Nothing is written: no policy, no run, no audit entry.
 */

const PASSWORD = 'Quota-preview-2026';

const CreateAccount = apiGraphql(`
  mutation QuotaPreviewCreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }
`);
const Login = apiGraphql(`
  mutation QuotaPreviewLogin($u: String!, $p: String!) { login(username: $u, password: $p) { token } }
`);
const PreviewPolicy = apiGraphql(`
  query QuotaPreviewDraft($i: SetQuotaPolicyInput!, $p: String!) {
    previewQuotaPolicy(input: $i, period: $p) {
      organizationId organizationName period
      policy { id setAt setByName isDefault fiveStarPercent overrides { branchId branch { name } fiveStarPercent reason } }
      summary { rated levels { stars places taken } }
      units { unitId name basis count levels { stars percent places taken explanation } }
      members { memberName branchName unitName status stars standingStars explanation }
      pendingCount
      pendingBranches { branchName count reason }
      comparedWith { version status organizationName }
      changes { memberName kind text starsBefore starsAfter }
    }
  }
`);
const Stored = apiGraphql(`
  query QuotaPreviewStored($town: ID!, $district: ID!) {
    town: organization(id: $town) {
      quotaPolicy(cycle: 2026) { id isDefault fiveStarPercent }
      quotaPolicyHistory { id }
      ratingRuns { id version status }
      auditLog(first: 200) { id operation }
    }
    district: organization(id: $district) { ratingRuns { id version status } }
  }
`);
const SetPolicy = apiGraphql(`
  mutation QuotaPreviewSetPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id setByName } }
`);
const ReverseEntry = apiGraphql(`
  mutation QuotaPreviewReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: "扣分依据不足，予以更正") { state } }
`);
const History = apiGraphql(`
  query QuotaPreviewHistory($o: ID!) {
    organization(id: $o) { quotaPolicyHistory { id cycle fiveStarPercent reason setAt setByName overrides { branchId branch { name } reason } } }
  }
`);

describe('previewing an unsaved quota policy, through the gateway', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  let district: RatedDistrict;
  const token: Record<string, string> = {};
  const as = (username: string) => ({ bearer: token[username] });
  const messageOf = (response: GraphQLResponse) => response.errors?.[0]?.message ?? '';
  /** The township's draft: the default shares, 东一村党支部 given 40% five stars. */
  const draft = (rules: Partial<SetQuotaPolicyInput> = {}): SetQuotaPolicyInput => ({
    organizationId: district.org.town.id,
    cycle: 2026,
    overrides: [
      {
        branchId: district.org.a.id,
        fiveStarPercent: 40,
        fourStarPercent: 15,
        threeStarPercent: 20,
        reason: '连续三年被评为先进基层党组织',
      },
    ],
    reason: '试算放宽东一村五星比例',
    ...rules,
  });
  const previewAs = (username: string | null, input: SetQuotaPolicyInput, period = RATED_PERIOD) =>
    platform.query(PreviewPolicy, { i: input, p: period }, username ? as(username) : undefined);
  const stored = async () =>
    dataOf(
      await platform.query(Stored, { town: district.org.town.id, district: district.org.district.id }, as('qp-town')),
    );

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    district = await buildRatedDistrict(platform, (to) => {
      now = to;
    });
    const accounts = [
      { username: 'qp-town', displayName: '陈立', role: 'TOWNSHIP', at: district.org.town.id },
      { username: 'qp-secretary', displayName: '张建华', role: 'BRANCH_SECRETARY', at: district.org.a.id },
      { username: 'qp-member', displayName: null, role: 'MEMBER', at: district.org.a.id, member: 'A1' },
    ] as const;
    for (const a of accounts) {
      dataOf(
        await platform.query(CreateAccount, {
          input: {
            username: a.username,
            displayName: a.displayName,
            role: a.role,
            organizationId: a.at,
            memberId: 'member' in a ? district.members[a.member] : null,
            password: PASSWORD,
          },
        }),
      );
      token[a.username] = dataOf(await platform.query(Login, { u: a.username, p: PASSWORD }, null)).login.token;
    }
    now = new Date('2026-07-15T08:00:00Z');
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('shows the branch given more five-star places, with the arithmetic, and writes nothing', async () => {
    const before = await stored();
    expect(before.town!.quotaPolicy).toMatchObject({ id: null, isDefault: true, fiveStarPercent: 10 });
    expect(before.town!.quotaPolicyHistory).toEqual([]);

    const preview = dataOf(await previewAs('qp-town', draft())).previewQuotaPolicy;
    expect(preview).toMatchObject({
      organizationId: district.org.town.id,
      organizationName: '东镇党委',
      period: '2026-H1',
    });
    expect(preview.policy).toMatchObject({ id: null, setAt: null, setByName: null, isDefault: false });
    expect(preview.policy.overrides.map((o) => [o.branch?.name, o.fiveStarPercent])).toEqual([['东一村党支部', 40]]);
    const a = preview.units.find((u) => u.unitId === district.org.a.id)!;
    expect(a).toMatchObject({ name: '东一村党支部（单独核定）', basis: 'OVERRIDE', count: 6 });
    expect(a.levels.map((l) => [l.stars, l.percent, l.places, l.taken, l.explanation])).toEqual([
      [5, 40, 2, 2, '6 人 × 40% = 2.4 人，四舍五入为 2 个名额'],
      [4, 15, 1, 1, '6 人 × 15% = 0.9 人，四舍五入为 1 个名额'],
      [3, 20, 1, 0, '6 人 × 20% = 1.2 人，四舍五入为 1 个名额'],
    ]);
    const b = preview.units.find((u) => u.unitId === district.org.b.id)!;
    expect(b).toMatchObject({ name: '东二村党支部', basis: 'BRANCH', count: 5 });
    expect(b.levels.map((l) => [l.stars, l.places, l.explanation])).toEqual([
      [5, 1, '5 人 × 10% = 0.5 人，四舍五入为 1 个名额'],
      [4, 1, '5 人 × 15% = 0.75 人，四舍五入为 1 个名额'],
      [3, 1, '5 人 × 20% = 1 人，四舍五入为 1 个名额'],
    ]);
    // The sibling township's branch is not in the township's scope.
    expect(preview.units).toHaveLength(2);
    expect(preview.summary.rated).toBe(11);

    const inA = preview.members.filter((m) => m.branchName === '东一村党支部');
    expect(inA.map((m) => [m.memberName, m.stars, m.standingStars])).toEqual([
      ['王建国', 5, 5],
      ['李秀英', 5, 4],
      ['张伟', 4, 3],
      ['刘洋', null, null],
      ['何亮', null, null],
      ['高原', null, null],
    ]);
    const liu = inA.find((m) => m.memberName === '刘洋')!;
    expect(liu.explanation.join('\n')).toContain('单独核定的名额比例，理由：连续三年被评为先进基层党组织');
    expect(liu.explanation.at(-1)).toBe('未评上星级');
    expect(preview.pendingCount).toBe(0);
    expect(preview.pendingBranches).toEqual([]);

    const after = await stored();
    expect(after).toEqual(before);
    expect(after.town!.auditLog.map((e) => e.operation)).not.toContain('previewQuotaPolicy');
  });

  it('lists the changes against the standing (confirmed) rating', async () => {
    const preview = dataOf(await previewAs('qp-town', draft())).previewQuotaPolicy;
    const changes = [...preview.changes].sort((x, y) => x.memberName.localeCompare(y.memberName, 'zh-CN'));
    expect(changes).toEqual([
      { memberName: '李秀英', kind: 'CHANGED', text: '星级 4 星 → 5 星', starsBefore: 4, starsAfter: 5 },
      { memberName: '张伟', kind: 'CHANGED', text: '星级 3 星 → 4 星', starsBefore: 3, starsAfter: 4 },
    ]);
    // The standing rating is the district's: the platform sees it; the township reads its results, not the run.
    expect(preview.comparedWith).toEqual([]);
    const seenBySystem = dataOf(await previewAs(null, draft())).previewQuotaPolicy;
    expect(seenBySystem.comparedWith).toEqual([{ version: 1, status: 'CONFIRMED', organizationName: '汇总区' }]);
    expect(seenBySystem.changes).toHaveLength(2);

    const unchanged = dataOf(await previewAs('qp-town', draft({ overrides: [] }))).previewQuotaPolicy;
    expect(unchanged.changes).toEqual([]);
  });

  it('refuses a bad draft with a stable code and says in Chinese what to fix', async () => {
    const before = await stored();
    const shares = await previewAs(
      'qp-town',
      draft({ fiveStarPercent: 50, fourStarPercent: 40, threeStarPercent: 20 }),
    );
    expect(errorCodeOf(shares)).toBe('INVALID_QUOTA_POLICY');
    expect(messageOf(shares)).toBe('三档比例合计 110% 超过了 100%');
    const noReason = await previewAs(
      'qp-town',
      draft({
        overrides: [
          { branchId: district.org.a.id, fiveStarPercent: 40, fourStarPercent: 15, threeStarPercent: 20, reason: ' ' },
        ],
      }),
    );
    expect(errorCodeOf(noReason)).toBe('INVALID_QUOTA_POLICY');
    expect(messageOf(noReason)).toBe('第 1 项单独核定须写明理由（如连续三年被评为先进基层党组织）');
    const foreign = await previewAs(
      'qp-town',
      draft({
        overrides: [
          {
            branchId: district.org.c.id,
            fiveStarPercent: 40,
            fourStarPercent: 15,
            threeStarPercent: 20,
            reason: '先进',
          },
        ],
      }),
    );
    expect(errorCodeOf(foreign)).toBe('INVALID_QUOTA_POLICY');
    expect(messageOf(foreign)).toBe('单独核定名额的第 1 项不是“东镇党委”所属的党支部');
    const later = await previewAs('qp-town', draft({ cycle: 2027 }));
    expect(errorCodeOf(later)).toBe('INVALID_QUOTA_POLICY');
    expect(messageOf(later)).toBe(
      '草案自 2027 年度起执行，不适用于期间 2026-H1；请选择 2027 年度及以后的期间，或将执行周期改为 2026',
    );
    expect(errorCodeOf(await previewAs('qp-town', draft(), '2026-H3'))).toBe('INVALID_PERIOD');
    expect(await stored()).toEqual(before);
  });

  it('refuses a branch secretary and a member, as setQuotaPolicy does', async () => {
    for (const username of ['qp-secretary', 'qp-member']) {
      const refused = await previewAs(username, draft());
      expect(refused.data?.previewQuotaPolicy ?? null).toBeNull();
      expect(errorCodeOf(refused)).toBe('ORGANIZATION_NOT_FOUND');
      const own = await previewAs(username, draft({ organizationId: district.org.a.id, overrides: [] }));
      expect(errorCodeOf(own)).toBe('FORBIDDEN');
      expect(messageOf(own)).toContain('您的账号无权预览星级名额政策');
    }
  });

  it('keeps each saved policy in a history that names who set it, when and why', async () => {
    const saved = dataOf(await platform.query(SetPolicy, { i: draft() }, as('qp-town'))).setQuotaPolicy;
    now = new Date('2026-07-16T08:00:00Z');
    dataOf(await platform.query(SetPolicy, { i: draft({ overrides: [], reason: '恢复默认比例' }) }, as('qp-town')));
    const history = dataOf(await platform.query(History, { o: district.org.town.id }, as('qp-town'))).organization!
      .quotaPolicyHistory!;
    const names = (p: (typeof history)[number]) => p.overrides.map((o) => `${o.branch?.name}：${o.reason}`);
    expect(history.map((p) => [p.id === saved.id, p.reason, p.setByName, p.setAt, names(p)])).toEqual([
      [
        true,
        '试算放宽东一村五星比例',
        '东镇党委 管理员 陈立',
        '2026-07-15T08:00:00.000Z',
        ['东一村党支部：连续三年被评为先进基层党组织'],
      ],
      [false, '恢复默认比例', '东镇党委 管理员 陈立', '2026-07-16T08:00:00.000Z', []],
    ]);
    expect(saved.setByName).toBe(history[0].setByName);
  });

  it('lists a branch whose scores are not all final, with how many and why, and leaves those members out', async () => {
    // 罗晓's first entry is reversed: her score is provisional again, so she is left out of the preview.
    dataOf(await platform.query(ReverseEntry, { id: district.entries.b[0] }));
    const preview = dataOf(await previewAs('qp-town', draft())).previewQuotaPolicy;
    expect(preview.pendingCount).toBe(1);
    expect(preview.pendingBranches).toEqual([
      {
        branchName: '东二村党支部',
        count: 1,
        reason: '1 人的积分尚未确定：1 人尚在申报、初评或党员大会评定中，未公示',
      },
    ]);
    expect(preview.members.map((m) => m.memberName)).not.toContain('罗晓');
    // 东二村 is counted over its four final scores: 4 × 10% = 0.4 → 0, 4 × 15% = 0.6 → 1, 4 × 20% = 0.8 → 1.
    const b = preview.units.find((u) => u.unitId === district.org.b.id)!;
    expect(b.levels.map((l) => [l.stars, l.places, l.taken])).toEqual([
      [5, 0, 0],
      [4, 1, 1],
      [3, 1, 1],
    ]);
    const changes = [...preview.changes].sort((x, y) => x.memberName.localeCompare(y.memberName, 'zh-CN'));
    expect(changes.map((c) => [c.memberName, c.kind, c.starsBefore, c.starsAfter])).toEqual([
      ['李秀英', 'CHANGED', 4, 5],
      ['罗晓', 'REMOVED', 5, null],
      ['张伟', 'CHANGED', 3, 4],
    ]);
  });
});
