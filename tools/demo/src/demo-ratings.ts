import { confirmRatings, DistrictLoad, RatingRunSummary } from '@jifen/seed';
import { DemoPlan } from './demo-plan';

/** A rating run the load confirmed, or previewed and left for the committee, with the organisation that rated. */
export type DemoRatingRun = RatingRunSummary & { organization: string };

/**
 * The ratings as the committees decide them: the district confirms the last cycle's periods over all its townships;
 * the current cycle's periods over are rated per township, each confirming its own on its rating meeting, but the
 * first township (where `township` works), whose run is previewed and left for its committee to confirm (every
 * score in it final: nothing pending). Answers the runs confirmed, then the previews left.
 */
export async function rateDemo(
  load: DistrictLoad,
  demo: DemoPlan,
  districtId: string,
): Promise<{ confirmed: DemoRatingRun[]; previews: (DemoRatingRun & { pendingCount: number })[] }> {
  const nameOf = (key: string) => load.plan.orgs.find((o) => o.key === key)!.name;
  const confirmed: DemoRatingRun[] = (await confirmRatings(load, districtId, demo.districtPeriods, demo.decidedOn)).map(
    (r) => ({ ...r, organization: load.plan.orgs[0].name }),
  );
  for (const r of demo.townshipRatings.filter((x) => x.confirm)) {
    const [run] = await confirmRatings(load, load.idOf(r.townshipKey), [r.period], demo.decidedOn);
    confirmed.push({ ...run, organization: nameOf(r.townshipKey) });
  }
  const previews: (DemoRatingRun & { pendingCount: number })[] = [];
  for (const r of demo.townshipRatings.filter((x) => !x.confirm)) {
    const { previewRating: run } = await load.ctx.call<{
      previewRating: {
        id: string;
        pendingCount: number;
        summary: { rated: number; warnings: number; levels: { taken: number }[] };
      };
    }>(
      'rating',
      'mutation($o: ID!, $p: String!) { previewRating(organizationId: $o, period: $p) { id pendingCount summary { rated warnings levels { taken } } } }',
      { o: load.idOf(r.townshipKey), p: r.period },
    );
    previews.push({
      period: r.period,
      runId: run.id,
      rated: run.summary.rated,
      starred: run.summary.levels.reduce((a, l) => a + l.taken, 0),
      warnings: run.summary.warnings,
      organization: nameOf(r.townshipKey),
      pendingCount: run.pendingCount,
    });
    load.ctx.say(
      `  ${nameOf(r.townshipKey)} ${r.period} 评星定级已预览（评定 ${run.summary.rated} 人，${run.pendingCount} 人积分未确认），待镇党委确认`,
    );
  }
  return { confirmed, previews };
}
