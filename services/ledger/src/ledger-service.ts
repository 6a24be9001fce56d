import { ServiceDefinition } from '@jifen/kit';
import { LedgerContext } from './ledger-context';
import { LedgerLoaders, makeLedgerLoaders } from './ledger-loaders';
import { MemberTransferEntity } from './member/member-transfer.entity';
import { MemberEntity } from './member/member.entity';
import { MemberResolver } from './member/member.resolver';
import { MemberService } from './member/member.service';
import { ledgerMigrations } from './migrations';
import { OrganizationEntity } from './organization/organization.entity';
import { OrganizationResolver } from './organization/organization.resolver';
import { OrganizationService } from './organization/organization.service';

/** The register (台账): owner of `Organization` and `Member`. */
export const ledgerService: ServiceDefinition<LedgerLoaders> = {
  name: 'ledger',
  entities: [OrganizationEntity, MemberEntity, MemberTransferEntity],
  migrations: ledgerMigrations,
  resolvers: [OrganizationResolver, MemberResolver],
  referenceResolvers: {
    Organization: { __resolveReference: (ref: { id: string }, ctx: LedgerContext) => ctx.loaders.organization.load(ref.id) },
    Member: { __resolveReference: (ref: { id: string }, ctx: LedgerContext) => ctx.loaders.member.load(ref.id) },
  },
  wire(dataSource, clock) {
    const organizations = new OrganizationService(dataSource, clock);
    const members = new MemberService(dataSource, organizations, clock);
    return new Map<Function, unknown>([
      [OrganizationResolver, new OrganizationResolver(organizations)],
      [MemberResolver, new MemberResolver(members, clock)],
    ]);
  },
  makeLoaders: makeLedgerLoaders,
};
