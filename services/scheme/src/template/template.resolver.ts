import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Query, Resolver } from 'type-graphql';
import { ruleDocumentSchema } from '../rules/rule-document.schema';
import { schemeTemplates, templateByCode } from '../templates';
import { SchemeTemplateType } from './template.type';

const asType = (t: (typeof schemeTemplates)[number]): SchemeTemplateType => ({ ...t, rules: t.rules as unknown as Record<string, unknown> });

@Resolver(() => SchemeTemplateType)
export class TemplateResolver {
  @Query(() => [SchemeTemplateType], { description: '全部积分方案模板' })
  schemeTemplates(): SchemeTemplateType[] {
    return schemeTemplates.map(asType);
  }

  @Query(() => SchemeTemplateType, { nullable: true, description: '按代码查方案模板' })
  schemeTemplate(@Arg('code', () => String) code: string): SchemeTemplateType | null {
    const template = templateByCode(code);
    return template ? asType(template) : null;
  }

  @Query(() => GraphQLJSONObject, { description: '规则文件的 JSON Schema（draft-07），供支部自有系统在提交前自行校验' })
  ruleDocumentSchema(): Record<string, unknown> {
    return ruleDocumentSchema as unknown as Record<string, unknown>;
  }
}
