import { seesWholeRoster } from '@jifen/kit';
import { actorNamesOf } from '@jifen/kit/server';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { Evidence } from '../entry/entry.type';
import { LedgerContext } from '../ledger-context';
import { MemberTransfer } from '../member/member.type';
import { ExemptionRequest, MemberCondition, ReviewVotes } from '../records/records.type';
import { Assembly, Objection, PublicityWindow } from '../register/register.type';
import { Account, ApiKey } from './access.type';

/**
 * The `…ByName` fields: beside each field naming an actor by subject (`account:<id>`, `key:<id>`, `system`, for
 * machines), the name people read (署名), as the actor was named when they acted (kit actor-names.ts), read for the
 * whole request in one statement. A record that keeps only a day reads the name of the end of that day; one that
 * keeps no time (a transfer) reads today's.
 */
type NameOf = (subject: string | null, at: string | Date | null) => Promise<string | null>;

function nameOf(dataSource: DataSource, ctx: LedgerContext): NameOf {
  const loader = actorNamesOf(ctx, dataSource.manager, 'ledger');
  return async (subject, at) => (subject ? loader.load({ subject, at }) : null);
}

const endOfDay = (day: string | null) => (day ? `${day}T23:59:59.999Z` : null);
const BY_NAME = { description: '署名：组织、角色和姓名（当时的名称），如“青山村党支部 书记 张某”' };
const BY_NAME_OPTIONAL = { ...BY_NAME, nullable: true };

/** The time a record keeps beside its actor, where the API type does not show it. */
type Kept<T, K extends string> = T & Partial<Record<K, string | null>>;

@Resolver(() => Assembly)
class AssemblyNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, BY_NAME)
  confirmedByName(@Root() root: Assembly, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.confirmedBy, root.confirmedAt);
  }
}

@Resolver(() => PublicityWindow)
class WindowNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, BY_NAME)
  publishedByName(@Root() root: PublicityWindow, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.publishedBy, root.publishedAt);
  }

  @FieldResolver(() => String, BY_NAME_OPTIONAL)
  closedByName(@Root() root: PublicityWindow, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.closedBy, root.closedAt);
  }
}

@Resolver(() => Objection)
class ObjectionNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  /** A member the objection is about reads who raised it only when it is themself: an objector is not exposed to them. */
  @FieldResolver(() => String, {
    description: '异议人署名（当时的名称）；被异议的党员看到的他人异议为“他人”',
  })
  async raisedByName(@Root() root: Objection, @Ctx() ctx: LedgerContext): Promise<string | null> {
    if (!seesWholeRoster(ctx.caller) && root.raisedBy !== ctx.caller.subject) return '他人';
    return nameOf(this.dataSource, ctx)(root.raisedBy, root.raisedAt);
  }

  @FieldResolver(() => String, BY_NAME_OPTIONAL)
  answeredByName(@Root() root: Objection, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.answeredBy, root.answeredAt);
  }

  @FieldResolver(() => String, BY_NAME_OPTIONAL)
  appealDecidedByName(@Root() root: Objection, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.appealDecidedBy, root.appealDecidedAt);
  }
}

@Resolver(() => Evidence)
class EvidenceNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, BY_NAME)
  uploadedByName(@Root() root: Evidence, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.uploadedBy, root.uploadedAt);
  }
}

@Resolver(() => MemberTransfer)
class TransferNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, BY_NAME)
  recordedByName(@Root() root: MemberTransfer, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.recordedBy, null);
  }
}

@Resolver(() => ReviewVotes)
class VotesNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, BY_NAME)
  recordedByName(@Root() root: ReviewVotes, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.recordedBy, root.recordedAt);
  }
}

@Resolver(() => MemberCondition)
class ConditionNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, BY_NAME)
  recordedByName(@Root() root: Kept<MemberCondition, 'recordedAt'>, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.recordedBy, root.recordedAt ?? null);
  }
}

@Resolver(() => ExemptionRequest)
class ExemptionNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, BY_NAME)
  requestedByName(
    @Root() root: Kept<ExemptionRequest, 'requestedAt'>,
    @Ctx() ctx: LedgerContext,
  ): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.requestedBy, root.requestedAt ?? null);
  }

  @FieldResolver(() => String, BY_NAME_OPTIONAL)
  decidedByName(@Root() root: ExemptionRequest, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.decidedBy, endOfDay(root.decidedOn));
  }
}

@Resolver(() => Account)
class AccountNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, { description: '开设人署名（开设时的名称）' })
  createdByName(@Root() root: Account, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.createdBy, root.createdAt);
  }
}

@Resolver(() => ApiKey)
class ApiKeyNamesResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => String, { description: '签发人署名（签发时的名称）' })
  createdByName(@Root() root: ApiKey, @Ctx() ctx: LedgerContext): Promise<string | null> {
    return nameOf(this.dataSource, ctx)(root.createdBy, root.createdAt);
  }
}

/** Every names resolver: each is made with the service's data source. */
export const actorNameResolvers = [
  AssemblyNamesResolver,
  WindowNamesResolver,
  ObjectionNamesResolver,
  EvidenceNamesResolver,
  TransferNamesResolver,
  VotesNamesResolver,
  ConditionNamesResolver,
  ExemptionNamesResolver,
  AccountNamesResolver,
  ApiKeyNamesResolver,
];
