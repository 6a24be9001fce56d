import { Attributes, Logger as HiveLogger, LogLevel } from '@graphql-hive/gateway-runtime';
import { Logger } from '@jifen/kit';

/**
 * Hive's log lines, written through the platform's logger (one JSON line each, like every service).
 * Hive's own debug lines (one per phase of each request) are not produced at all: they would cost every request.
 */
export function hiveLogger(logger: Logger): HiveLogger {
  const levels: Record<LogLevel, keyof Logger> = {
    trace: 'debug',
    debug: 'debug',
    info: 'info',
    warn: 'warn',
    error: 'error',
  };
  return new HiveLogger({
    level: 'info',
    writers: [
      {
        write(level: LogLevel, attrs: Attributes | null | undefined, message: string | null | undefined) {
          const fields = Array.isArray(attrs) ? { attrs } : (attrs ?? {});
          logger[levels[level]](`hive: ${message ?? ''}`, fields);
        },
      },
    ],
  });
}
