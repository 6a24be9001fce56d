import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { clientKeyArg } from '../client-key/client-key.arg';
import { LedgerContext } from '../ledger-context';
import { ExemptionService } from './exemption.service';
import { RecordsService } from './records.service';
import { ConditionRecord, VoteRecord } from './records.storage';
import {
  ExemptionRequest,
  MemberCondition,
  RecordConditionInput,
  RecordReviewVotesInput,
  RequestExemptionInput,
  ReviewVotes,
} from './records.type';

export const votesView = (v: VoteRecord): ReviewVotes => ({
  ...v,
  counts: Object.entries(v.counts).map(([level, count]) => ({ level, count })),
});
export const conditionView = (c: ConditionRecord): MemberCondition => c;

@Resolver()
export class RecordsResolver {
  constructor(
    private readonly records: RecordsService,
    private readonly exemptions: ExemptionService,
  ) {}

  @Mutation(() => [ReviewVotes], { description: '录入民主评议票数（同一党员同一期间再次录入以最新为准）' })
  async recordReviewVotes(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => RecordReviewVotesInput) input: RecordReviewVotesInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<ReviewVotes[]> {
    return (await this.records.recordVotes(ctx.caller, ctx.token, { ...input }, clientKey)).map(votesView);
  }

  @Mutation(() => MemberCondition, { description: '登记一票否决或直接定等的情形（附证明材料和批准）' })
  async recordCondition(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => RecordConditionInput) input: RecordConditionInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<MemberCondition> {
    return conditionView(await this.records.recordCondition(ctx.caller, ctx.token, { ...input }, clientKey));
  }

  @Mutation(() => MemberCondition, { description: '撤销误登的情形（保留记录）' })
  async revokeCondition(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<MemberCondition> {
    return conditionView(await this.records.revokeCondition(ctx.caller, ctx.token, id, reason, clientKey));
  }

  @Mutation(() => ExemptionRequest, { description: '不纳入积分管理：支部提出申请' })
  requestExemption(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => RequestExemptionInput) input: RequestExemptionInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<ExemptionRequest> {
    return this.exemptions.requestExemption(ctx.caller, { ...input }, clientKey) as Promise<ExemptionRequest>;
  }

  @Mutation(() => ExemptionRequest, { description: '不纳入积分管理：记录支部党员大会的决定' })
  recordExemptionAssembly(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('assemblyOn', () => Date) assemblyOn: string,
    @Arg('agreed', () => Boolean) agreed: boolean,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<ExemptionRequest> {
    return this.exemptions.recordExemptionAssembly(
      ctx.caller,
      id,
      assemblyOn,
      agreed,
      clientKey,
    ) as Promise<ExemptionRequest>;
  }

  @Mutation(() => ExemptionRequest, { description: '不纳入积分管理：上级党组织审批' })
  decideExemption(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('note', () => String, { nullable: true }) note?: string,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<ExemptionRequest> {
    return this.exemptions.decideExemption(
      ctx.caller,
      ctx.token,
      id,
      approve,
      note,
      clientKey,
    ) as Promise<ExemptionRequest>;
  }
}
