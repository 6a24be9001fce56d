import { DataSource, EntitySchema, MigrationInterface } from 'typeorm';
import { CountingSqlLogger } from './sql-counter';
import type { Logger } from '../logging/logger';
import type { ClassType } from '../server/class-type';

export interface ServiceDatabaseOptions {
  url: string;
  /** The service's own Postgres schema: `scheme`, `ledger` or `rating`. */
  schema: string;
  entities: (ClassType | EntitySchema)[];
  migrations: (new () => MigrationInterface)[];
  logger: Logger;
  poolSize?: number;
}

export interface ServiceDatabase {
  dataSource: DataSource;
  sql: CountingSqlLogger;
}

/**
 * Opens the service's connection pool, makes sure its schema and the `ltree` extension exist, and runs
 * its pending migrations. `synchronize` stays off: tables change only by migrations.
 */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<ServiceDatabase> {
  await prepareSchema(options);
  const sql = new CountingSqlLogger(options.logger);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: sql,
    logging: ['query', 'error', 'warn', 'migration'],
    maxQueryExecutionTime: 1000,
    // No JIT: the services run short statements, and a cost estimate inflated by a set-returning function
    // (jsonb_to_recordset counts as 100 rows a call) made PostgreSQL compile a 5 ms dashboard statement for 17 ms.
    extra: { max: options.poolSize ?? 10, application_name: `jifen-${options.schema}`, options: '-c jit=off' },
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, sql };
}

/** Schema and extension come before TypeORM, whose migrations table lives inside the schema. */
async function prepareSchema(options: ServiceDatabaseOptions): Promise<void> {
  const bootstrap = new DataSource({ type: 'postgres', url: options.url, extra: { max: 1 } });
  await bootstrap.initialize();
  try {
    // Two services starting together may race to create the extension; a lock keeps it orderly.
    await bootstrap.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(472911)');
      await manager.query('CREATE EXTENSION IF NOT EXISTS ltree WITH SCHEMA public');
      await manager.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    });
  } finally {
    await bootstrap.destroy();
  }
}
