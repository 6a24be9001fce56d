import { DistrictLoad, RatingRunSummary } from '@jifen/seed';

/**
 * The demo's rating runs, previewed and confirmed period by period as the district committee does it: each
 * confirmation says the day the committee decided (its rating meeting, weeks after the period), so that the dual
 * warnings it opens date from that day and their deadlines run as they would have.
 */
export async function confirmDemoRatings(
  load: DistrictLoad,
  districtId: string,
  periods: readonly string[],
  decidedOn: ReadonlyMap<string, string>,
): Promise<RatingRunSummary[]> {
  const ratingRuns: RatingRunSummary[] = [];
  // One period after the other, oldest first: a later run reads the grades the earlier ones confirmed.
  await load.run(
    '评星定级（预览并按定星会议日期确认）',
    periods,
    () => 1,
    async (period, tick) => {
      const { previewRating } = await load.ctx.call<{
        previewRating: {
          id: string;
          pendingCount: number;
          summary: { rated: number; warnings: number; levels: { taken: number }[] };
        };
      }>(
        'rating',
        'mutation($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) { id pendingCount summary { rated warnings levels { taken } } } }',
        { o: districtId, p: period },
      );
      if (previewRating.pendingCount > 0)
        throw new Error(
          `${load.plan.scale.name} ${period} 还有 ${previewRating.pendingCount} 人的积分未确认，不能确认评定`,
        );
      await load.ctx.call(
        'rating',
        'mutation($r: ID!, $d: String) { confirmRating(runId: $r, decidedOn: $d) { id } }',
        {
          r: previewRating.id,
          d: decidedOn.get(period) ?? null,
        },
      );
      ratingRuns.push({
        period,
        runId: previewRating.id,
        rated: previewRating.summary.rated,
        starred: previewRating.summary.levels.reduce((a, l) => a + l.taken, 0),
        warnings: previewRating.summary.warnings,
      });
      tick(1);
    },
    1,
  );
  return ratingRuns;
}
