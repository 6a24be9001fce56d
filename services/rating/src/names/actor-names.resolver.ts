import { actorNamesOf } from '@jifen/kit/server';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { RatingContext } from '../rating-context';
import { DisposalStep, WarningCase } from '../warning/warning.type';

/**
 * The `…ByName` fields of the dual-warning cases: beside the subject that last changed a case or recorded a disposal
 * step (for machines), the name people read, as the actor was named when they acted (kit actor-names.ts; the name
 * comes with the caller from the gateway, so that this service never asks the ledger who an account is).
 */
const BY_NAME = { description: '署名：组织、角色和姓名（当时的名称），如“青山村党支部 书记 张某”' };

@Resolver(() => WarningCase)
export class WarningCaseNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, BY_NAME)
  updatedByName(@Root() root: WarningCase, @Ctx() ctx: RatingContext): Promise<string> {
    return actorNamesOf(ctx, this.dataSource.manager, 'rating').load({ subject: root.updatedBy, at: root.updatedAt });
  }
}

@Resolver(() => DisposalStep)
export class DisposalStepNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, BY_NAME)
  recordedByName(@Root() root: DisposalStep, @Ctx() ctx: RatingContext): Promise<string> {
    return actorNamesOf(ctx, this.dataSource.manager, 'rating').load({ subject: root.recordedBy, at: root.recordedAt });
  }
}
