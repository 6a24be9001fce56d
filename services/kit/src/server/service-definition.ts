import { GraphQLSchema } from 'graphql';
import { NonEmptyArray } from 'type-graphql';
import { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import { PeerUrls } from '../config/shared-variables';
import { Caller } from '../context/caller';
import { openServiceDatabase } from '../database/data-source';
import { CountingSqlLogger } from '../database/sql-counter';
import { buildFederatedSchema, ReferenceResolvers } from '../federation/build-subgraph-schema';
import { Logger } from '../logging/logger';
import { Downloads } from './downloads';
import { BackgroundTasks, startBackgroundTasks } from './background-tasks';
import { InternalEndpoints } from './internal-endpoints';
import { startSubgraphServer } from './start-subgraph';
import { Uploads } from './uploads';
import type { ClassType } from './class-type';

/** What makes a service: its schema, its tables and how to wire its resolvers. The kit does the rest. */
export interface ServiceDefinition<L> {
  name: 'scheme' | 'ledger' | 'rating';
  entities: (ClassType | EntitySchema)[];
  migrations: (new () => MigrationInterface)[];
  resolvers: NonEmptyArray<ClassType>;
  referenceResolvers: ReferenceResolvers;
  /** Entity types reachable only through `_entities` (another service's type this one extends). */
  orphanedTypes?: ClassType[];
  /**
   * Resolver instances with their dependencies, keyed by resolver class (and a `Downloads` or `Uploads` under its
   * class for files). `peers` may be filled in only after wiring: read `peers.ledger` etc. at call time, never copy them here.
   */
  wire(dataSource: DataSource, clock: () => Date, peers: PeerUrls, secrets: ServiceSecrets): Map<ClassType, unknown>;
  makeLoaders(dataSource: DataSource, caller: Caller): L;
}

/** What a service may sign with: the platform's shared secret (derive purpose-bound secrets from it with `deriveSecret`). */
export interface ServiceSecrets {
  tokenSecret: string;
}

export interface ServiceOptions {
  peers: PeerUrls;
  databaseUrl: string;
  port: number;
  host?: string;
  tokenSecret: string;
  logger: Logger;
  clock?: () => Date;
  /** Run the service's `BackgroundTasks` (the service's own process does; a test platform leaves them off). */
  background?: boolean;
}

export interface RunningService {
  name: string;
  url: string;
  dataSource: DataSource;
  sql: CountingSqlLogger;
  stop(): Promise<void>;
}

function schemaOf<L>(
  definition: ServiceDefinition<L>,
  instances: Map<ClassType, unknown> | null,
): { schema: GraphQLSchema; sdl: string } {
  const container = {
    get(someClass: ClassType) {
      const instance = instances?.get(someClass);
      if (!instance) throw new Error(`${definition.name}: no instance wired for ${someClass.name}`);
      return instance;
    },
  };
  return buildFederatedSchema(
    definition.resolvers,
    definition.referenceResolvers,
    container,
    definition.orphanedTypes ?? [],
  );
}

/** The subgraph SDL straight from the code, with no database: what `schema/<service>.graphql` holds. */
export function printServiceSdl<L>(definition: ServiceDefinition<L>): string {
  return schemaOf(definition, null).sdl;
}

/** Opens the database (running migrations), wires the resolvers and serves the subgraph. */
export async function startService<L>(
  definition: ServiceDefinition<L>,
  options: ServiceOptions,
): Promise<RunningService> {
  const clock = options.clock ?? (() => new Date());
  const { dataSource, sql } = await openServiceDatabase({
    url: options.databaseUrl,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    logger: options.logger,
  });
  try {
    const instances = definition.wire(dataSource, clock, options.peers, { tokenSecret: options.tokenSecret });
    const { schema } = schemaOf(definition, instances);
    const downloads = instances.get(Downloads);
    if (downloads !== undefined && !(downloads instanceof Downloads))
      throw new Error(`${definition.name}: wire() put something other than a Downloads under Downloads`);
    const uploads = instances.get(Uploads);
    if (uploads !== undefined && !(uploads instanceof Uploads))
      throw new Error(`${definition.name}: wire() put something other than Uploads under Uploads`);
    const internal = instances.get(InternalEndpoints);
    if (internal !== undefined && !(internal instanceof InternalEndpoints))
      throw new Error(`${definition.name}: wire() put something other than InternalEndpoints under InternalEndpoints`);
    const background = instances.get(BackgroundTasks);
    if (background !== undefined && !(background instanceof BackgroundTasks))
      throw new Error(`${definition.name}: wire() put something other than BackgroundTasks under BackgroundTasks`);
    const server = await startSubgraphServer({
      name: definition.name,
      schema,
      port: options.port,
      host: options.host,
      tokenSecret: options.tokenSecret,
      logger: options.logger,
      makeLoaders: (caller) => definition.makeLoaders(dataSource, caller),
      downloads: (downloads as Downloads<L> | undefined)?.handlers,
      internal: (internal as InternalEndpoints<L> | undefined)?.handlers,
      uploads: (uploads as Uploads<L> | undefined)?.handlers,
      audit: { dataSource, schema: definition.name },
    });
    const stopTasks =
      options.background && background ? startBackgroundTasks(background.tasks, options.logger) : async () => undefined;
    return {
      name: definition.name,
      url: server.url,
      dataSource,
      sql,
      stop: async () => {
        await stopTasks();
        await server.stop();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
