import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { clientKeyArg } from '../client-key/client-key.arg';
import { LedgerContext } from '../ledger-context';
import { Member } from '../member/member.type';
import { ObjectionService } from './objection.service';
import { PublicityService } from './publicity.service';
import {
  Assembly,
  ConfirmAssemblyInput,
  Objection,
  PublicityList,
  PublicityWindow,
  PublishScoresInput,
  RaiseObjectionInput,
} from './register.type';

@Resolver(() => PublicityWindow)
export class PublicityResolver {
  constructor(private readonly publicity: PublicityService) {}

  @Query(() => PublicityWindow, { nullable: true, description: '按编号查公示' })
  publicityWindow(@Ctx() ctx: LedgerContext, @Arg('id', () => ID) id: string): Promise<PublicityWindow | null> {
    return ctx.loaders.window.load(id);
  }

  @FieldResolver(() => PublicityList, {
    description: '公示名单：本支部本期的姓名、总分、等次和名次（本支部党员在公示期内和公示期后都可查看）',
  })
  async list(@Root() window: PublicityWindow, @Ctx() ctx: LedgerContext): Promise<PublicityList> {
    const board = await this.publicity.list(ctx.caller, window);
    return { periodKey: window.periodKey, startsOn: window.startsOn, endsOn: window.endsOn, ...board };
  }

  @FieldResolver(() => [Objection], { description: '本次公示收到的异议' })
  objections(@Root() window: PublicityWindow, @Ctx() ctx: LedgerContext): Promise<Objection[]> {
    return ctx.loaders.objectionsOfWindow.load(window.id);
  }

  @Mutation(() => Assembly, {
    description: '党员大会评定：确认本期全部已初评的记录（须无待初评的申报，正式党员出席过半）',
  })
  confirmAssembly(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => ConfirmAssemblyInput) input: ConfirmAssemblyInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Assembly> {
    return this.publicity.confirmAssembly(ctx.caller, ctx.token, { ...input }, clientKey);
  }

  @Mutation(() => PublicityWindow, { description: '公示党员大会评定的结果（不少于方案规定的天数）' })
  publishScores(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => PublishScoresInput) input: PublishScoresInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<PublicityWindow> {
    return this.publicity.publish(ctx.caller, ctx.token, { ...input }, clientKey);
  }

  @Mutation(() => PublicityWindow, { description: '公示期满后确认：无异议的积分成为最终结果，报上级备案' })
  closePublicity(
    @Ctx() ctx: LedgerContext,
    @Arg('windowId', () => ID) windowId: string,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<PublicityWindow> {
    return this.publicity.close(ctx.caller, ctx.token, windowId, clientKey);
  }
}

@Resolver(() => Objection)
export class ObjectionResolver {
  constructor(private readonly objections: ObjectionService) {}

  @Query(() => Objection, { nullable: true, description: '按编号查异议' })
  objection(@Ctx() ctx: LedgerContext, @Arg('id', () => ID) id: string): Promise<Objection | null> {
    return ctx.loaders.objection.load(id);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() objection: Objection, @Ctx() ctx: LedgerContext): Promise<Member | null> {
    return ctx.loaders.member.load(objection.memberId);
  }

  @Mutation(() => Objection, { description: '公示期内对某党员的积分提出异议（该党员积分暂缓确认）' })
  raiseObjection(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => RaiseObjectionInput) input: RaiseObjectionInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Objection> {
    return this.objections.raise(ctx.caller, ctx.token, { ...input }, clientKey);
  }

  @Mutation(() => Objection, { description: '党支部答复异议；成立的，另行登记冲正记录' })
  answerObjection(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('answer', () => String) answer: string,
    @Arg('upheld', () => Boolean, { description: '异议是否成立' }) upheld: boolean,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Objection> {
    return this.objections.answer(ctx.caller, ctx.token, id, answer, upheld, clientKey);
  }

  @Mutation(() => Objection, { description: '对支部答复不服，向上级党组织申诉' })
  appealObjection(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('content', () => String) content: string,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Objection> {
    return this.objections.appeal(ctx.caller, ctx.token, id, content, clientKey);
  }

  @Mutation(() => Objection, { description: '上级党组织处理申诉' })
  decideAppeal(
    @Ctx() ctx: LedgerContext,
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => String) decision: string,
    @Arg('upheld', () => Boolean, { description: '申诉是否成立' }) upheld: boolean,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Objection> {
    return this.objections.decideAppeal(ctx.caller, ctx.token, id, decision, upheld, clientKey);
  }
}
