/**
 * Whom or what an audit entry acted on, named for a person: from its arguments (the detail's JSON), an account's or
 * key's name where the entry gives its id and the scope knows it; never an id. `—` when nothing readable is there.
 */
export function auditTarget(operation: string, detail: string, names: ReadonlyMap<string, string>): string {
  let args: Record<string, unknown>;
  try {
    args = JSON.parse(detail) as Record<string, unknown>;
  } catch {
    return '—';
  }
  const input = (typeof args.input === 'object' && args.input !== null ? args.input : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  const id = text(args.id);
  const named =
    (id && names.get(id)) ??
    (operation === 'createAccount' && text(input.username)
      ? `${text(input.displayName) ?? '党员本人'}（${text(input.username)}）`
      : null) ??
    text(input.name) ??
    text(args.username);
  if (!named) return '—';
  if (operation === 'setAccountDisabled') return `${args.disabled === false ? '启用' : '停用'}：${named}`;
  return named;
}
