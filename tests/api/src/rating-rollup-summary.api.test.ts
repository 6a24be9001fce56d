import { buildScoredDistrict, RatedDistrict } from '../../support/src/rated-district';
import { dataOf, Document, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { apiGraphql } from './generated/api';
import { ratingGraphql } from './generated/rating';

/**
 * The district dashboard through the gateway (the district's rollup and each township's, every one with its
 * children) answers what the members' results say: every figure is worked out again with SQL straight from
 * rating_result, quota_unit and warning_case, for a district-wide rating and again after a corrected version
 * supersedes it. Rollups read per-branch summaries written when a run is confirmed. The district is the rated-district
 * fixture's (tests/support/src/rated-district.ts), scored and final, not yet rated: totals below 50 open dual-warning
 * cases (A5, A6, C3); branch B's five members get 1 / 1 / 1 places rounded half up, 0 / 0 / 1 rounded down.
 */

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

describe('the rating dashboard reads per-branch summaries that agree with every member’s result', () => {
  let platform: TestPlatform;
  let now = new Date('2026-07-02T08:00:00Z');
  let org = {} as RatedDistrict['org'];
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
    ({ org } = await buildScoredDistrict(platform, (to) => (now = to)));
    for (const { id, path } of Object.values(org)) pathOf.set(id, path);
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
