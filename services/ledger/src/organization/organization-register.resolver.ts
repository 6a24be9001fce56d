import { AppError, dayOf, KitErrorCode } from '@jifen/kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { EntryState } from '../entry/entry-state';
import { pageEntries } from '../entry/entry.storage';
import { EntryPage } from '../entry/entry.type';
import { LedgerContext } from '../ledger-context';
import { ObjectionStatus } from '../register/objection-workflow';
import { objectionsUnder } from '../register/objection.storage';
import { assembliesOfBranches, windowsOfBranches } from '../register/register.storage';
import { Assembly, Objection, PublicityWindow } from '../register/register.type';
import { ScoreRollup } from '../rollup/rollup.type';
import { Organization } from './organization.type';

export const MAX_PAGE = 200;

export function assertPage(first: number, offset: number): void {
  if (first < 0 || first > MAX_PAGE || offset < 0) {
    throw new AppError(KitErrorCode.BAD_USER_INPUT, `每页条数应在 0 到 ${MAX_PAGE} 之间，起始位置不能为负数`, { first, offset, max: MAX_PAGE });
  }
}

/** The register as seen from an organisation node: entries, assemblies, publicity, objections and the rollup. */
@Resolver(() => Organization)
export class OrganizationRegisterResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
  ) {}

  @FieldResolver(() => EntryPage, { description: '本组织及下级的积分记录，按发生日期倒序分页' })
  entries(
    @Root() org: Organization,
    @Arg('states', () => [EntryState], { nullable: true, description: '只看这些环节，如待初评：[DECLARED]' }) states?: EntryState[],
    @Arg('from', () => Date, { nullable: true }) from?: string,
    @Arg('to', () => Date, { nullable: true }) to?: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<EntryPage> {
    assertPage(first, offset);
    return pageEntries(this.dataSource.manager, org.path, { states: states ?? null, from, to, first, offset }) as Promise<EntryPage>;
  }

  @FieldResolver(() => [Assembly], { description: '党员大会评定（党支部）' })
  assemblies(@Root() org: Organization): Promise<Assembly[]> {
    return assembliesOfBranches(this.dataSource.manager, [org.id]);
  }

  @FieldResolver(() => [PublicityWindow], { description: '公示（党支部），最近的在前' })
  publicityWindows(@Root() org: Organization): Promise<PublicityWindow[]> {
    return windowsOfBranches(this.dataSource.manager, [org.id]);
  }

  @FieldResolver(() => [Objection], { description: '本组织及下级的异议，最近的在前，最多 500 条' })
  objections(@Root() org: Organization, @Arg('status', () => [ObjectionStatus], { nullable: true }) status?: ObjectionStatus[]): Promise<Objection[]> {
    return objectionsUnder(this.dataSource.manager, org.path, status ?? null, 500);
  }

  @FieldResolver(() => ScoreRollup, { description: '某期间的积分汇总（本组织及每个直接下级），不逐个党支部查询' })
  scoreRollup(@Root() org: Organization, @Ctx() ctx: LedgerContext, @Arg('period', () => String, { description: '如 2024、2024-H1' }) period: string): Promise<ScoreRollup> {
    return ctx.loaders.rollupOf({ period, today: dayOf(this.clock) }).load(org.id);
  }
}
