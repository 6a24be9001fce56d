import { ClassType, ServiceDefinition } from '@jifen/kit/server';
import { FilingResolver } from './filing/filing.resolver';
import { DraftingService } from './filing/drafting.service';
import { FilingService } from './filing/filing.service';
import { Organization } from './organization/organization.type';
import { OrganizationSchemeResolver } from './organization/organization.resolver';
import { OrganizationFilingTodoResolver } from './todo/filing-todo.resolver';
import { schemeMigrations } from './migrations';
import { SchemeContext } from './scheme-context';
import { makeSchemeLoaders, SchemeLoaders } from './scheme-loaders';
import { SchemeAssignmentEntity, SchemeEntity, SchemeVersionEntity } from './scheme/scheme.entity';
import { SchemeAssignmentResolver, SchemeResolver, SchemeVersionResolver } from './scheme/scheme.resolver';
import { SchemeService } from './scheme/scheme.service';
import { PreviewResolver } from './preview/preview.resolver';
import { PreviewService } from './preview/preview.service';
import { TemplateResolver } from './templates/template.resolver';

/** A resolver class, the key type-graphql's container looks instances up by. */

/** The rulebook: schemes, immutable versions, assignments down the tree. */
export const schemeService: ServiceDefinition<SchemeLoaders> = {
  name: 'scheme',
  entities: [SchemeEntity, SchemeVersionEntity, SchemeAssignmentEntity],
  migrations: schemeMigrations,
  resolvers: [
    SchemeResolver,
    SchemeVersionResolver,
    SchemeAssignmentResolver,
    OrganizationSchemeResolver,
    OrganizationFilingTodoResolver,
    FilingResolver,
    TemplateResolver,
    PreviewResolver,
  ],
  orphanedTypes: [Organization],
  referenceResolvers: {
    // The representation carries `path` (through @requires); nothing to read. Its scheme fields read through the caller's view.
    Organization: { __resolveReference: (ref: { id: string; path?: string }) => ref },
    // Outside the caller's view these answer null, as for an unknown id.
    Scheme: { __resolveReference: (ref: { id: string }, ctx: SchemeContext) => ctx.loaders.scheme.load(ref.id) },
    Filing: { __resolveReference: (ref: { id: string }, ctx: SchemeContext) => ctx.loaders.filing.load(ref.id) },
    SchemeVersion: {
      __resolveReference: (ref: { id: string }, ctx: SchemeContext) => ctx.loaders.version.load(ref.id),
    },
  },
  wire(dataSource, clock, peers) {
    const schemes = new SchemeService(dataSource, clock, () => peers.ledger);
    return new Map<ClassType, unknown>([
      [SchemeResolver, new SchemeResolver(schemes)],
      [SchemeVersionResolver, new SchemeVersionResolver()],
      [SchemeAssignmentResolver, new SchemeAssignmentResolver()],
      [OrganizationSchemeResolver, new OrganizationSchemeResolver(clock)],
      [OrganizationFilingTodoResolver, new OrganizationFilingTodoResolver()],
      [
        FilingResolver,
        new FilingResolver(
          new DraftingService(dataSource, clock, () => peers.ledger),
          new FilingService(dataSource, clock, () => peers.ledger),
        ),
      ],
      [TemplateResolver, new TemplateResolver()],
      [PreviewResolver, new PreviewResolver(new PreviewService())],
    ]);
  },
  makeLoaders: makeSchemeLoaders,
};
