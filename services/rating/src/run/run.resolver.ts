import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { assertPage } from '@jifen/kit';
import { seesOrganisationRatings } from '../rating-access';
import { RatingContext } from '../rating-context';
import { RatingRunService } from './rating-run.service';
import { pageResults } from './run-results.storage';
import { unitsOfRuns } from './run.storage';
import { QuotaUnit, RatingResultPage, RatingRun } from './run.type';
import { resultView, runView, unitView } from './run.view';

/**
 * A run is seen by callers whose scope holds its node (never a member); its results and units only through a
 * run seen (a member gets none even then). Preview and confirmation need RATE on the node (in the service).
 */
@Resolver(() => RatingRun)
export class RatingRunResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly service: RatingRunService,
  ) {}

  @Query(() => RatingRun, { nullable: true, description: '按编号查评定；不存在或无权访问时为空' })
  async ratingRun(@Ctx() ctx: RatingContext, @Arg('id', () => ID) id: string): Promise<RatingRun | null> {
    const run = await ctx.loaders.run.load(id);
    return run ? runView(run) : null;
  }

  @Mutation(() => RatingRun, {
    description:
      '镇(街道)党(工)委或区预览某期间的评星定级：读取已确认的积分，评定等次、按名额评星、列出双预警；确认前不公布',
  })
  async previewRating(
    @Ctx() ctx: RatingContext,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('period', () => String, { description: '如 2024、2024-H1' }) period: string,
  ): Promise<RatingRun> {
    return runView(await this.service.preview(ctx, organizationId, period));
  }

  @Mutation(() => RatingRun, {
    description:
      '确认评定：成为本期现行结果（取代之前的版本），并为双预警党员启动预警处置；预警自评定决定之日起算（约谈期限等）',
  })
  async confirmRating(
    @Ctx() ctx: RatingContext,
    @Arg('runId', () => ID) runId: string,
    @Arg('decidedOn', () => Date, {
      nullable: true,
      description:
        '评定决定日期（党(工)委定星会议之日，YYYY-MM-DD）：不早于期间最后一天、不晚于今天，更正时不早于被更正版本的决定日期；不填为今天',
    })
    decidedOn?: string | null,
  ): Promise<RatingRun> {
    return runView(await this.service.confirm(ctx, runId, decidedOn));
  }

  @FieldResolver(() => RatingResultPage, { description: '评定结果：获星者按星级和名次在前，其余按总分' })
  async results(
    @Root() run: RatingRun,
    @Ctx() ctx: RatingContext,
    @Arg('branchId', () => ID, { nullable: true }) branchId?: string,
    @Arg('stars', () => Int, { nullable: true, description: '只看某星级' }) stars?: number,
    @Arg('warningOnly', () => Boolean, { defaultValue: false, description: '只看双预警' }) warningOnly = false,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<RatingResultPage> {
    assertPage(first, offset);
    if (!seesOrganisationRatings(ctx.caller)) return { items: [], total: 0 };
    const page = await pageResults(this.dataSource.manager, run.id, { branchId, stars, warningOnly, first, offset });
    return { items: page.items.map(resultView), total: page.total };
  }

  @FieldResolver(() => [QuotaUnit], { description: '各名额核定单位：所用政策、名额的计算与取整、获评人数、并列' })
  async units(@Root() run: RatingRun, @Ctx() ctx: RatingContext): Promise<QuotaUnit[]> {
    if (!seesOrganisationRatings(ctx.caller)) return [];
    return (await unitsOfRuns(this.dataSource.manager, [run.id])).map(unitView);
  }
}
