import { todoItems, todoKindsFor } from '@jifen/kit';
import { TodoItem } from '@jifen/kit/server';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { SchemeContext } from '../scheme-context';

/** The scheme service's 待办 on an organisation: filings below it to approve, for a caller who may approve them. */
@Resolver(() => Organization)
export class OrganizationFilingTodoResolver {
  @FieldResolver(() => [TodoItem], {
    nullable: true,
    description: '积分方案方面的待办：下级报审待审批的方案（需要上级审批权限）；积分方案服务不可用时为空',
  })
  @Directive('@requires(fields: "path")')
  async filingTodos(@Root() org: Organization, @Ctx() ctx: SchemeContext): Promise<TodoItem[]> {
    const kinds = todoKindsFor(ctx.caller, org.path);
    if (kinds.length === 0) return [];
    return todoItems(await ctx.loaders.filingTodos.load(org.path), kinds);
  }
}
