import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { RatingContext } from '../rating-context';
import { SetQuotaPolicyInput } from './quota-policy.type';
import { QuotaPreviewService } from './quota-preview.service';
import { QuotaPreview } from './quota-preview.type';

/** The committee's live preview of a quota policy it is editing: a read, needing RATE on the node as a rating preview does. */
@Resolver(() => QuotaPreview)
export class QuotaPreviewResolver {
  constructor(private readonly service: QuotaPreviewService) {}

  @Query(() => QuotaPreview, {
    description:
      '镇(街道)党(工)委或区预览未保存的星级名额政策草案：按草案对某期间已确定的积分评星，列出各单位名额及计算、每人星级及原因、与现行评定的差异；不保存政策，不生成评定',
  })
  async previewQuotaPolicy(
    @Ctx() ctx: RatingContext,
    @Arg('input', () => SetQuotaPolicyInput, { description: '政策草案，检查同设定时' }) input: SetQuotaPolicyInput,
    @Arg('period', () => String, { description: '试算的期间，如 2026、2026-H1' }) period: string,
  ): Promise<QuotaPreview> {
    return this.service.preview(ctx, { ...input, reason: input.reason ?? null }, period);
  }
}
