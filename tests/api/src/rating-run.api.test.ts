import {
  dataOf,
  Document,
  errorCodeOf,
  GraphQLResponse,
  startTestPlatform,
  TestPlatform,
} from '../../support/src/test-platform';
import { entriesOf, planned, Planned } from '../../support/src/planned-members';
import { halfYearEntries, scorePeriod } from '../../support/src/scored-period';
import { apiGraphql } from './generated/api';
import type { AddMemberInput, OrgLevel, WarningCaseStatus } from './generated/api/graphql';

/**
 * A half-year of the district star rating (T8 评星定级, seed 004) through the gateway: two branches of a township
 * scored, confirmed, published and final in the ledger; the township committee sets its star quotas, previews,
 * confirms (once, under a race), corrects under other rounding and a pooled scope; the dual-warning cases
 * opened by the confirmation are followed to an improvement and to the disposal procedure.
 */

/**
 * Branch A, DOMAIN.md's worked example: 20 members, places 2 / 3 / 4. Eleven meet both floors (base ≥ 50,
 * total ≥ 70) at distinct totals; 程卫东 has 89 but base 49; eight are below 70, two of them below 50.
 */
const A: Planned[] = [
  planned('D101', '王建国', 58, 40), // 98  rank 1 → five stars
  planned('D102', '李秀英', 57, 38), // 95  rank 2 → five stars
  planned('D103', '张伟', 60, 33), //   93  rank 3 → four stars
  planned('D104', '刘洋', 55, 36), //   91  rank 4 → four stars
  planned('D105', '陈静', 56, 34), //   90  rank 5 → four stars
  planned('D106', '程卫东', 49, 40), // 89  base 49 → no star whatever the total
  planned('D107', '杨帆', 59, 28), //   87  rank 6 → three stars
  planned('D108', '赵敏', 54, 31), //   85  rank 7 → three stars
  planned('D109', '黄磊', 52, 30), //   82  rank 8 → three stars
  planned('D110', '周平', 53, 26), //   79  rank 9 → three stars
  planned('D111', '吴刚', 51, 24), //   75  rank 10 → places full, no star
  planned('D112', '徐丽', 50, 20), //   70  rank 11 → floors met exactly, places full, no star
  planned('D113', '孙涛', 55, 14), //   69  below the star line
  planned('D114', '马骏', 60, 5), //    65
  planned('D115', '朱红', 48, 12), //   60
  planned('D116', '胡斌', 50, 5), //    55  admonishment
  planned('D117', '郭芳', 45, 7), //    52
  planned('D118', '林峰', 40, 11), //   51
  planned('D119', '何亮', 35, 10), //   45  dual warning
  planned('D120', '高原', 30, 8), //    38  dual warning
];

/** Branch B: five members; with HALF_UP 10% of 5 = 0.5 → 1, 15% → 0.75 → 1, 20% → 1. */
const B: Planned[] = [
  planned('D201', '罗晓', 60, 35), // 95 → five stars (HALF_UP), three stars under DOWN
  planned('D202', '梁宇', 58, 30), // 88 → four stars (HALF_UP), none under DOWN
  planned('D203', '宋雨', 56, 25), // 81 → three stars (HALF_UP), none under DOWN
  planned('D204', '谢婷', 55, 20), // 75 → none
  planned('D205', '韩冰', 52, 10), // 62 → none
];

const total = (m: Planned) => m.base + m.star;

const levelsOf = (levels: { stars: number; places: number; taken: number }[]) =>
  levels.map(({ stars, places, taken }) => ({ stars, places, taken }));
const isChinese = (line: string) => /[\u4e00-\u9fff]/.test(line);

