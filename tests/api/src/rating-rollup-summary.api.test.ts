import { dataOf, Document, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { entriesOf, planned, Planned } from '../../support/src/planned-members';
import { apiGraphql } from './generated/api';
import { ledgerGraphql } from './generated/ledger';
import type { AddMemberInput, OrgLevel } from './generated/ledger/graphql';
import { ratingGraphql } from './generated/rating';
import { schemeGraphql } from './generated/scheme';

/**
 * The district dashboard through the gateway (the district's rollup and each township's, every one with its
 * children) answers what the members' results say: every figure is worked out again with SQL straight from
 * rating_result, quota_unit and warning_case, for a district-wide rating and again after a corrected version
 * supersedes it. Rollups read per-branch summaries written when a run is confirmed.
 */

/** Totals below 50 open dual-warning cases (A5, A6, C3); branch B's five members get 1 / 1 / 1 places rounded half up, 0 / 0 / 1 rounded down. */
const BRANCHES: Record<'a' | 'b' | 'c', Planned[]> = {
  a: [
    planned('A1', '王建国', 58, 40),
    planned('A2', '李秀英', 55, 30),
    planned('A3', '张伟', 50, 22),
    planned('A4', '刘洋', 45, 20),
    planned('A5', '何亮', 35, 10),
    planned('A6', '高原', 30, 8),
  ],
  b: [
    planned('B1', '罗晓', 60, 35),
    planned('B2', '梁宇', 58, 30),
    planned('B3', '宋雨', 56, 25),
    planned('B4', '谢婷', 55, 20),
    planned('B5', '韩冰', 52, 10),
  ],
  c: [planned('C1', '周平', 58, 32), planned('C2', '马骏', 50, 20), planned('C3', '朱红', 32, 10)],
};

/** The district dashboard: the district's rollup and each township's, each with its children's figures. */
const DASHBOARD = apiGraphql(`query RatingRollupSummaryDashboard($d: ID!) {
  organization(id: $d) {
    ratingRollup(period: "2026-H1") {
      organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed }
      children { organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed } }
      trend { period rated meanTotal fiveStars fourStars threeStars warned }
    }
    children {
      id
      ratingRollup(period: "2026-H1") {
        organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed }
        children { organizationId rated exempt meanTotal grades { code name count } stars { stars places taken overflow } warnings { open overdue escalated closed } }
        trend { period rated meanTotal fiveStars fourStars threeStars warned }
      }
    }
  }
}`);

type OrgKey = 'district' | 'town' | 'sibling' | 'a' | 'b' | 'c';

describe('the rating dashboard reads per-branch summaries that agree with every member’s result', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  const org = {} as Record<OrgKey, { id: string; path: string }>;
  const pathOf = new Map<string, string>();
  const system = async <R, V>(service: 'ledger' | 'scheme' | 'rating', query: Document<R, V>, variables: NoInfer<V>) =>
    dataOf(await platform.querySubgraph(service, query, variables));
  const sql = (query: string, args: unknown[]) =>
    platform.services.rating.dataSource.query(query, args) as Promise<Record<string, any>[]>;

  /** A node's figures for the period, with SQL over each member's result of the confirmed run, its units and its cases. */
  async function fromResults(organizationId: string): Promise<Record<string, unknown>> {
    const path = pathOf.get(organizationId)!;
    const confirmed = `JOIN rating.rating_run r ON r.id = x.run_id WHERE r.status = 'CONFIRMED' AND r.period_key = '2026-H1'`;
    const [m] = await sql(
      `SELECT count(*) FILTER (WHERE x.status = 'RATED')::int AS rated, count(*) FILTER (WHERE x.status = 'EXEMPT')::int AS exempt, sum(x.total) FILTER (WHERE x.status = 'RATED') AS sum,
              count(*) FILTER (WHERE x.stars = 5)::int AS s5, count(*) FILTER (WHERE x.stars = 4)::int AS s4, count(*) FILTER (WHERE x.stars = 3)::int AS s3
         FROM rating.rating_result x ${confirmed} AND x.branch_path <@ $1::ltree`,
      [path],
    );
    const grades = await sql(
      `SELECT x.grade_code AS code, x.grade_name AS name, count(*)::int AS count FROM rating.rating_result x ${confirmed} AND x.branch_path <@ $1::ltree AND x.grade_code IS NOT NULL
        GROUP BY 1, 2 ORDER BY 3 DESC, 1`,
      [path],
    );
    const places = await sql(
      `SELECT (l->>'stars')::int AS stars, sum((l->>'places')::int)::int AS places, sum((l->>'overflow')::int)::int AS overflow
         FROM rating.quota_unit x CROSS JOIN jsonb_array_elements(x.allocation->'levels') l ${confirmed} AND x.unit_path <@ $1::ltree GROUP BY 1`,
      [path],
    );
    const [w] = await sql(
      `SELECT count(*) FILTER (WHERE status IN ('OPEN', 'INTERVIEWED', 'HELPER_PAIRED', 'RECTIFYING')
                                 OR (status = 'ESCALATED' AND disposal_step IS DISTINCT FROM 'ARCHIVED'))::int AS open, count(*) FILTER (WHERE status = 'ESCALATED')::int AS escalated,
              count(*) FILTER (WHERE status = 'IMPROVED')::int AS closed
         FROM rating.warning_case WHERE period_key = '2026-H1' AND branch_path <@ $1::ltree`,
      [path],
    );
    const level = (stars: number) => places.find((p) => p.stars === stars) ?? { places: 0, overflow: 0 };
    return {
      organizationId,
      rated: m.rated,
      exempt: m.exempt,
      meanTotal: m.rated > 0 ? Math.round((Number(m.sum) / m.rated) * 10) / 10 : null,
      grades,
      stars: [5, 4, 3].map((stars) => ({
        stars,
        places: level(stars).places,
        taken: m[`s${stars}`],
        overflow: level(stars).overflow,
      })),
      warnings: { open: w.open, overdue: 0, escalated: w.escalated, closed: w.closed },
    };
  }

  /** Every rollup of the dashboard, node and children, against the results; returns the district's rollup. */
  async function expectDashboardFromResults(): Promise<any> {
    const before = platform.services.rating.sql.statements;
    const organization = dataOf(await platform.query(DASHBOARD, { d: org.district.id })).organization!;
    // One batch per subgraph fetch (the district; its townships), four statements each, whatever the number of nodes.
    expect(platform.services.rating.sql.statements - before).toBeLessThanOrEqual(8);
    const rollups = [organization.ratingRollup!, ...organization.children.map((t) => t.ratingRollup!)];
    expect(rollups).toHaveLength(3);
    for (const rollup of rollups) {
      const { children, trend, ...own } = rollup;
      expect(own).toEqual(await fromResults(own.organizationId));
      for (const child of children) expect(child).toEqual(await fromResults(child.organizationId));
      const [{ results, warned }] = await sql(
        `SELECT count(*)::int AS results, count(*) FILTER (WHERE x.warning IS NOT NULL)::int AS warned
           FROM rating.rating_result x JOIN rating.rating_run r ON r.id = x.run_id WHERE r.status = 'CONFIRMED' AND x.branch_path <@ $1::ltree`,
        [pathOf.get(own.organizationId)],
      );
      const { rated, meanTotal, stars } = own;
      expect(trend).toEqual(
        results > 0
          ? [
              {
                period: '2026-H1',
                rated,
                meanTotal,
                fiveStars: stars[0].taken,
                fourStars: stars[1].taken,
                threeStars: stars[2].taken,
                warned,
              },
            ]
          : [],
      );
    }
    expect(organization.ratingRollup!.children.map((c) => c.organizationId).sort()).toEqual(
      [org.town.id, org.sibling.id].sort(),
    );
    return organization.ratingRollup;
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => now });
    const create = async (key: OrgKey, level: OrgLevel, name: string, parent: OrgKey | null) => {
      org[key] = (
        await system(
          'ledger',
          ledgerGraphql(
            `mutation RatingRollupSummaryCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id path } }`,
          ),
          {
            input: { level, name, parentId: parent ? org[parent].id : null },
          },
        )
      ).createOrganization;
      pathOf.set(org[key].id, org[key].path);
    };
    await create('district', 'DISTRICT', '汇总区', null);
    await create('town', 'TOWNSHIP', '东镇党委', 'district');
    await create('sibling', 'TOWNSHIP', '西镇党委', 'district');
    await create('a', 'BRANCH', '东一村党支部', 'town');
    await create('b', 'BRANCH', '东二村党支部', 'town');
    await create('c', 'BRANCH', '西一村党支部', 'sibling');
    const windows: string[] = [];
    for (const key of ['a', 'b', 'c'] as const) {
      const branch = org[key].id;
      const members = BRANCHES[key];
      const filing = (
        await system(
          'scheme',
          schemeGraphql(
            `mutation RatingRollupSummaryAdoptTemplate($o: ID!) { adoptTemplate(organizationId: $o, templateCode: "district-star-rating") { id } }`,
          ),
          { o: branch },
        )
      ).adoptTemplate;
      await system(
        'scheme',
        schemeGraphql(`mutation RatingRollupSummarySubmitFiling($id: ID!) { submitFiling(id: $id) { id } }`),
        { id: filing.id },
      );
      await system(
        'scheme',
        schemeGraphql(
          `mutation RatingRollupSummaryApproveFiling($id: ID!) { approveFiling(id: $id, effectiveFrom: "2026-01-01") { id } }`,
        ),
        {
          id: filing.id,
        },
      );
      const ids: string[] = [];
      for (const m of members) {
        const input: AddMemberInput = {
          organizationId: branch,
          memberNo: m.no,
          name: m.name,
          gender: 'MALE',
          kind: 'FULL',
          joinDate: '2008-07-01',
          birthDate: '1978-03-01',
        };
        ids.push(
          (
            await system(
              'ledger',
              ledgerGraphql(
                `mutation RatingRollupSummaryAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`,
              ),
              { input },
            )
          ).addMember.id,
        );
      }
      const rows = members.flatMap((m) =>
        entriesOf(m).map((e, j) => `${m.no},${m.name},${e.item},2026-0${(j % 6) + 1}-15,${e.points}`),
      );
      const csv = `\uFEFF党员编号,姓名,项目,日期,分值\n${rows.join('\n')}\n`;
      const uploaded = await platform.upload(
        'import',
        csv,
        { organizationId: branch, fileName: '积分记录.csv' },
        { contentType: 'text/csv' },
      );
      const declared = (
        await system(
          'ledger',
          ledgerGraphql(
            `mutation RatingRollupSummaryImportEntries($i: ImportEntriesInput!) { importEntries(input: $i) { id } }`,
          ),
          {
            i: { organizationId: branch, uploadId: uploaded.json.id },
          },
        )
      ).importEntries as { id: string }[];
      await system(
        'ledger',
        ledgerGraphql(
          `mutation RatingRollupSummaryReviewEntries($ids: [ID!]!) { reviewEntries(input: { entryIds: $ids, accept: true }) { state } }`,
        ),
        { ids: declared.map((e) => e.id) },
      );
      const assembly = (
        await system(
          'ledger',
          ledgerGraphql(
            `mutation RatingRollupSummaryConfirmAssembly($i: ConfirmAssemblyInput!) { confirmAssembly(input: $i) { id } }`,
          ),
          {
            i: { organizationId: branch, period: '2026-H1', meetingOn: '2026-07-02', attendeeIds: ids },
          },
        )
      ).confirmAssembly;
      windows.push(
        (
          await system(
            'ledger',
            ledgerGraphql(
              `mutation RatingRollupSummaryPublishScores($a: ID!) { publishScores(input: { assemblyId: $a, startsOn: "2026-07-03", endsOn: "2026-07-09" }) { id } }`,
            ),
            { a: assembly.id },
          )
        ).publishScores.id,
      );
    }
    now = new Date('2026-07-10T08:00:00Z');
    for (const w of windows)
      await system(
        'ledger',
        ledgerGraphql(
          `mutation RatingRollupSummaryClosePublicity($w: ID!) { closePublicity(windowId: $w) { status } }`,
        ),
        { w },
      );
  });
  afterAll(() => platform?.stop());

  const rateDistrict = async (rounding: 'HALF_UP' | 'DOWN') => {
    await system(
      'rating',
      ratingGraphql(
        `mutation RatingRollupSummarySetQuotaPolicy($o: ID!, $r: QuotaRounding!) { setQuotaPolicy(input: { organizationId: $o, cycle: 2026, rounding: $r, reason: "测试" }) { id } }`,
      ),
      { o: org.district.id, r: rounding },
    );
    now = new Date(now.getTime() + 60_000);
    const preview = (
      await system(
        'rating',
        ratingGraphql(
          `mutation RatingRollupSummaryPreviewRating($o: ID!) { previewRating(organizationId: $o, period: "2026-H1") { id } }`,
        ),
        {
          o: org.district.id,
        },
      )
    ).previewRating;
    const confirmed = (
      await system(
        'rating',
        ratingGraphql(`mutation RatingRollupSummaryConfirmRating($r: ID!) { confirmRating(runId: $r) { id status } }`),
        { r: preview.id },
      )
    ).confirmRating;
    expect(confirmed.status).toBe('CONFIRMED');
    return confirmed.id as string;
  };

  let firstRun = '';
  let first: any;
  it('answers a district-wide rating with the figures its members’ results give, node by node and child by child', async () => {
    expect(
      (await dataOf(await platform.query(DASHBOARD, { d: org.district.id }))).organization!.ratingRollup,
    ).toMatchObject({ rated: 0, children: [], trend: [] });
    firstRun = await rateDistrict('HALF_UP');
    first = await expectDashboardFromResults();
    expect(first).toMatchObject({ organizationId: org.district.id, rated: 14, warnings: { open: 3 } });
    const [{ n }] = await sql('SELECT count(*)::int AS n FROM rating.branch_rating_summary WHERE run_id = $1', [
      firstRun,
    ]);
    expect(n).toBe(3);
  });

  it('follows a corrected version that supersedes the first: its summaries stand, the first one’s are kept but no longer count', async () => {
    const second = await rateDistrict('DOWN');
    const corrected = await expectDashboardFromResults();
    expect(corrected.stars).not.toEqual(first.stars);
    expect(
      corrected.children
        .find((c: { organizationId: string }) => c.organizationId === org.town.id)
        .stars.map((s: { places: number }) => s.places),
    ).not.toEqual(
      first.children
        .find((c: { organizationId: string }) => c.organizationId === org.town.id)
        .stars.map((s: { places: number }) => s.places),
    );
    const runs = await sql(
      'SELECT r.status, count(s.*)::int AS summaries FROM rating.rating_run r LEFT JOIN rating.branch_rating_summary s ON s.run_id = r.id WHERE r.id = ANY($1::uuid[]) GROUP BY r.id, r.status ORDER BY r.status',
      [[firstRun, second]],
    );
    expect(runs).toEqual([
      { status: 'CONFIRMED', summaries: 3 },
      { status: 'SUPERSEDED', summaries: 3 },
    ]);
  });

  it('keeps each summary as written: a summary cannot be changed or removed', async () => {
    await expect(
      sql('UPDATE rating.branch_rating_summary SET rated = rated + 1 WHERE run_id = $1', [firstRun]),
    ).rejects.toThrow('评定结果不可修改或删除');
    await expect(sql('DELETE FROM rating.branch_rating_summary WHERE run_id = $1', [firstRun])).rejects.toThrow(
      '评定结果不可修改或删除',
    );
  });
});
