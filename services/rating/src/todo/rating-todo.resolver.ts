import { todoItems, todoKindsFor } from '@jifen/kit';
import { dayOf, TodoItemFields } from '@jifen/kit/server';
import { Ctx, Directive, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { isOrgInScope } from '../rating-access';
import { RatingContext } from '../rating-context';

/** One line of this service's 待办 (the fields are the kit's, the same in every service). */
@ObjectType({ description: '评星定级方面的待办事项：某类待办的件数、最早一件及其编号' })
export class RatingTodo extends TodoItemFields {}

/** The rating service's 待办 on an organisation: previews to confirm, overdue interviews and disposals. */
@Resolver(() => Organization)
export class OrganizationRatingTodoResolver {
  constructor(private readonly clock: () => Date) {}

  @FieldResolver(() => [RatingTodo], {
    nullable: true,
    description:
      '评星定级方面的待办：待确认的评定预览（需要评星定级权限）、约谈逾期和处置进展逾期的预警案件（需要双预警跟进或处置审批权限）；评星定级服务不可用时为空',
  })
  @Directive('@requires(fields: "path")')
  async ratingTodos(@Root() org: Organization, @Ctx() ctx: RatingContext): Promise<RatingTodo[]> {
    const kinds = isOrgInScope(ctx.caller, org) ? todoKindsFor(ctx.caller, org.path) : [];
    if (kinds.length === 0) return [];
    return todoItems(await ctx.loaders.ratingTodos(dayOf(this.clock)).load(org.path), kinds);
  }
}
