import { ServiceDefinition } from '@jifen/kit';
import { Organization } from './organization/organization.type';
import { ratingMigrations } from './migrations';
import { OrganizationRatingResolver } from './organization/organization.resolver';
import { QuotaPolicyEntity } from './quota/quota-policy.entity';
import { QuotaPolicyService } from './quota/quota-policy.service';
import { makeRatingLoaders, RatingLoaders } from './rating-loaders';

/** Grades, stars under quota, dual-warning cases. Today: the quota policies. */
export const ratingService: ServiceDefinition<RatingLoaders> = {
  name: 'rating',
  entities: [QuotaPolicyEntity],
  migrations: ratingMigrations,
  resolvers: [OrganizationRatingResolver],
  orphanedTypes: [Organization],
  referenceResolvers: {
    Organization: { __resolveReference: (ref: { id: string; path?: string }) => ref },
  },
  wire(dataSource, clock, peers) {
    const policies = new QuotaPolicyService(dataSource, clock, () => peers.ledger);
    return new Map<Function, unknown>([[OrganizationRatingResolver, new OrganizationRatingResolver(policies)]]);
  },
  makeLoaders: makeRatingLoaders,
};