describe('star rating and dual warning through the gateway', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  const org: Record<'district' | 'town' | 'a' | 'b', string> = { district: '', town: '', a: '', b: '' };
  /** memberNo → member id */
  const id: Record<string, string> = {};
  const byId = new Map<string, Planned>();
  const windows: string[] = [];
  /** memberNo → the ids of the member's entries, in the order of entriesOf */
  const entryIds: Record<string, string[]> = {};
  const q = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const later = (minutes: number) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };

  const setPolicy = (input: Record<string, unknown>) =>
    platform.query(
      apiGraphql(
        `mutation RatingRunSetQuotaPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id cycle scope rounding fiveStarPercent fourStarPercent threeStarPercent interviewDays rectifyMonths isDefault } }`,
      ),
      {
        i: { organizationId: org.town, cycle: 2026, ...input },
      },
    );
  const preview = (organizationId: string, period = '2026-H1') =>
    platform.query(
      apiGraphql(
        `mutation RatingRunPreview($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) {
          id version status period organizationId pendingCount comparedWith createdAt confirmedAt
          summary { scores rated warnings units levels { stars places taken overflow } }
          changes { memberId memberName kind text starsBefore starsAfter }
          units { unitId name basis count levels { stars percent places taken overflow explanation } }
        } }`,
      ),
      { o: organizationId, p: period },
    );
  const confirm = (runId: string) =>
    platform.query(
      apiGraphql(
        `mutation RatingRunConfirm($r: ID!) { confirmRating(runId: $r) {
          id version status period organizationId pendingCount comparedWith createdAt confirmedAt
          summary { scores rated warnings units levels { stars places taken overflow } }
          changes { memberId memberName kind text starsBefore starsAfter }
          units { unitId name basis count levels { stars percent places taken overflow explanation } }
        } }`,
      ),
      { r: runId },
    );
  const run = async (runId: string) =>
    (
      await q(
        apiGraphql(
          `query RatingRunRun($r: ID!) { ratingRun(id: $r) {
            id version status period organizationId pendingCount comparedWith createdAt confirmedAt
            summary { scores rated warnings units levels { stars places taken overflow } }
            changes { memberId memberName kind text starsBefore starsAfter }
            units { unitId name basis count levels { stars percent places taken overflow explanation } }
          } }`,
        ),
        { r: runId },
      )
    ).ratingRun!;
  const results = async (runId: string, filter: { warningOnly?: boolean; stars?: number } = {}) =>
    (
      await q(
        apiGraphql(
          `query RatingRunResults($r: ID!, $warningOnly: Boolean! = false, $stars: Int) { ratingRun(id: $r) {
            results(first: 50, warningOnly: $warningOnly, stars: $stars) { total items { memberId memberName memberNo branchId unitId status total base starPoints grade { code name } stars rank warning explanation } }
          } }`,
        ),
        { r: runId, ...filter },
      )
    ).ratingRun!.results;
  const runsOfTown = async () =>
    (
      await q(
        apiGraphql(
          `query RatingRunRunsOfTown($o: ID!) { organization(id: $o) { ratingRuns(period: "2026-H1") { id version status } } }`,
        ),
        { o: org.town },
      )
    ).organization!.ratingRuns!;
  /** One request for the standing rating of every member of the township (its roster), as a dashboard would ask. */
  const ratings = async () => {
    const roster = (
      await q(
        apiGraphql(
          `query RatingRunRatings($o: ID!) { organization(id: $o) { members(first: 50) { items {
            memberNo stars(period: "2026-H1") rating(period: "2026-H1") { stars total rank explanation }
          } } } }`,
        ),
        { o: org.town },
      )
    ).organization!.members.items;
    return Object.fromEntries(roster.map(({ memberNo, ...standing }) => [memberNo, standing]));
  };
  const cases = async (filter: { status?: WarningCaseStatus; overdueOnly?: boolean } = {}) =>
    (
      await q(
        apiGraphql(
          `query RatingRunWarningCases($o: ID!, $status: WarningCaseStatus, $overdueOnly: Boolean! = false) {
            organization(id: $o) { warningCases(status: $status, overdueOnly: $overdueOnly) {
              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue
              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep
            } }
          }`,
        ),
        { o: org.town, ...filter },
      )
    ).organization!.warningCases!;
  const rollup = async (organizationId: string) =>
    (
      await q(
        apiGraphql(
          `query RatingRunRollup($o: ID!) { organization(id: $o) { ratingRollup(period: "2026-H1") {
            period organizationId rated pooledAbove stars { stars places taken overflow } warnings { open overdue escalated closed }
            children { organizationId rated pooledAbove stars { stars places taken overflow } warnings { open overdue escalated closed } }
          } } }`,
        ),
        { o: organizationId },
      )
    ).organization!.ratingRollup!;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (level: OrgLevel, name: string, parentId: string | null) =>
      (
        await q(
          apiGraphql(
            `mutation RatingRunCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
          ),
          { input: { level, name, parentId } },
        )
      ).createOrganization.id as string;
    org.district = await create('DISTRICT', '评星区', null);
    org.town = await create('TOWNSHIP', '东镇党委', org.district);
    org.a = await create('BRANCH', '东一村党支部', org.town);
    org.b = await create('BRANCH', '东二村党支部', org.town);
    for (const [branch, members] of [
      [org.a, A],
      [org.b, B],
    ] as const) {
      const filing = (
        await q(
          apiGraphql(
            `mutation RatingRunAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "district-star-rating") { id } }`,
          ),
          { o: branch },
        )
      ).adoptTemplate;
      await q(apiGraphql(`mutation RatingRunSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }`), {
        id: filing.id,
      });
      await q(
        apiGraphql(
          `mutation RatingRunApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-01-01") { id } }`,
        ),
        { id: filing.id },
      );
      for (const m of members) {
        const input: AddMemberInput = {
          organizationId: branch,
          memberNo: m.no,
          name: m.name,
          gender: 'FEMALE',
          kind: 'FULL',
          joinDate: '2008-07-01',
          birthDate: '1978-03-01',
        };
        id[m.no] = (
          await q(
            apiGraphql(
              `mutation RatingRunAddPlannedMember($input: AddMemberInput!) { addMember(input: $input) { id } }`,
            ),
            { input },
          )
        ).addMember.id;
        byId.set(id[m.no], m);
      }
      // Declared in one file per branch (one row per entry), then reviewed by the committee in one batch.
      const owners = members.flatMap((m) => entriesOf(m).map(() => m.no));
      const rows = members.flatMap((m, i) =>
        entriesOf(m).map((e, j) => `${m.no},${m.name},${e.item},2026-0${((i + j) % 6) + 1}-15,${e.points}`),
      );
      const csv = `\uFEFF党员编号,姓名,项目,日期,分值\n${rows.join('\n')}\n`;
      const uploaded = await platform.upload(
        'import',
        csv,
        { organizationId: branch, fileName: '积分记录.csv' },
        { contentType: 'text/csv' },
      );
      const declared = (
        await q(
          apiGraphql(
            `mutation RatingRunImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id state } }`,
          ),
          { i: { organizationId: branch, uploadId: uploaded.json.id } },
        )
      ).importEntries as { id: string; state: string }[];
      expect(declared.length).toBe(rows.length);
      expect(new Set(declared.map((e) => e.state))).toEqual(new Set(['DECLARED']));
      declared.forEach((e, i) => (entryIds[owners[i]] ??= []).push(e.id));
      const reviewed = (
        await q(
          apiGraphql(
            `mutation RatingRunReviewImported($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }`,
          ),
          { ids: declared.map((e) => e.id) },
        )
      ).reviewEntries;
      expect(reviewed.every((e: { state: string }) => e.state === 'ACCEPTED')).toBe(true);
      const assembly = (
        await q(
          apiGraphql(
            `mutation RatingRunConfirmBranchAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id entryCount } }`,
          ),
          {
            i: {
              organizationId: branch,
              period: '2026-H1',
              meetingOn: '2026-07-02',
              attendeeIds: members.map((m) => id[m.no]),
            },
          },
        )
      ).confirmAssembly;
      expect(assembly.entryCount).toBe(rows.length);
      windows.push(
        (
          await q(
            apiGraphql(
              `mutation RatingRunPublishBranchScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: "2026-07-03", endsOn: "2026-07-09" }) { id } }`,
            ),
            { a: assembly.id },
          )
        ).publishScores.id,
      );
    }
  });
  afterAll(() => platform?.stop());

  const scores = async () => {
    const roster = (
      await q(
        apiGraphql(
          `query RatingRunScores($o: ID!) { organization(id: $o) { members(first: 50) { items {
            memberNo score(period: "2026-H1") { state total components { code score } }
          } } } }`,
        ),
        { o: org.town },
      )
    ).organization!.members.items;
    return Object.fromEntries(roster.map(({ memberNo, score }) => [memberNo, { score: score! }]));
  };

  let pendingRunId = '';
  it('previews while the scores are still in publicity, but refuses to confirm before they are final', async () => {
    const published = await scores();
    for (const m of [...A, ...B]) {
      expect([m.no, published[m.no].score]).toEqual([
        m.no,
        {
          state: 'PUBLISHED',
          total: total(m),
          components: [
            { code: 'base', score: m.base },
            { code: 'star', score: m.star },
          ],
        },
      ]);
    }
    const early = dataOf(await preview(org.town)).previewRating;
    pendingRunId = early.id;
    expect(early).toMatchObject({
      version: 1,
      status: 'PREVIEW',
      pendingCount: 25,
      summary: { scores: 0, rated: 0, warnings: 0 },
    });
    const refused = await confirm(early.id);
    expect(errorCodeOf(refused)).toBe('SCORES_NOT_FINAL');
    expect(refused.errors?.[0].message).toContain('25 人的积分尚未确认');
    expect((await run(early.id)).status).toBe('PREVIEW');
  });

  it('makes the half-year final once publicity has run its last day', async () => {
    at('2026-07-10T08:00:00Z');
    for (const windowId of windows) {
      expect(
        (
          await q(apiGraphql(`mutation RatingRunCloseWindow($w: ID!) { closePublicity(windowId: $w) { status } }`), {
            w: windowId,
          })
        ).closePublicity.status,
      ).toBe('CLOSED');
    }
    const final = await scores();
    for (const m of [...A, ...B])
      expect([m.no, final[m.no].score.state, final[m.no].score.total]).toEqual([m.no, 'FINAL', total(m)]);
  });

  it('hands the period’s scores out in pages that chain to the end (as a rating run reads them)', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: {
        nextAfter: string | null;
        items: {
          memberId: string;
          state: string;
          star: { base: number } | null;
          member: { memberNo: string } | null;
        }[];
      } = (
        await q(
          apiGraphql(
            `query RatingRunPeriodScoresPage($o: ID!, $a: ID) { organization(id: $o) { periodScores(period: "2026-H1", states: [FINAL], first: 7, after: $a) { nextAfter items { memberId state star { base } member { memberNo } } } } }`,
          ),
          { o: org.town, a: after },
        )
      ).organization!.periodScores;
      seen.push(...page.items.map((i) => i.memberId));
      for (const item of page.items)
        expect([item.member!.memberNo, item.state, item.star?.base]).toEqual([
          item.member!.memberNo,
          'FINAL',
          byId.get(item.memberId)!.base,
        ]);
      after = page.nextAfter;
      pages += 1;
    } while (after);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(25);
    expect(seen).toEqual([...seen].sort());
    const refused = await platform.query(
      apiGraphql(
        `query RatingRunPeriodScoresTooLarge($o: ID!) { organization(id: $o) { periodScores(period: "2026-H1", first: 5000) { nextAfter } } }`,
      ),
      { o: org.town },
    );
    expect(errorCodeOf(refused)).toBe('PAGE_TOO_LARGE');
  });

  it('reads a page without the results’ detail unless a field shows it, and the same figures either way; before ends a range', async () => {
    const lean = (
      await q(
        apiGraphql(
          `query RatingRunPeriodScoresLean($o: ID!) { organization(id: $o) { periodScores(period: "2026-H1", first: 100) { nextAfter items {
            memberId state status total graded grade { code } veto { label } forcedGrade { label grade } consequences { code label } star { base starPoints }
          } } } }`,
        ),
        { o: org.town },
      )
    ).organization!.periodScores;
    const full = (
      await q(
        apiGraphql(
          `query RatingRunPeriodScoresFull($o: ID!) { organization(id: $o) { periodScores(period: "2026-H1", first: 100) { nextAfter items {
            memberId state status total graded grade { code } veto { label } forcedGrade { label grade } consequences { code label } star { base starPoints }
            components { code score } explanation { text }
          } } } }`,
        ),
        { o: org.town },
      )
    ).organization!.periodScores;
    const range = async (bounds: { before?: string; after?: string }) =>
      (
        await q(
          apiGraphql(
            `query RatingRunPeriodScoresRange($o: ID!, $before: ID, $after: ID) {
              organization(id: $o) { periodScores(period: "2026-H1", first: 100, before: $before, after: $after) { nextAfter items { memberId } } }
            }`,
          ),
          { o: org.town, ...bounds },
        )
      ).organization!.periodScores;
    expect(full.items.length).toBe(25);
    expect(
      full.items.every(
        (i: { components: unknown[]; explanation: unknown[] }) => i.components.length > 0 && i.explanation.length > 0,
      ),
    ).toBe(true);
    expect(lean.items).toEqual(
      full.items.map(({ components: _c, explanation: _e, ...figures }: Record<string, unknown>) => figures),
    );
    const ids: string[] = full.items.map((i: { memberId: string }) => i.memberId);
    // Two ranges split at the 11th id, as a rating run reads four at once: together, every score once.
    const low = await range({ before: ids[10] });
    const high = await range({ after: ids[9] });
    expect([...low.items, ...high.items].map((i: { memberId: string }) => i.memberId)).toEqual(ids);
    expect(low.nextAfter).toBeNull();
    const refused = await platform.query(
      apiGraphql(
        `query RatingRunPeriodScoresBadBound($o: ID!) { organization(id: $o) { periodScores(period: "2026-H1", before: "nope") { nextAfter } } }`,
      ),
      { o: org.town },
    );
    expect(errorCodeOf(refused)).toBe('INVALID_ID');
  });

  let firstRunId = '';
  it('previews the township under its policy: places per branch, stars by rank, and why each member got what they got', async () => {
    const policy = dataOf(await setPolicy({ reason: '按区委组织部默认比例' })).setQuotaPolicy;
    expect(policy).toMatchObject({
      cycle: 2026,
      scope: 'BRANCH',
      rounding: 'HALF_UP',
      fiveStarPercent: 10,
      fourStarPercent: 15,
      threeStarPercent: 20,
      interviewDays: 15,
      rectifyMonths: 6,
      isDefault: false,
    });
    later(1);
    const first = dataOf(await preview(org.town)).previewRating;
    firstRunId = first.id;
    expect(first).toMatchObject({
      version: 2,
      status: 'PREVIEW',
      pendingCount: 0,
      period: '2026-H1',
      organizationId: org.town,
    });
    expect(first.summary).toMatchObject({ scores: 25, rated: 25, warnings: 2, units: 2 });
    expect(levelsOf(first.summary.levels)).toEqual([
      { stars: 5, places: 3, taken: 3 },
      { stars: 4, places: 4, taken: 4 },
      { stars: 3, places: 5, taken: 5 },
    ]);

    const unitA = first.units.find((u) => u.unitId === org.a)!;
    expect(unitA).toMatchObject({ basis: 'BRANCH', count: 20, name: '东一村党支部' });
    expect(levelsOf(unitA.levels)).toEqual([
      { stars: 5, places: 2, taken: 2 },
      { stars: 4, places: 3, taken: 3 },
      { stars: 3, places: 4, taken: 4 },
    ]);
    const unitB = first.units.find((u) => u.unitId === org.b)!;
    expect(unitB).toMatchObject({ basis: 'BRANCH', count: 5 });
    expect(levelsOf(unitB.levels)).toEqual([
      { stars: 5, places: 1, taken: 1 },
      { stars: 4, places: 1, taken: 1 },
      { stars: 3, places: 1, taken: 1 },
    ]);
    expect(unitB.levels[0].explanation).toContain('5 人 × 10% = 0.5 人，四舍五入为 1 个');

    const page = await results(first.id);
    expect(page.total).toBe(25);
    const of = new Map<string, any>(page.items.map((r: { memberNo: string }) => [r.memberNo, r]));
    const starsOf = (members: Planned[]) => members.map((m) => [m.no, of.get(m.no).stars]);
    expect(starsOf(A)).toEqual([
      ['D101', 5],
      ['D102', 5],
      ['D103', 4],
      ['D104', 4],
      ['D105', 4],
      ['D106', null],
      ['D107', 3],
      ['D108', 3],
      ['D109', 3],
      ['D110', 3],
      ['D111', null],
      ['D112', null],
      ['D113', null],
      ['D114', null],
      ['D115', null],
      ['D116', null],
      ['D117', null],
      ['D118', null],
      ['D119', null],
      ['D120', null],
    ]);
    expect(starsOf(B)).toEqual([
      ['D201', 5],
      ['D202', 4],
      ['D203', 3],
      ['D204', null],
      ['D205', null],
    ]);
    // The eleven eligible of branch A ranked 1–11; 程卫东 (89, base 49) is not ranked.
    const ranked = ['D101', 'D102', 'D103', 'D104', 'D105', 'D107', 'D108', 'D109', 'D110', 'D111', 'D112'];
    expect(ranked.map((no) => of.get(no).rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const cheng = of.get('D106');
    expect(cheng).toMatchObject({
      total: 89,
      base: 49,
      starPoints: 40,
      stars: null,
      rank: null,
      unitId: org.a,
      // base 49 < 50: no grade that suggests a star (达到评星起点), whatever the total
      grade: { code: 'BELOW_STAR_LINE' },
    });
    expect(cheng.explanation.join('\n')).toContain('共性分 49 分，低于 50 分');
    expect(of.get('D111').explanation.join('\n')).toContain('排名在前的成员已占满各级名额');
    expect(of.get('D101').explanation.join('\n')).toContain('获评五星');
    for (const r of page.items) {
      expect([r.memberNo, r.status, r.explanation.length > 0, r.explanation.every(isChinese)]).toEqual([
        r.memberNo,
        'RATED',
        true,
        true,
      ]);
      const m = byId.get(r.memberId)!;
      expect([r.memberNo, r.total, r.base, r.branchId]).toEqual([
        m.no,
        total(m),
        m.base,
        A.includes(m) ? org.a : org.b,
      ]);
    }
    // Dual warning below 50: 何亮 45 and 高原 38 — a preview opens no case.
    const warned = await results(first.id, { warningOnly: true });
    expect(warned.items.map((r) => [r.memberNo, r.warning]).sort()).toEqual([
      ['D119', 'SCORE_BELOW_50'],
      ['D120', 'SCORE_BELOW_50'],
    ]);
    expect(warned.items[0].explanation.join('\n')).toContain('双预警');
    const fiveStars = await results(first.id, { stars: 5 });
    expect(fiveStars.items.map((r: { memberNo: string }) => r.memberNo).sort()).toEqual(['D101', 'D102', 'D201']);
  });

  it('publishes nothing and opens no warning case while the rating is only a preview', async () => {
    const standing = await ratings();
    for (const m of [...A, ...B]) expect([m.no, standing[m.no]]).toEqual([m.no, { stars: null, rating: null }]);
    expect(await cases()).toEqual([]);
    const memberCases = (
      await q(apiGraphql(`query RatingRunMemberCaseIds($m: ID!) { member(id: $m) { warningCases { id } } }`), {
        m: id.D120,
      })
    ).member!.warningCases;
    expect(memberCases).toEqual([]);
    const figures = await rollup(org.town);
    expect(figures).toMatchObject({ rated: 0, warnings: { open: 0, overdue: 0, escalated: 0, closed: 0 } });
  });

  it('lets only one of two simultaneous confirmations through; the other is told of the conflict', async () => {
    const [one, two] = await Promise.all([confirm(firstRunId), confirm(firstRunId)]);
    const outcomes = [one, two].map((r: GraphQLResponse) =>
      r.errors?.length ? r.errors[0].extensions?.code : r.data?.confirmRating.status,
    );
    expect(outcomes.sort()).toEqual(['CONFIRMED', 'RATING_RUN_CONFLICT']);
    expect(await run(firstRunId)).toMatchObject({ status: 'CONFIRMED', confirmedAt: '2026-07-10T08:01:00.000Z' });
    const again = await confirm(firstRunId);
    expect(errorCodeOf(again)).toBe('RATING_RUN_CONFLICT');
    expect((await run(pendingRunId)).status).toBe('PREVIEW');
  });

  it('shows each member’s stars, the township’s stars against places, and opens warning cases for members below 50', async () => {
    const standing = await ratings();
    expect(standing.D101).toMatchObject({ stars: 5, rating: { stars: 5, total: 98, rank: 1 } });
    expect(standing.D105).toMatchObject({ stars: 4, rating: { stars: 4, total: 90 } });
    expect(standing.D110).toMatchObject({ stars: 3, rating: { stars: 3, total: 79 } });
    expect(standing.D106).toMatchObject({ stars: null, rating: { stars: null, total: 89 } });
    expect(standing.D201).toMatchObject({ stars: 5, rating: { stars: 5, total: 95 } });
    expect(standing.D120.rating!.explanation.join('\n')).toContain('双预警');

    const town = await rollup(org.town);
    expect(town).toMatchObject({
      organizationId: org.town,
      period: '2026-H1',
      rated: 25,
      pooledAbove: false,
      warnings: { open: 2, overdue: 0, escalated: 0, closed: 0 },
    });
    expect(levelsOf(town.stars)).toEqual([
      { stars: 5, places: 3, taken: 3 },
      { stars: 4, places: 4, taken: 4 },
      { stars: 3, places: 5, taken: 5 },
    ]);
    const child = (key: string) => town.children.find((c) => c.organizationId === key)!;
    expect(town.children).toHaveLength(2);
    expect(child(org.a)).toMatchObject({ rated: 20, warnings: { open: 2 } });
    expect(levelsOf(child(org.a).stars)).toEqual([
      { stars: 5, places: 2, taken: 2 },
      { stars: 4, places: 3, taken: 3 },
      { stars: 3, places: 4, taken: 4 },
    ]);
    expect(child(org.b)).toMatchObject({ rated: 5, warnings: { open: 0 } });
    expect(levelsOf(child(org.b).stars)).toEqual([
      { stars: 5, places: 1, taken: 1 },
      { stars: 4, places: 1, taken: 1 },
      { stars: 3, places: 1, taken: 1 },
    ]);

    const open = await cases();
    expect(open.map((c: { memberId: string }) => c.memberId).sort()).toEqual([id.D119, id.D120].sort());
    for (const c of open) {
      expect(c).toMatchObject({
        branchId: org.a,
        periodKey: '2026-H1',
        trigger: 'SCORE_BELOW_50',
        status: 'OPEN',
        openedOn: '2026-07-10',
        interviewDue: '2026-07-25',
        isOverdue: false,
      });
    }
    expect(open.find((c) => c.memberId === id.D120)!.total).toBe(38);
    const own = (
      await q(
        apiGraphql(`query RatingRunMemberCases($m: ID!) { member(id: $m) { warningCases { status periodKey } } }`),
        { m: id.D119 },
      )
    ).member!.warningCases;
    expect(own).toEqual([{ status: 'OPEN', periodKey: '2026-H1' }]);
  });

  it('lists each member’s stars on the branch’s 公示名单 once the rating is confirmed, as the rating gave them', async () => {
    const list = (
      await q(
        apiGraphql(
          `query RatingRunPublicityStars($w: ID!) { publicityWindow(id: $w) { list { rated rows { name total stars } } } }`,
        ),
        { w: windows[0] },
      )
    ).publicityWindow!.list;
    const roster = (
      await q(
        apiGraphql(
          `query RatingRunBranchStars($o: ID!) { organization(id: $o) { members(first: 50) { items { name stars(period: "2026-H1") } } } }`,
        ),
        { o: org.a },
      )
    ).organization!.members.items;
    expect(list.rated).toBe(true);
    expect(list.rows).toHaveLength(roster.length);
    const rated = new Map(roster.map((m) => [m.name, m.stars ?? null]));
    for (const row of list.rows) expect(row.stars).toBe(rated.get(row.name));
    expect(list.rows.filter((r) => r.stars === 5)).toHaveLength(2);
    expect(list.rows[0]).toMatchObject({ total: 98, stars: 5 });
  });

  let poolRunId = '';
  it('re-rates under other rounding and a pooled scope as new versions; confirming one supersedes the standing one', async () => {
    later(1);
    expect(dataOf(await setPolicy({ rounding: 'DOWN', reason: '名额向下取整' })).setQuotaPolicy.rounding).toBe('DOWN');
    later(1);
    const down = dataOf(await preview(org.town)).previewRating;
    expect(down).toMatchObject({ version: 3, status: 'PREVIEW', comparedWith: firstRunId });
    const unitB = down.units.find((u) => u.unitId === org.b)!;
    expect(levelsOf(unitB.levels)).toEqual([
      { stars: 5, places: 0, taken: 0 },
      { stars: 4, places: 0, taken: 0 },
      { stars: 3, places: 1, taken: 1 },
    ]);
    expect(unitB.levels[0].explanation).toContain('向下取整为 0 个');
    const unitA = down.units.find((u) => u.unitId === org.a)!;
    expect(levelsOf(unitA.levels)).toEqual([
      { stars: 5, places: 2, taken: 2 },
      { stars: 4, places: 3, taken: 3 },
      { stars: 3, places: 4, taken: 4 },
    ]);
    // Only branch B's three starred members change: 罗晓 5 → 3, 梁宇 4 → none, 宋雨 3 → none.
    const changed = down.changes.map(
      (c: { memberId: string; kind: string; starsBefore: number | null; starsAfter: number | null }) => [
        byId.get(c.memberId)!.no,
        c.kind,
        c.starsBefore,
        c.starsAfter,
      ],
    );
    expect(changed.sort()).toEqual([
      ['D201', 'CHANGED', 5, 3],
      ['D202', 'CHANGED', 4, null],
      ['D203', 'CHANGED', 3, null],
    ]);
    expect(down.changes.find((c) => c.memberId === id.D201)!.text).toContain('星级 5 星 → 3 星');
    // The standing rating is still version 2 until a new version is confirmed.
    expect((await ratings()).D201.stars).toBe(5);

    later(1);
    expect(dataOf(await setPolicy({ scope: 'POOL', reason: '全镇统筹核定名额' })).setQuotaPolicy.scope).toBe('POOL');
    later(1);
    const pooled = dataOf(await preview(org.town)).previewRating;
    poolRunId = pooled.id;
    expect(pooled).toMatchObject({ version: 4, status: 'PREVIEW', comparedWith: firstRunId, summary: { units: 1 } });
    expect(pooled.units).toHaveLength(1);
    const pool = pooled.units[0];
    // 25 × 10% = 2.5 → 3, 25 × 15% = 3.75 → 4, 25 × 20% = 5
    expect(pool).toMatchObject({ unitId: org.town, basis: 'POOL', count: 25, name: '东镇党委（统筹核定）' });
    expect(levelsOf(pool.levels)).toEqual([
      { stars: 5, places: 3, taken: 3 },
      { stars: 4, places: 4, taken: 4 },
      { stars: 3, places: 5, taken: 5 },
    ]);
    expect(pool.levels[0].explanation).toContain('25 人 × 10% = 2.5 人，四舍五入为 3 个');
    const page = await results(pooled.id);
    const starsOf = new Map<string, number | null>(
      page.items.map((r: { memberNo: string; stars: number | null }) => [r.memberNo, r.stars]),
    );
    // Pooled ranking: 98, 95 (罗晓, base 60), 95 (李秀英, base 57) | 93, 91, 90, 88 | 87, 85, 82, 81, 79 | 75, 75, 70.
    expect(
      [...starsOf]
        .filter(([, stars]) => stars === 5)
        .map(([no]) => no)
        .sort(),
    ).toEqual(['D101', 'D102', 'D201']);
    expect(
      [...starsOf]
        .filter(([, stars]) => stars === 4)
        .map(([no]) => no)
        .sort(),
    ).toEqual(['D103', 'D104', 'D105', 'D202']);
    expect(
      [...starsOf]
        .filter(([, stars]) => stars === 3)
        .map(([no]) => no)
        .sort(),
    ).toEqual(['D107', 'D108', 'D109', 'D110', 'D203']);
    expect(page.items.every((r) => r.unitId === org.town)).toBe(true);
    const ranks = new Map<string, number | null>(
      page.items.map((r: { memberNo: string; rank: number | null }) => [r.memberNo, r.rank]),
    );
    expect([ranks.get('D101'), ranks.get('D201'), ranks.get('D102')]).toEqual([1, 2, 3]);
    // Against version 2 nobody's stars changed: the pool gives the same twelve the same levels.
    expect(pooled.changes).toEqual([]);

    later(1);
    expect(dataOf(await confirm(pooled.id)).confirmRating).toMatchObject({ version: 4, status: 'CONFIRMED' });
    expect((await run(firstRunId)).status).toBe('SUPERSEDED');
    expect((await run(down.id)).status).toBe('PREVIEW');
    expect(errorCodeOf(await confirm(down.id))).toBe('RATING_RUN_CONFLICT');
    const versions = (await runsOfTown()).map((r: { version: number; status: string }) => [r.version, r.status]);
    expect(versions).toEqual([
      [4, 'CONFIRMED'],
      [3, 'PREVIEW'],
      [2, 'SUPERSEDED'],
      [1, 'PREVIEW'],
    ]);

    const town = await rollup(org.town);
    expect(levelsOf(town.stars)).toEqual([
      { stars: 5, places: 3, taken: 3 },
      { stars: 4, places: 4, taken: 4 },
      { stars: 3, places: 5, taken: 5 },
    ]);
    expect(town.pooledAbove).toBe(false);
    const childA = town.children.find((c) => c.organizationId === org.a)!;
    expect(childA).toMatchObject({ pooledAbove: true, rated: 20 });
    expect(childA.stars.map((s: { taken: number }) => s.taken)).toEqual([2, 3, 4]);
    // The cases opened by version 2 stay open: the members are still below 50.
    expect((await cases({ status: 'OPEN' })).length).toBe(2);
  });

  it('refuses to confirm a preview made before the policy changed', async () => {
    later(1);
    const stale = dataOf(await preview(org.town)).previewRating;
    expect(stale).toMatchObject({ version: 5, status: 'PREVIEW', comparedWith: poolRunId, changes: [] });
    // Set on the same instant of the clock as the preview: staleness must not hang on comparing timestamps.
    dataOf(await setPolicy({ scope: 'BRANCH', reason: '恢复按支部核定' }));
    const refused = await confirm(stale.id);
    expect(errorCodeOf(refused)).toBe('RATING_RUN_STALE');
    expect(refused.errors?.[0].message).toContain('名额政策');
    expect((await run(stale.id)).status).toBe('PREVIEW');
    expect((await run(poolRunId)).status).toBe('CONFIRMED');
  });

  it('refuses the district a rating over the township’s confirmed one', async () => {
    const district = dataOf(await preview(org.district)).previewRating;
    expect(district).toMatchObject({ version: 1, pendingCount: 0, summary: { scores: 25 } });
    const overlap = await confirm(district.id);
    expect(errorCodeOf(overlap)).toBe('RATING_SCOPE_OVERLAP');
    expect(overlap.errors?.[0].message).toContain('东镇党委');
    expect((await run(district.id)).status).toBe('PREVIEW');
    expect((await run(poolRunId)).status).toBe('CONFIRMED');
  });

  it('refuses a preview whose scores changed since, and leaves out a score no longer final', async () => {
    const before = dataOf(await preview(org.town)).previewRating;
    expect(before).toMatchObject({ version: 6, pendingCount: 0 });
    // 韩冰's first entry (理想信念 shortfall of 8) was recorded in error: a reversing entry makes the score provisional again.
    const reversal = (
      await q(
        apiGraphql(
          `mutation RatingRunReverseEntry($id: ID!) { reverseEntry(entryId: $id, reason: "扣分依据不足，予以更正") { kind state } }`,
        ),
        { id: entryIds.D205[0] },
      )
    ).reverseEntry;
    expect(reversal).toMatchObject({ kind: 'REVERSAL', state: 'ACCEPTED' });
    const stale = await confirm(before.id);
    expect(errorCodeOf(stale)).toBe('RATING_RUN_STALE');
    expect(stale.errors?.[0].message).toContain('积分');
    const after = dataOf(await preview(org.town)).previewRating;
    expect(after).toMatchObject({
      version: 7,
      pendingCount: 1,
      comparedWith: poolRunId,
      summary: { scores: 24, rated: 24 },
    });
    // Branch B is now counted over its four final scores (the policy is per branch again): 4 × 10% = 0.4 → 0,
    // 4 × 15% = 0.6 → 1, 4 × 20% = 0.8 → 1; against the pooled version 4, B's starred members move down.
    expect(levelsOf(after.units.find((u) => u.unitId === org.b)!.levels)).toEqual([
      { stars: 5, places: 0, taken: 0 },
      { stars: 4, places: 1, taken: 1 },
      { stars: 3, places: 1, taken: 1 },
    ]);
    const changed = after.changes.map(
      (c: { memberId: string; kind: string; starsBefore: number | null; starsAfter: number | null }) => [
        byId.get(c.memberId)!.no,
        c.kind,
        c.starsBefore,
        c.starsAfter,
      ],
    );
    expect(changed.sort()).toEqual([
      ['D201', 'CHANGED', 5, 4],
      ['D202', 'CHANGED', 4, 3],
      ['D203', 'CHANGED', 3, null],
      ['D205', 'REMOVED', null, null],
    ]);
    expect(errorCodeOf(await confirm(after.id))).toBe('SCORES_NOT_FINAL');
    expect((await run(poolRunId)).status).toBe('CONFIRMED');
    expect((await ratings()).D205.rating).toMatchObject({ total: 62 });
  });

  it('refuses bad input with a code and changes nothing', async () => {
    const before = await runsOfTown();
    const branch = await preview(org.a);
    expect(errorCodeOf(branch)).toBe('INVALID_RATING_SCOPE');
    expect(branch.errors?.[0].message).toContain('东一村党支部');
    expect(errorCodeOf(await preview(org.town, '2026-H3'))).toBe('INVALID_PERIOD');
    expect(errorCodeOf(await confirm('00000000-0000-4000-8000-000000000000'))).toBe('RATING_RUN_NOT_FOUND');
    expect(
      errorCodeOf(
        await platform.query(
          apiGraphql(
            `mutation RatingRunSetBranchPolicy($i: SetQuotaPolicyInput!) { setQuotaPolicy(input: $i) { id } }`,
          ),
          { i: { organizationId: org.a, cycle: 2026 } },
        ),
      ),
    ).toBe('INVALID_QUOTA_POLICY');
    expect(errorCodeOf(await setPolicy({ fiveStarPercent: 50, fourStarPercent: 40, threeStarPercent: 20 }))).toBe(
      'INVALID_QUOTA_POLICY',
    );
    expect(await runsOfTown()).toEqual(before);
    const history = (
      await q(
        apiGraphql(`query RatingRunPolicyHistory($o: ID!) { organization(id: $o) { quotaPolicyHistory { id } } }`),
        { o: org.town },
      )
    ).organization!.quotaPolicyHistory;
    expect(history).toHaveLength(4);
  });

  it('follows the warning cases: an overdue interview, the helper, the plan, then one closed as improved and one escalated to disposal', async () => {
    at('2026-07-27T08:00:00Z');
    const overdue = await cases({ overdueOnly: true });
    expect(overdue).toHaveLength(2);
    expect(overdue.every((c: { isOverdue: boolean }) => c.isOverdue)).toBe(true);
    expect(overdue[0].overdue[0]).toContain('书记约谈逾期');
    expect((await rollup(org.town)).warnings).toEqual({ open: 2, overdue: 2, escalated: 0, closed: 0 });

    const caseOf = new Map<string, string>(overdue.map((c: { memberId: string; id: string }) => [c.memberId, c.id]));
    const improving = caseOf.get(id.D119)!;
    const escalating = caseOf.get(id.D120)!;
    const early = await platform.query(
      apiGraphql(
        `mutation RatingRunEarlyPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) { id } }`,
      ),
      { i: { caseId: improving, plan: '每月参加主题党日', plannedOn: '2026-07-27' } },
    );
    expect(errorCodeOf(early)).toBe('WARNING_STEP_REFUSED');
    for (const caseId of [improving, escalating]) {
      const interviewed = (
        await q(
          apiGraphql(
            `mutation RatingRunRecordInterview($i: RecordWarningInterviewInput!) { recordWarningInterview(input: $i) {
              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue
              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep
            } }`,
          ),
          {
            i: {
              caseId,
              interviewedOn: '2026-07-27',
              interviewedBy: '王建国（支部书记）',
              note: '上半年多次缺席组织生活，学习不够',
            },
          },
        )
      ).recordWarningInterview;
      expect(interviewed).toMatchObject({ status: 'INTERVIEWED', interviewedOn: '2026-07-27', isOverdue: false });
      const paired = (
        await q(
          apiGraphql(
            `mutation RatingRunPairHelper($i: PairWarningHelperInput!) { pairWarningHelper(input: $i) {
              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue
              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep
            } }`,
          ),
          {
            i: { caseId, helperName: '张伟', helperMemberId: id.D103, pairedOn: '2026-07-27' },
          },
        )
      ).pairWarningHelper;
      expect(paired).toMatchObject({ status: 'HELPER_PAIRED', helperName: '张伟', helperMemberId: id.D103 });
      const planned = (
        await q(
          apiGraphql(
            `mutation RatingRunSetPlan($i: SetRectificationPlanInput!) { setRectificationPlan(input: $i) {
              id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue
              interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep
            } }`,
          ),
          {
            i: { caseId, plan: '按时参加“三会一课”，每月向帮扶人汇报思想', plannedOn: '2026-07-27' },
          },
        )
      ).setRectificationPlan;
      // 限期改正: six months by default
      expect(planned).toMatchObject({ status: 'RECTIFYING', plannedOn: '2026-07-27', rectifyDeadline: '2027-01-27' });
    }
    expect(await cases({ overdueOnly: true })).toEqual([]);
    expect((await rollup(org.town)).warnings).toEqual({ open: 2, overdue: 0, escalated: 0, closed: 0 });

    // The outcome follows the next half-year's confirmed rating: 何亮 reaches 63, 高原 stays at 38 (warned again).
    at('2027-01-05T08:00:00Z');
    const nextHalf = (m: Planned) => (m.no === 'D119' ? planned(m.no, m.name, 53, 10) : m);
    await scorePeriod(platform, (to) => (now = to), {
      period: '2026-H2',
      branches: (
        [
          [org.a, A],
          [org.b, B],
        ] as const
      ).map(([branchId, members]) => ({
        id: branchId,
        members: members.map((m) => ({
          no: m.no,
          name: m.name,
          id: id[m.no],
          entries: halfYearEntries(nextHalf(m), 2026, 2),
        })),
      })),
      meetingOn: '2027-01-05',
      publicity: { startsOn: '2027-01-06', endsOn: '2027-01-12' },
      closeAt: new Date('2027-01-13T08:00:00Z'),
    });
    dataOf(await confirm(dataOf(await preview(org.town, '2026-H2')).previewRating.id));

    at('2027-01-15T08:00:00Z');
    const notImproved = await platform.query(
      apiGraphql(
        `mutation RatingRunNotImproved($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) { id } }`,
      ),
      {
        i: {
          caseId: escalating,
          outcome: 'IMPROVED',
          decidedOn: '2027-01-15',
          decidedBy: '东一村党支部委员会',
        },
      },
    );
    expect(errorCodeOf(notImproved)).toBe('WARNING_STEP_REFUSED');
    const improved = (
      await q(
        apiGraphql(
          `mutation RatingRunImprove($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) {
            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue
            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep
          } }`,
        ),
        {
          i: {
            caseId: improving,
            outcome: 'IMPROVED',
            decidedOn: '2027-01-15',
            decidedBy: '东一村党支部委员会',
            note: '下半年积极参加组织生活',
          },
        },
      )
    ).decideWarningOutcome;
    expect(improved).toMatchObject({
      status: 'IMPROVED',
      outcome: 'IMPROVED',
      outcomeOn: '2027-01-15',
      nextPeriodKey: '2026-H2',
      nextTotal: 63,
    });
    const escalated = (
      await q(
        apiGraphql(
          `mutation RatingRunEscalate($i: DecideWarningOutcomeInput!) { decideWarningOutcome(input: $i) {
            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue
            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep
            measuresAvailable
          } }`,
        ),
        {
          i: {
            caseId: escalating,
            outcome: 'ESCALATED',
            decidedOn: '2027-01-15',
            decidedBy: '东一村党支部委员会',
            note: '经帮扶仍无转化提高',
          },
        },
      )
    ).decideWarningOutcome;
    expect(escalated).toMatchObject({ status: 'ESCALATED', outcome: 'ESCALATED', disposalStep: null });
    expect(escalated.measuresAvailable).toEqual(['RECTIFY_DEADLINE', 'ADVISE_WITHDRAWAL', 'REMOVAL']);

    const proposed = (
      await q(
        apiGraphql(
          `mutation RatingRunProposeDisposal($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) {
            id memberId memberName branchId periodKey trigger total status openedOn interviewDue isOverdue overdue
            interviewedOn helperName helperMemberId plannedOn rectifyDeadline outcome outcomeOn nextPeriodKey nextTotal disposalMeasure disposalStep
            disposals { measure finished nextSteps steps { seq step decidedBy decidedOn documents } }
          } }`,
        ),
        {
          i: {
            caseId: escalating,
            measure: 'RECTIFY_DEADLINE',
            step: 'PROPOSED',
            decidedBy: '东一村党支部委员会',
            decidedOn: '2027-01-15',
            documents: ['支委会会议记录'],
          },
        },
      )
    ).recordDisposalStep;
    expect(proposed).toMatchObject({
      status: 'ESCALATED',
      disposalMeasure: 'RECTIFY_DEADLINE',
      disposalStep: 'PROPOSED',
    });
    expect(proposed.disposals).toEqual([
      {
        measure: 'RECTIFY_DEADLINE',
        finished: false,
        nextSteps: ['INVESTIGATED', 'ARCHIVED'],
        steps: [
          {
            seq: 1,
            step: 'PROPOSED',
            decidedBy: '东一村党支部委员会',
            decidedOn: '2027-01-15',
            documents: ['支委会会议记录'],
          },
        ],
      },
    ]);
    const outOfOrder = await platform.query(
      apiGraphql(
        `mutation RatingRunOutOfOrderStep($i: RecordDisposalStepInput!) { recordDisposalStep(input: $i) { id } }`,
      ),
      {
        i: {
          caseId: escalating,
          measure: 'RECTIFY_DEADLINE',
          step: 'ASSEMBLY_VOTED',
          decidedBy: '东一村党支部党员大会',
          decidedOn: '2027-01-15',
        },
      },
    );
    expect(errorCodeOf(outOfOrder)).toBe('DISPOSAL_STEP_REFUSED');

    expect((await cases({ status: 'IMPROVED' })).map((c: { id: string }) => c.id)).toEqual([improving]);
    expect((await cases({ status: 'ESCALATED' })).map((c: { id: string }) => c.id)).toEqual([escalating]);
    expect(await cases({ status: 'OPEN' })).toEqual([]);
    // The escalated case is still open (未结): its disposal has only been proposed.
    const town = await rollup(org.town);
    expect(town.warnings).toEqual({ open: 1, overdue: 0, escalated: 1, closed: 1 });
    expect(town.children.find((c) => c.organizationId === org.a)!.warnings).toEqual({
      open: 1,
      overdue: 0,
      escalated: 1,
      closed: 1,
    });
    expect(town.children.find((c) => c.organizationId === org.b)!.warnings).toEqual({
      open: 0,
      overdue: 0,
      escalated: 0,
      closed: 0,
    });
  });
});

