import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { clientKeyArg } from '../client-key/client-key.arg';
import { LedgerContext } from '../ledger-context';
import { assertSeesWholeRoster } from '../ledger-access';
import { Member } from '../member/member.type';
import { branchInScope } from '../register/branch-lookup';
import { EntryReviewService } from './entry-review.service';
import { EntryService } from './entry.service';
import { verifyChain } from './entry.storage';
import {
  DeclareEntryInput,
  Entry,
  Evidence,
  ImportEntriesInput,
  LedgerVerification,
  RecordAttendanceInput,
  RecordEntriesInput,
  ReviewEntriesInput,
} from './entry.type';

@Resolver(() => Entry)
export class EntryResolver {
  constructor(
    private readonly entries: EntryService,
    private readonly reviews: EntryReviewService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => Entry, { nullable: true, description: '按编号查积分记录；不存在或无权访问时为空' })
  entry(@Ctx() ctx: LedgerContext, @Arg('id', () => ID) id: string): Promise<Entry | null> {
    return ctx.loaders.entry.load(id) as Promise<Entry | null>;
  }

  @Query(() => LedgerVerification, { description: '核验党支部台账的哈希链，报告第一处断裂' })
  async verifyLedger(
    @Ctx() ctx: LedgerContext,
    @Arg('organizationId', () => ID) organizationId: string,
  ): Promise<LedgerVerification> {
    assertSeesWholeRoster(ctx.caller, '全支部台账的核验结果');
    const { checked, broken } = await this.dataSource.transaction(async (db) =>
      verifyChain(db, (await branchInScope(db, ctx.caller, organizationId)).id),
    );
    return {
      ok: broken === null,
      checked,
      brokenAt: broken?.seq ?? null,
      brokenEntryId: broken?.entryId ?? null,
      problem: broken?.problem ?? null,
    };
  }

  @FieldResolver(() => Member, { nullable: true, description: '党员' })
  member(@Root() entry: Entry, @Ctx() ctx: LedgerContext): Promise<Member | null> {
    return ctx.loaders.member.load(entry.memberId);
  }

  @FieldResolver(() => [Evidence], { description: '证明材料' })
  async evidence(@Root() entry: Entry, @Ctx() ctx: LedgerContext): Promise<Evidence[]> {
    const files = await ctx.loaders.evidence.loadMany(entry.evidenceIds);
    return files.filter((f): f is Evidence => f !== null && !(f instanceof Error));
  }

  @Mutation(() => Entry, { description: '申报积分（本人、记录员或其他党员代为申报）' })
  declareEntry(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => DeclareEntryInput) input: DeclareEntryInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Entry> {
    return this.entries.declare(ctx.caller, ctx.token, { ...input }, clientKey) as Promise<Entry>;
  }

  @Mutation(() => [Entry], { description: '登记一次会议或活动的全部出席人员' })
  recordAttendance(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Entry[]> {
    return this.entries.recordAttendance(ctx.caller, ctx.token, { ...input }, clientKey) as Promise<Entry[]>;
  }

  @Mutation(() => [Entry], {
    description:
      '成批登记同一党支部的积分记录（一次最多 1000 条）；任何一条有问题则全部不登记，并逐条说明问题（extensions.problems）',
  })
  recordEntries(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => RecordEntriesInput) input: RecordEntriesInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Entry[]> {
    return this.entries.recordEntries(
      ctx.caller,
      ctx.token,
      { ...input, entries: input.entries.map((e) => ({ ...e })) },
      clientKey,
    ) as Promise<Entry[]>;
  }

  @Mutation(() => [Entry], {
    description:
      '从已上传（POST /uploads/import）的 CSV 或 xlsx 文件导入积分记录（一次最多 1000 行）；任何一行有问题则全部不导入，并逐行说明问题（IMPORT_REJECTED，extensions.problems）',
  })
  importEntries(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => ImportEntriesInput) input: ImportEntriesInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Entry[]> {
    return this.entries.importEntries(ctx.caller, ctx.token, { ...input }, clientKey) as Promise<Entry[]>;
  }

  @Mutation(() => [Entry], { description: '支委初评：认定（按方案计分）或不予认定（写明理由）' })
  reviewEntries(
    @Ctx() ctx: LedgerContext,
    @Arg('input', () => ReviewEntriesInput) input: ReviewEntriesInput,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Entry[]> {
    return this.reviews.review(ctx.caller, ctx.token, { ...input }, clientKey) as Promise<Entry[]>;
  }

  @Mutation(() => Entry, { description: '冲正：登记一条抵消原记录的冲正记录（原记录不改不删）' })
  reverseEntry(
    @Ctx() ctx: LedgerContext,
    @Arg('entryId', () => ID) entryId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('clientKey', () => String, clientKeyArg) clientKey?: string,
  ): Promise<Entry> {
    return this.reviews.reverse(ctx.caller, ctx.token, entryId, reason, clientKey) as Promise<Entry>;
  }
}
