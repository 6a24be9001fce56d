import {
  RatingFiguresResolver,
  RatingRollupResolver,
  RollupOrganizationResolver,
} from './rollup/rating-rollup.resolver';
import { ClassType, ServiceDefinition } from '@jifen/kit/server';
import { Organization } from './organization/organization.type';
import { Member } from './member/member.type';
import { ratingMigrations } from './migrations';
import { OrganizationRatingResolver } from './organization/organization.resolver';
import { OrganizationRatingTodoResolver } from './todo/rating-todo.resolver';
import { MemberRatingResolver } from './member/member-rating.resolver';
import { QuotaPolicyService } from './quota/quota-policy.service';
import { QuotaOverrideResolver } from './quota/quota-override.resolver';
import { QuotaPreviewResolver } from './quota/quota-preview.resolver';
import { QuotaPreviewService } from './quota/quota-preview.service';
import { RatingRunService } from './run/rating-run.service';
import { RatingRunResolver } from './run/run.resolver';
import { runView } from './run/run.view';
import { makeRatingLoaders, RatingLoaders } from './rating-loaders';
import { MemberWarningResolver, OrganizationWarningResolver, WarningCaseResolver } from './warning/warning.resolver';
import { WarningCaseService } from './warning/warning.service';
import { RatingContext } from './rating-context';
import { DisposalStepNamesResolver, WarningCaseNamesResolver } from './names/actor-names.resolver';

/** A resolver class, the key type-graphql's container looks instances up by. */

/** Quota policies, rating runs (grades and stars under quota), dual-warning cases and disposal, rating rollups. */
export const ratingService: ServiceDefinition<RatingLoaders> = {
  name: 'rating',
  entities: [],
  migrations: ratingMigrations,
  resolvers: [
    OrganizationRatingResolver,
    OrganizationRatingTodoResolver,
    RatingRollupResolver,
    RatingFiguresResolver,
    RollupOrganizationResolver,
    MemberRatingResolver,
    RatingRunResolver,
    QuotaPreviewResolver,
    QuotaOverrideResolver,
    WarningCaseResolver,
    OrganizationWarningResolver,
    MemberWarningResolver,
    WarningCaseNamesResolver,
    DisposalStepNamesResolver,
  ],
  orphanedTypes: [Organization, Member],
  referenceResolvers: {
    Organization: { __resolveReference: (ref: { id: string; path?: string }) => ref },
    Member: { __resolveReference: (ref: { id: string }) => ref },
    RatingRun: {
      __resolveReference: async (ref: { id: string }, ctx: RatingContext) => {
        const run = await ctx.loaders.run.load(ref.id);
        return run ? runView(run) : null;
      },
    },
  },
  wire(dataSource, clock, peers) {
    const policies = new QuotaPolicyService(dataSource, clock, () => peers.ledger);
    const runs = new RatingRunService(
      dataSource,
      clock,
      () => peers.ledger,
      () => peers.scheme,
    );
    const drafts = new QuotaPreviewService(
      dataSource,
      policies,
      () => peers.ledger,
      () => peers.scheme,
    );
    const warnings = new WarningCaseService(dataSource, clock);
    return new Map<ClassType, unknown>([
      [OrganizationRatingResolver, new OrganizationRatingResolver(policies, dataSource, clock)],
      [OrganizationRatingTodoResolver, new OrganizationRatingTodoResolver(clock)],
      [MemberRatingResolver, new MemberRatingResolver()],
      [RatingRollupResolver, new RatingRollupResolver()],
      [RatingFiguresResolver, new RatingFiguresResolver()],
      [RollupOrganizationResolver, new RollupOrganizationResolver()],
      [RatingRunResolver, new RatingRunResolver(dataSource, runs)],
      [QuotaPreviewResolver, new QuotaPreviewResolver(drafts)],
      [QuotaOverrideResolver, new QuotaOverrideResolver()],
      [WarningCaseResolver, new WarningCaseResolver(warnings)],
      [OrganizationWarningResolver, new OrganizationWarningResolver(warnings)],
      [MemberWarningResolver, new MemberWarningResolver()],
      [WarningCaseNamesResolver, new WarningCaseNamesResolver(dataSource)],
      [DisposalStepNamesResolver, new DisposalStepNamesResolver(dataSource)],
    ]);
  },
  makeLoaders: makeRatingLoaders,
};
