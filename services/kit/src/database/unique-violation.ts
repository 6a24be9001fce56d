/**
 * True when `error` is PostgreSQL's unique violation (23505), optionally on the named constraint or index.
 * Checks before a write answer the common case; this catches the race two writers can still run into.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError =
    (error as { driverError?: { code?: string; constraint?: string } })?.driverError ??
    (error as { code?: string; constraint?: string });
  if (driverError?.code !== '23505') return false;
  return constraint === undefined || driverError.constraint === constraint;
}

/** A `.catch` handler: the unique violation on `constraint` becomes `toError()`, anything else goes on as it was. */
export function rethrowUniqueViolation(constraint: string, toError: () => Error): (error: unknown) => never {
  return (error) => {
    throw isUniqueViolation(error, constraint) ? toError() : error;
  };
}
