import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Member } from '../member/member.type';
import { Organization } from '../organization/organization.type';
import { WarningContext } from './warning-loaders';
import { DisposalMeasure, WarningCaseStatus } from './warning-rules';
import { assertPage } from '@jifen/kit';
import { listsOfOrganisation } from '../rating-access';
import { disposalView, WarningCaseService } from './warning.service';
import {
  DecideWarningOutcomeInput,
  Disposal,
  PairWarningHelperInput,
  RecordDisposalStepInput,
  RectificationPlanRevision,
  ReviseRectificationPlanInput,
  RecordWarningInterviewInput,
  SetRectificationPlanInput,
  WarningCase,
  WarningCaseEvent,
} from './warning.type';

@Resolver(() => WarningCase)
export class WarningCaseResolver {
  constructor(private readonly cases: WarningCaseService) {}

  /** In scope; a member's own only: anything else answers null, as an unknown id. */
  @Query(() => WarningCase, { nullable: true, description: '按编号查双预警' })
  warningCase(@Ctx() ctx: WarningContext, @Arg('id', () => ID) id: string): Promise<WarningCase | null> {
    return ctx.loaders.warningCase.load(id);
  }

  @FieldResolver(() => [String], { description: '今天已逾期的事项（约谈、整改期限、处置进度），没有则为空' })
  overdue(@Root() c: WarningCase): string[] {
    return this.cases.overdue(c);
  }

  @FieldResolver(() => Boolean, { description: '今天是否有逾期事项' })
  isOverdue(@Root() c: WarningCase): boolean {
    return this.cases.overdue(c).length > 0;
  }

  @FieldResolver(() => [Disposal], { description: '处置程序：每种处置方式一项，按启动先后' })
  async disposals(@Root() c: WarningCase, @Ctx() ctx: WarningContext): Promise<Disposal[]> {
    return disposalView(c, await ctx.loaders.disposalStepsOfCase.load(c.id)).disposals;
  }

  @FieldResolver(() => [RectificationPlanRevision], { description: '整改计划的修订记录，按先后' })
  planRevisions(@Root() c: WarningCase, @Ctx() ctx: WarningContext): Promise<RectificationPlanRevision[]> {
    return ctx.loaders.planRevisionsOfCase.load(c.id);
  }

  @FieldResolver(() => [WarningCaseEvent], {
    description: '评定对本案的办理记录（预警、下一期得分、再次预警、撤销、转入处置），按先后，各条注明确认评定的人',
  })
  history(@Root() c: WarningCase, @Ctx() ctx: WarningContext): Promise<WarningCaseEvent[]> {
    return ctx.loaders.eventsOfCase.load(c.id);
  }

  @FieldResolver(() => [DisposalMeasure], { description: '现在可以启动的处置方式（已转入处置程序、无未办结的处置时）' })
  async measuresAvailable(@Root() c: WarningCase, @Ctx() ctx: WarningContext): Promise<DisposalMeasure[]> {
    return disposalView(c, await ctx.loaders.disposalStepsOfCase.load(c.id)).measuresOpen;
  }

  @Mutation(() => WarningCase, { description: '登记党支部书记约谈受到双预警的党员' })
  recordWarningInterview(
    @Ctx() ctx: WarningContext,
    @Arg('input', () => RecordWarningInterviewInput) input: RecordWarningInterviewInput,
  ): Promise<WarningCase> {
    const { caseId, ...rest } = input;
    return this.cases.recordInterview(ctx.caller, caseId, rest);
  }

  @Mutation(() => WarningCase, { description: '为受到双预警的党员确定帮扶人（结对帮扶）' })
  pairWarningHelper(
    @Ctx() ctx: WarningContext,
    @Arg('input', () => PairWarningHelperInput) input: PairWarningHelperInput,
  ): Promise<WarningCase> {
    const { caseId, ...rest } = input;
    return this.cases.pairHelper(ctx.caller, caseId, rest);
  }

  @Mutation(() => WarningCase, { description: '制定整改计划和整改期限（一般六个月，最长不超过一年）' })
  setRectificationPlan(
    @Ctx() ctx: WarningContext,
    @Arg('input', () => SetRectificationPlanInput) input: SetRectificationPlanInput,
  ): Promise<WarningCase> {
    const { caseId, ...rest } = input;
    return this.cases.setRectificationPlan(ctx.caller, caseId, rest);
  }

  @Mutation(() => WarningCase, {
    description: '修订整改计划或整改期限（限期整改中；自首次制定计划起最长不超过一年），保留修订记录',
  })
  reviseRectificationPlan(
    @Ctx() ctx: WarningContext,
    @Arg('input', () => ReviseRectificationPlanInput) input: ReviseRectificationPlanInput,
  ): Promise<WarningCase> {
    const { caseId, ...rest } = input;
    return this.cases.revisePlan(ctx.caller, caseId, rest);
  }

  @Mutation(() => WarningCase, {
    description:
      '认定整改结果：依据下一期评定确认时记录的总分，达到 50 分为已转化提高（结案），否则启动不合格党员处置程序',
  })
  decideWarningOutcome(
    @Ctx() ctx: WarningContext,
    @Arg('input', () => DecideWarningOutcomeInput) input: DecideWarningOutcomeInput,
  ): Promise<WarningCase> {
    const { caseId, ...rest } = input;
    return this.cases.decideOutcome(ctx.caller, caseId, rest);
  }

  @Mutation(() => WarningCase, {
    description: '登记不合格党员处置程序的一个步骤（按顺序；预审、审批由上级党组织登记）',
  })
  recordDisposalStep(
    @Ctx() ctx: WarningContext,
    @Arg('input', () => RecordDisposalStepInput) input: RecordDisposalStepInput,
  ): Promise<WarningCase> {
    const { caseId, ...rest } = input;
    return this.cases.recordDisposalStep(ctx.caller, caseId, rest);
  }
}

/** Dual-warning cases seen from an organisation node (the ledger's `Organization`): none out of scope, none for a member. */
@Resolver(() => Organization)
export class OrganizationWarningResolver {
  constructor(private readonly cases: WarningCaseService) {}

  @FieldResolver(() => [WarningCase], {
    nullable: true,
    description: '本组织及下级的双预警，最近的在前；可按状态、只看逾期；评星定级服务不可用时为空',
  })
  @Directive('@requires(fields: "path")')
  async warningCases(
    @Root() org: Organization,
    @Ctx() ctx: WarningContext,
    @Arg('status', () => WarningCaseStatus, { nullable: true }) status?: WarningCaseStatus,
    @Arg('overdueOnly', () => Boolean, { defaultValue: false, description: '只看今天有逾期事项的' })
    overdueOnly = false,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<WarningCase[]> {
    assertPage(first, offset);
    if (!listsOfOrganisation(ctx.caller, org)) return [];
    return ctx.loaders
      .warningCasesUnder({ status: status ?? null, overdueOnly, first, offset, today: this.cases.today() })
      .load(org.path);
  }
}

/** A member's dual-warning cases (the ledger's `Member`): in scope; a member sees only their own. */
@Resolver(() => Member)
export class MemberWarningResolver {
  @FieldResolver(() => [WarningCase], {
    nullable: true,
    description: '本人的双预警，最近的在前；评星定级服务不可用时为空',
  })
  warningCases(@Root() member: Member, @Ctx() ctx: WarningContext): Promise<WarningCase[]> {
    return ctx.loaders.warningCasesOfMember.load(member.id);
  }
}
