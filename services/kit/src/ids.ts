const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in the API are UUIDs; anything else can name no row, so lookups skip it instead of failing in SQL. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

export function onlyUuids(values: readonly string[]): string[] {
  return values.filter(isUuid);
}
