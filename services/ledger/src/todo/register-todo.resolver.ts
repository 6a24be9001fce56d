import { todoItems, todoKindsFor } from '@jifen/kit';
import { dayOf, TodoItemFields } from '@jifen/kit/server';
import { Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { LedgerContext } from '../ledger-context';
import { Organization } from '../organization/organization.type';

/** One line of this service's 待办 (the fields are the kit's, the same in every service). */
@ObjectType({ description: '台账方面的待办事项：某类待办的件数、最早一件及其编号' })
export class RegisterTodo extends TodoItemFields {}

/** The register's 待办 on an organisation: declarations, objections and windows for its branch committees, appeals for the upper level. */
@Resolver(() => Organization)
export class OrganizationRegisterTodoResolver {
  constructor(private readonly clock: () => Date) {}

  @FieldResolver(() => [RegisterTodo], {
    description:
      '台账方面的待办：待初评的申报、待答复的异议、即将期满的公示（需要支委评议权限），向上级申诉待处理的异议（需要上级审批权限）',
  })
  async registerTodos(@Root() org: Organization, @Ctx() ctx: LedgerContext): Promise<RegisterTodo[]> {
    const kinds = todoKindsFor(ctx.caller, org.path);
    if (kinds.length === 0) return [];
    return todoItems(await ctx.loaders.registerTodos(dayOf(this.clock)).load(org.path), kinds);
  }
}
