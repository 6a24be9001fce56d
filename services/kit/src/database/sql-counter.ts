import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logging/logger';

/**
 * TypeORM logger that counts every statement sent and logs errors through the service logger.
 * Tests read `statements` to prove that a request sends a bounded number of queries.
 */
export class CountingSqlLogger implements TypeOrmLogger {
  statements = 0;
  constructor(private readonly logger: Logger) {}

  logQuery(query: string): void {
    this.statements += 1;
    this.logger.debug('sql', { query });
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.warn('sql failed', { error: error instanceof Error ? error.message : error, query });
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn('sql slow', { ms: time, query });
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
