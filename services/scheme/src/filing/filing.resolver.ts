import { JsonObjectScalar } from '@jifen/kit/server';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { SchemeContext } from '../scheme-context';
import { Scheme, SchemeVersion } from '../scheme/scheme.type';
import { FilingStatus } from './filing-workflow';
import { DraftingService } from './drafting.service';
import { FilingService } from './filing.service';
import { Filing, FilingEvent } from './filing.type';

@Resolver(() => Filing)
export class FilingResolver {
  constructor(
    private readonly drafting: DraftingService,
    private readonly service: FilingService,
  ) {}

  @Query(() => Filing, { nullable: true, description: '按编号查方案草稿或报审' })
  filing(@Ctx() ctx: SchemeContext, @Arg('id', () => ID) id: string): Promise<Filing | null> {
    return ctx.loaders.filing.load(id);
  }

  @Query(() => [Filing], {
    description: '本区的方案草稿和报审，可按状态筛选（如待审核：SUBMITTED），最近的在前，最多 500 条',
  })
  filings(
    @Ctx() ctx: SchemeContext,
    @Arg('status', () => FilingStatus, { nullable: true }) status?: FilingStatus,
  ): Promise<Filing[]> {
    return this.service.list(ctx, status ?? null);
  }

  @FieldResolver(() => Scheme, { description: '所属方案' })
  async scheme(@Root() filing: Filing, @Ctx() ctx: SchemeContext): Promise<Scheme> {
    return (await ctx.loaders.scheme.load(filing.schemeId)) as Scheme;
  }

  @FieldResolver(() => SchemeVersion, { nullable: true, description: '草稿所依据的版本' })
  baseVersion(@Root() filing: Filing, @Ctx() ctx: SchemeContext): Promise<SchemeVersion | null> {
    return filing.baseVersionId ? ctx.loaders.version.load(filing.baseVersionId) : Promise.resolve(null);
  }

  @FieldResolver(() => SchemeVersion, { nullable: true, description: '批准后形成的版本' })
  approvedVersion(@Root() filing: Filing, @Ctx() ctx: SchemeContext): Promise<SchemeVersion | null> {
    return filing.versionId ? ctx.loaders.version.load(filing.versionId) : Promise.resolve(null);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: '制定方案的组织（名称、层级由台账服务给出；不在您范围内的上级组织为空）',
  })
  organization(@Root() filing: Filing): Organization {
    return { id: filing.organizationId } as Organization;
  }

  @FieldResolver(() => [FilingEvent], { description: '经过：新建、修改、报送、退回、批准' })
  history(@Root() filing: Filing, @Ctx() ctx: SchemeContext): Promise<FilingEvent[]> {
    return ctx.loaders.filingEvents.load(filing.id);
  }

  @Mutation(() => Filing, { description: '采用模板，为本组织新建积分方案草稿' })
  adoptTemplate(
    @Ctx() ctx: SchemeContext,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('templateCode', () => String) templateCode: string,
    @Arg('name', () => String, { nullable: true, description: '方案名称，缺省为模板名称' }) name?: string,
  ): Promise<Filing> {
    return this.drafting.adoptTemplate(ctx, organizationId, templateCode, name);
  }

  @Mutation(() => Filing, { description: '以本组织今天执行的方案（本组织的或上级的）为底稿新建草稿' })
  copyEffectiveScheme(
    @Ctx() ctx: SchemeContext,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('name', () => String, { nullable: true, description: '复制上级方案时的新名称' }) name?: string,
  ): Promise<Filing> {
    return this.drafting.copyEffectiveScheme(ctx, organizationId, name);
  }

  @Mutation(() => Filing, { description: '以方案的最新版本为底稿新建修订草稿；批准后成为新版本，旧版本不变' })
  reviseScheme(@Ctx() ctx: SchemeContext, @Arg('schemeId', () => ID) schemeId: string): Promise<Filing> {
    return this.drafting.revise(ctx, schemeId);
  }

  @Mutation(() => Filing, { description: '修改草稿的规则文件（草稿或退回修改时）；规则文件须通过校验' })
  editFiling(
    @Ctx() ctx: SchemeContext,
    @Arg('id', () => ID) id: string,
    @Arg('rules', () => JsonObjectScalar) rules: Record<string, unknown>,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<Filing> {
    return this.service.edit(ctx, id, rules, note);
  }

  @Mutation(() => Filing, { description: '报上级审核备案' })
  submitFiling(
    @Ctx() ctx: SchemeContext,
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<Filing> {
    return this.service.submit(ctx, id, comment);
  }

  @Mutation(() => Filing, { description: '撤回草稿或报审' })
  withdrawFiling(
    @Ctx() ctx: SchemeContext,
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<Filing> {
    return this.service.withdraw(ctx, id, comment);
  }

  @Mutation(() => Filing, { description: '上级退回修改，须写明意见' })
  returnFiling(
    @Ctx() ctx: SchemeContext,
    @Arg('id', () => ID) id: string,
    @Arg('comments', () => String) comments: string,
  ): Promise<Filing> {
    return this.service.returnFiling(ctx, id, comments);
  }

  @Mutation(() => Filing, {
    description: '上级批准：草稿成为方案的新版本，自生效日期起本组织（及未另定方案的下级）执行',
  })
  approveFiling(
    @Ctx() ctx: SchemeContext,
    @Arg('id', () => ID) id: string,
    @Arg('effectiveFrom', () => Date) effectiveFrom: string,
    @Arg('comments', () => String, { nullable: true }) comments?: string,
  ): Promise<Filing> {
    return this.service.approve(ctx, id, effectiveFrom, comments);
  }
}
