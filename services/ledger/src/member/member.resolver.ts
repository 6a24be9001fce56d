import { dayOf } from '@jifen/kit/server';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LedgerContext } from '../ledger-context';
import { Organization } from '../organization/organization.type';
import { ageOn } from './member-rules';
import { MemberTransferService } from './member-transfer.service';
import { MemberService } from './member.service';
import { AddMemberInput, ExemptMemberInput, Member, MemberTransfer, UpdateMemberInput } from './member.type';

@Resolver(() => Member)
export class MemberResolver {
  constructor(
    private readonly members: MemberService,
    private readonly memberTransfers: MemberTransferService,
    private readonly clock: () => Date,
  ) {}

  @Query(() => Member, { nullable: true, description: '按编号查党员；不存在或无权访问时为空' })
  member(@Ctx() ctx: LedgerContext, @Arg('id', () => ID) id: string): Promise<Member | null> {
    return ctx.loaders.member.load(id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: '所在党支部或党小组' })
  organization(@Root() member: Member, @Ctx() ctx: LedgerContext): Promise<Organization | null> {
    return ctx.loaders.organization.load(member.organizationId);
  }

  @FieldResolver(() => Int, { description: '周岁年龄；on 缺省为今天' })
  age(@Root() member: Member, @Arg('on', () => Date, { nullable: true }) on?: string): number {
    return ageOn(member.birthDate, on ?? dayOf(this.clock));
  }

  @FieldResolver(() => [MemberTransfer], { description: '组织关系转接记录' })
  transfers(@Root() member: Member, @Ctx() ctx: LedgerContext): Promise<MemberTransfer[]> {
    return ctx.loaders.transfers.load(member.id);
  }

  @Mutation(() => Member, { description: '新增党员（编入党支部或党小组）' })
  addMember(@Ctx() ctx: LedgerContext, @Arg('input', () => AddMemberInput) input: AddMemberInput): Promise<Member> {
    return this.members.add(ctx.caller, input);
  }

  @Mutation(() => Member, { description: '修改党员信息' })
  updateMember(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMemberInput) input: UpdateMemberInput,
  ): Promise<Member> {
    return this.members.update(ctx.caller, id, input);
  }

  @Mutation(() => Member, { description: '区内组织关系转接：转到另一个党支部或党小组，保留转接记录' })
  transferMember(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('toOrganizationId', () => ID) toOrganizationId: string,
    @Arg('on', () => Date) on: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<Member> {
    return this.memberTransfers.transfer(ctx.caller, id, toOrganizationId, on, reason);
  }

  @Mutation(() => Member, { description: '组织关系转出本区' })
  transferMemberOut(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('on', () => Date) on: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<Member> {
    return this.memberTransfers.transferOut(ctx.caller, id, on, reason);
  }

  @Mutation(() => Member, { description: '不纳入积分管理（须经支部党员大会决定、上级批准）' })
  exemptMember(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ExemptMemberInput) input: ExemptMemberInput,
  ): Promise<Member> {
    return this.members.exempt(ctx.caller, id, input);
  }

  @Mutation(() => Member, { description: '恢复纳入积分管理' })
  endMemberExemption(@Ctx() ctx: LedgerContext, @Arg('id', () => ID) id: string): Promise<Member> {
    return this.members.endExemption(ctx.caller, id);
  }
}
