import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { buildSchemaSync, ContainerType, createResolversMap, NonEmptyArray } from 'type-graphql';
import { LocalDateScalar } from '../scalars/local-date';
import type { ClassType } from '../server/class-type';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires", "@shareable"])';

/** Resolvers type-graphql cannot declare: `__resolveReference` for each entity the service owns or extends. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entity's resolver takes its own reference and context types
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

export interface SubgraphSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL as composition sees it (what `schema/<service>.graphql` holds). */
  sdl: string;
}

/**
 * type-graphql classes → a federation 2 subgraph schema. type-graphql prints the types with their
 * `@key`/`@requires` directives; `buildSubgraphSchema` (array form) adds `_entities` and `_service`.
 */
export function buildFederatedSchema(
  resolvers: NonEmptyArray<ClassType>,
  referenceResolvers: ReferenceResolvers,
  container: ContainerType,
  orphanedTypes: ClassType[] = [],
): SubgraphSchema {
  const plain = buildSchemaSync({
    resolvers,
    container,
    orphanedTypes,
    scalarsMap: [{ type: Date, scalar: LocalDateScalar }],
    skipCheck: true,
    validate: false,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(plain)}`;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- graphql-tools' resolver map is untyped
  const resolverMap = createResolversMap(plain) as Record<string, any>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolverMap[typeName] = { ...(resolverMap[typeName] ?? {}), ...reference };
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolverMap }]);
  return { schema, sdl };
}
