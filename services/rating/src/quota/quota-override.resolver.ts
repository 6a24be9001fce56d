import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Organization } from '../organization/organization.type';
import { QuotaOverride } from './quota-policy.type';

/** The branch a policy gives its own shares, as a reference the ledger resolves (its name) in the same query plan. */
@Resolver(() => QuotaOverride)
export class QuotaOverrideResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: '党支部（名称由台账服务给出）；不在您的查看范围内时为空',
  })
  branch(@Root() override: QuotaOverride): Organization {
    return { id: override.branchId } as Organization;
  }
}
