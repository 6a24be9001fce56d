import { dayOf } from '@jifen/kit/server';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { FilingStatus } from '../filing/filing-workflow';
import { Filing } from '../filing/filing.type';
import { SchemeContext } from '../scheme-context';
import { assignmentInForce } from '../scheme/assignment-in-force';
import { AssignmentRecord } from '../scheme/scheme.storage';
import { Scheme, SchemeAssignment, SchemeVersion } from '../scheme/scheme.type';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationSchemeResolver {
  constructor(private readonly clock: () => Date) {}

  private async inForce(
    org: Organization,
    ctx: SchemeContext,
    on: string | undefined,
  ): Promise<AssignmentRecord | null> {
    const assignments = await ctx.loaders.assignmentsOnPath.load(org.path);
    const day = on ?? dayOf(this.clock);
    return assignmentInForce(org.path, assignments, day);
  }

  @FieldResolver(() => SchemeAssignment, {
    nullable: true,
    description: '某日执行的方案：本组织的，或最近一级上级组织的；on 缺省为今天',
  })
  @Directive('@requires(fields: "path")')
  schemeAssignment(
    @Root() org: Organization,
    @Ctx() ctx: SchemeContext,
    @Arg('on', () => Date, { nullable: true }) on?: string,
  ): Promise<SchemeAssignment | null> {
    return this.inForce(org, ctx, on);
  }

  @FieldResolver(() => SchemeVersion, { nullable: true, description: '某日执行的方案版本' })
  @Directive('@requires(fields: "path")')
  async effectiveSchemeVersion(
    @Root() org: Organization,
    @Ctx() ctx: SchemeContext,
    @Arg('on', () => Date, { nullable: true }) on?: string,
  ): Promise<SchemeVersion | null> {
    const assignment = await this.inForce(org, ctx, on);
    return assignment ? ctx.loaders.version.load(assignment.schemeVersionId) : null;
  }

  @FieldResolver(() => [Filing], {
    nullable: true,
    description: '本组织的方案草稿和报审，最近的在前；积分方案服务不可用时为空',
  })
  async filings(
    @Root() org: Organization,
    @Ctx() ctx: SchemeContext,
    @Arg('status', () => FilingStatus, { nullable: true }) status?: FilingStatus,
  ): Promise<Filing[]> {
    const all = await ctx.loaders.filingsOfOrganization.load(org.id);
    return status ? all.filter((f) => f.status === status) : all;
  }

  @FieldResolver(() => Scheme, { nullable: true, description: '某日执行的积分方案' })
  @Directive('@requires(fields: "path")')
  async effectiveScheme(
    @Root() org: Organization,
    @Ctx() ctx: SchemeContext,
    @Arg('on', () => Date, { nullable: true }) on?: string,
  ): Promise<Scheme | null> {
    const assignment = await this.inForce(org, ctx, on);
    const version = assignment ? await ctx.loaders.version.load(assignment.schemeVersionId) : null;
    return version ? ctx.loaders.scheme.load(version.schemeId) : null;
  }
}
