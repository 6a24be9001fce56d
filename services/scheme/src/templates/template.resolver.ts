import { AppError, KitErrorCode, RequestContext, Role } from '@jifen/kit';
import { JsonObjectScalar } from '@jifen/kit/server';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { ruleDocumentSchema, schemeTemplates, templateByCode } from '@jifen/rules';
import { SchemeTemplateType } from './template.type';

const asType = (t: (typeof schemeTemplates)[number]): SchemeTemplateType => ({
  ...t,
  rules: t.rules as unknown as Record<string, unknown>,
});

/** The templates ship with the product and belong to no organisation: any signed-in caller reads them. */
function requireSignedIn(ctx: RequestContext): void {
  if (ctx.caller.role === Role.ANONYMOUS)
    throw new AppError(KitErrorCode.UNAUTHENTICATED, '请先登录，再查看积分方案模板');
}

@Resolver(() => SchemeTemplateType)
export class TemplateResolver {
  @Query(() => [SchemeTemplateType], { description: '全部积分方案模板' })
  schemeTemplates(@Ctx() ctx: RequestContext): SchemeTemplateType[] {
    requireSignedIn(ctx);
    return schemeTemplates.map(asType);
  }

  @Query(() => SchemeTemplateType, { nullable: true, description: '按代码查方案模板' })
  schemeTemplate(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): SchemeTemplateType | null {
    requireSignedIn(ctx);
    const template = templateByCode(code);
    return template ? asType(template) : null;
  }

  @Query(() => JsonObjectScalar, { description: '规则文件的 JSON Schema（draft-07），供支部自有系统在提交前自行校验' })
  ruleDocumentSchema(@Ctx() ctx: RequestContext): Record<string, unknown> {
    requireSignedIn(ctx);
    return ruleDocumentSchema as unknown as Record<string, unknown>;
  }
}
