import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { SchemeContext } from '../scheme-context';
import { PreviewService } from './preview.service';
import { ScoreFactsInput } from './score-facts.input';
import { ScorePreview } from './score-result.type';

@Resolver(() => ScorePreview)
export class PreviewResolver {
  constructor(private readonly service: PreviewService) {}

  @Query(() => ScorePreview, { description: '试算：按方案版本、模板或草稿计算调用中给出的事实，不保存任何数据' })
  previewScore(
    @Ctx() ctx: SchemeContext,
    @Arg('facts', () => ScoreFactsInput) facts: ScoreFactsInput,
    @Arg('schemeVersionId', () => ID, { nullable: true }) schemeVersionId?: string,
    @Arg('templateCode', () => String, { nullable: true }) templateCode?: string,
    @Arg('filingId', () => ID, { nullable: true }) filingId?: string,
  ): Promise<ScorePreview> {
    return this.service.preview(ctx, { schemeVersionId, templateCode, filingId }, facts);
  }
}
