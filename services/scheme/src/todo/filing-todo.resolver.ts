import { todoItems, todoKindsFor } from '@jifen/kit';
import { TodoItemFields } from '@jifen/kit/server';
import { Ctx, Directive, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { SchemeContext } from '../scheme-context';

/** One line of this service's 待办 (the fields are the kit's, the same in every service). */
@ObjectType({ description: '积分方案方面的待办事项：某类待办的件数、最早一件及其编号' })
export class FilingTodo extends TodoItemFields {}

/** The scheme service's 待办 on an organisation: filings below it to approve, for a caller who may approve them. */
@Resolver(() => Organization)
export class OrganizationFilingTodoResolver {
  @FieldResolver(() => [FilingTodo], {
    nullable: true,
    description: '积分方案方面的待办：下级报审待审批的方案（需要上级审批权限）；积分方案服务不可用时为空',
  })
  @Directive('@requires(fields: "path")')
  async filingTodos(@Root() org: Organization, @Ctx() ctx: SchemeContext): Promise<FilingTodo[]> {
    const kinds = todoKindsFor(ctx.caller, org.path);
    if (kinds.length === 0) return [];
    return todoItems(await ctx.loaders.filingTodos.load(org.path), kinds);
  }
}