describe('committees confirming overlapping scopes at the same moment', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  const q = async <R = any, V = Record<string, unknown>>(query: Document<R, V>, variables?: NoInfer<V>) =>
    dataOf(await platform.query(query, variables));
  let district = '';
  const towns: string[] = [];

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (level: OrgLevel, name: string, parentId: string | null) =>
      (
        await q(
          apiGraphql(
            `mutation RatingRunOverlapCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
          ),
          { input: { level, name, parentId } },
        )
      ).createOrganization.id as string;
    district = await create('DISTRICT', '并发区', null);
    const windows: string[] = [];
    for (const [t, townName] of ['西镇党委', '南镇党委', '北镇党委'].entries()) {
      const town = await create('TOWNSHIP', townName, district);
      towns.push(town);
      const branch = await create('BRANCH', `${townName.slice(0, 2)}一村党支部`, town);
      const filing = (
        await q(
          apiGraphql(
            `mutation RatingRunOverlapAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "district-star-rating") { id } }`,
          ),
          { o: branch },
        )
      ).adoptTemplate;
      await q(apiGraphql(`mutation RatingRunOverlapSubmitFiling($id: ID!) { submitFiling(id: $id) { id } }`), {
        id: filing.id,
      });
      await q(
        apiGraphql(
          `mutation RatingRunOverlapApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-01-01") { id } }`,
        ),
        { id: filing.id },
      );
      const members: string[] = [];
      const entries: string[] = [];
      for (const [n, points] of [
        [1, 10],
        [2, 8],
        [3, 6],
      ]) {
        const input: AddMemberInput = {
          organizationId: branch,
          memberNo: `W${t}${n}`,
          name: `${townName.slice(0, 1)}党员${n}`,
          gender: 'MALE',
          kind: 'FULL',
          joinDate: '2012-07-01',
          birthDate: '1985-01-01',
        };
        const memberId = (
          await q(
            apiGraphql(`mutation RatingRunAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`),
            { input },
          )
        ).addMember.id;
        members.push(memberId);
        entries.push(
          (
            await q(
              apiGraphql(`mutation RatingRunDeclareEntry($i: DeclareEntryInput!) { declareEntry(input: $i) { id } }`),
              {
                i: { memberId, item: 'basicDuties', occurredOn: '2026-05-10', points },
              },
            )
          ).declareEntry.id,
        );
      }
      await q(
        apiGraphql(
          `mutation RatingRunReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { id } }`,
        ),
        {
          ids: entries,
        },
      );
      const assembly = (
        await q(
          apiGraphql(
            `mutation RatingRunConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }`,
          ),
          {
            i: { organizationId: branch, period: '2026-H1', meetingOn: '2026-07-02', attendeeIds: members },
          },
        )
      ).confirmAssembly;
      windows.push(
        (
          await q(
            apiGraphql(
              `mutation RatingRunPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: "2026-07-03", endsOn: "2026-07-09" }) { id } }`,
            ),
            { a: assembly.id },
          )
        ).publishScores.id,
      );
    }
    now = new Date('2026-07-10T08:00:00Z');
    for (const w of windows)
      await q(apiGraphql(`mutation RatingRunClosePublicity($w: ID!) { closePublicity(windowId: $w) { id } }`), { w });
  });
  afterAll(() => platform?.stop());

  it('never confirms both the district’s rating and a township’s below it: the later is refused with RATING_SCOPE_OVERLAP', async () => {
    const previewOf = async (organizationId: string) =>
      (
        await q(
          apiGraphql(
            `mutation RatingRunPreviewRating($o: ID!) { previewRating(organizationId: $o, period: "2026-H1") { id summary { rated } } }`,
          ),
          {
            o: organizationId,
          },
        )
      ).previewRating;
    const previews = [await previewOf(district), ...(await Promise.all(towns.map(previewOf)))];
    expect(previews.map((p) => p.summary.rated)).toEqual([9, 3, 3, 3]);
    const confirmed = await Promise.all(
      previews.map((run) =>
        platform.query(apiGraphql(`mutation RatingRunConfirmRating($r: ID!) { confirmRating(runId: $r) { status } }`), {
          r: run.id,
        }),
      ),
    );
    const [ofDistrict, ...ofTowns] = confirmed.map((r: GraphQLResponse) =>
      r.errors?.length ? r.errors[0].extensions?.code : r.data?.confirmRating.status,
    );
    // Either the district's rating stands and every township's is refused, or the other way round.
    const expected = ofDistrict === 'CONFIRMED' ? 'RATING_SCOPE_OVERLAP' : 'CONFIRMED';
    expect([ofDistrict, ...ofTowns]).toEqual([
      ofDistrict === 'CONFIRMED' ? 'CONFIRMED' : 'RATING_SCOPE_OVERLAP',
      expected,
      expected,
      expected,
    ]);
  });
});
