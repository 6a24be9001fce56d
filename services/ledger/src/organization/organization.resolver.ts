import { assertPage, AppError, KitErrorCode } from '@jifen/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LedgerContext } from '../ledger-context';
import { assertSeesWholeRoster } from '../ledger-access';
import { MemberPage } from '../member/member.type';
import { MemberOrder } from '../member/member.storage';
import { MemberStatus } from '../member/member-kind';
import { orgLevelLabel, OrgLevel } from './org-level';
import { CreateOrganization, OrganizationService } from './organization.service';
import { CreateOrganizationInput, Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Query(() => [Organization], { description: '组织列表（限于调用者可见范围），可按层级和上级筛选' })
  organizations(
    @Ctx() ctx: LedgerContext,
    @Arg('level', () => OrgLevel, { nullable: true }) level?: OrgLevel,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string,
  ): Promise<Organization[]> {
    return this.service.list(ctx.caller, { level, parentId });
  }

  @Query(() => Organization, { nullable: true, description: '按编号查组织；不存在或无权访问时为空' })
  organization(@Ctx() ctx: LedgerContext, @Arg('id', () => ID) id: string): Promise<Organization | null> {
    return ctx.loaders.organization.load(id);
  }

  @FieldResolver(() => String, { description: '层级的中文名称' })
  levelLabel(@Root() org: Organization): string {
    return orgLevelLabel[org.level];
  }

  @FieldResolver(() => Organization, { nullable: true, description: '上级组织（超出调用者范围时为空）' })
  parent(@Root() org: Organization, @Ctx() ctx: LedgerContext): Promise<Organization | null> | null {
    return org.parentId ? ctx.loaders.organization.load(org.parentId) : null;
  }

  @FieldResolver(() => [Organization], { description: '直接下级组织' })
  children(@Root() org: Organization, @Ctx() ctx: LedgerContext): Promise<Organization[]> {
    return ctx.loaders.children.load(org.id);
  }

  @FieldResolver(() => Int, { description: '本组织及所有下级组织名册上的人数（不含已转出）' })
  memberCount(@Root() org: Organization, @Ctx() ctx: LedgerContext): Promise<number> {
    assertSeesWholeRoster(ctx.caller, '组织的党员人数');
    return ctx.loaders.memberCount.load(org.id);
  }

  @FieldResolver(() => MemberPage, { description: '本组织及下级组织名册上的党员分页：按党员编号，或按某期间总分排序' })
  members(
    @Root() org: Organization,
    @Ctx() ctx: LedgerContext,
    @Arg('status', () => MemberStatus, { nullable: true }) status?: MemberStatus,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
    @Arg('period', () => String, { nullable: true, description: '按该期间的总分排序时必填，如 2024' }) period?: string,
    @Arg('orderBy', () => MemberOrder, { defaultValue: MemberOrder.MEMBER_NO })
    orderBy: MemberOrder = MemberOrder.MEMBER_NO,
  ): Promise<MemberPage> {
    assertPage(first, offset);
    if (orderBy !== MemberOrder.MEMBER_NO && !period)
      throw new AppError(KitErrorCode.BAD_USER_INPUT, '按总分排序时请给出期间（period），如 2024', { orderBy });
    return ctx.loaders
      .membersOf({ status: status ?? null, first, offset, period: period ?? null, orderBy })
      .load(org.id);
  }

  @Mutation(() => Organization, { description: '新建组织' })
  createOrganization(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput,
  ): Promise<Organization> {
    const command: CreateOrganization = { parentId: input.parentId ?? null, name: input.name, level: input.level };
    return this.service.create(ctx.caller, command);
  }

  @Mutation(() => Organization, { description: '组织更名' })
  renameOrganization(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String) name: string,
  ): Promise<Organization> {
    return this.service.rename(ctx.caller, id, name);
  }

  @Mutation(() => Organization, { description: '调整隶属关系：把组织（连同其下级和名册）移到新的上级之下' })
  moveOrganization(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('newParentId', () => ID) newParentId: string,
  ): Promise<Organization> {
    return this.service.move(ctx.caller, id, newParentId);
  }
}
