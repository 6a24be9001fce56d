import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SchemeContext } from '../scheme-context';
import { SchemeService } from './scheme.service';
import { Scheme, SchemeAssignment, SchemeVersion } from './scheme.type';

@Resolver(() => Scheme)
export class SchemeResolver {
  constructor(private readonly service: SchemeService) {}

  @Query(() => [Scheme], { description: '本区的积分方案' })
  schemes(@Ctx() ctx: SchemeContext): Promise<Scheme[]> {
    return this.service.list(ctx);
  }

  @Query(() => Scheme, { nullable: true, description: '按编号查积分方案' })
  scheme(@Ctx() ctx: SchemeContext, @Arg('id', () => ID) id: string): Promise<Scheme | null> {
    return ctx.loaders.scheme.load(id);
  }

  @FieldResolver(() => [SchemeVersion], { description: '全部版本，从第 1 版起' })
  versions(@Root() scheme: Scheme, @Ctx() ctx: SchemeContext): Promise<SchemeVersion[]> {
    return ctx.loaders.versionsOfScheme.load(scheme.id);
  }

  @FieldResolver(() => SchemeVersion, { nullable: true, description: '最新批准的版本；尚无批准版本时为空' })
  async latestVersion(@Root() scheme: Scheme, @Ctx() ctx: SchemeContext): Promise<SchemeVersion | null> {
    const versions = await ctx.loaders.versionsOfScheme.load(scheme.id);
    return versions[versions.length - 1] ?? null;
  }

  @Mutation(() => SchemeAssignment, { description: '指定某组织自某日起执行某方案版本（下级组织未另行指定的随之执行）' })
  assignScheme(
    @Ctx() ctx: SchemeContext,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('schemeVersionId', () => ID) schemeVersionId: string,
    @Arg('effectiveFrom', () => Date) effectiveFrom: string,
  ): Promise<SchemeAssignment> {
    return this.service.assign(ctx, organizationId, schemeVersionId, effectiveFrom);
  }
}

@Resolver(() => SchemeVersion)
export class SchemeVersionResolver {
  @Query(() => SchemeVersion, { nullable: true, description: '按编号查方案版本' })
  schemeVersion(@Ctx() ctx: SchemeContext, @Arg('id', () => ID) id: string): Promise<SchemeVersion | null> {
    return ctx.loaders.version.load(id);
  }

  @FieldResolver(() => Scheme, { description: '所属方案' })
  async scheme(@Root() version: SchemeVersion, @Ctx() ctx: SchemeContext): Promise<Scheme> {
    return (await ctx.loaders.scheme.load(version.schemeId)) as Scheme;
  }
}

@Resolver(() => SchemeAssignment)
export class SchemeAssignmentResolver {
  @FieldResolver(() => SchemeVersion, { description: '执行的方案版本' })
  async schemeVersion(@Root() assignment: SchemeAssignment, @Ctx() ctx: SchemeContext): Promise<SchemeVersion> {
    return (await ctx.loaders.version.load(assignment.schemeVersionId)) as SchemeVersion;
  }
}
