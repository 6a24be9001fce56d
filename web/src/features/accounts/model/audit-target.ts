/**
 * Whom or what an audit entry acted on, named for a person: from its arguments (the detail's JSON), an account's or
 * key's name where the entry gives its id (or, for an account opened, its user name) and the scope knows it; never an
 * id. `—` when nothing readable is there. `names` holds account and key ids, and `username:<name>` for accounts.
 */
export function auditTarget(
  entry: { operation: string; detail: string; outcome: string },
  names: ReadonlyMap<string, string>,
): string {
  const { operation, detail } = entry;
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
    (operation === 'createAccount' && text(input.username) ? opened(input, entry.outcome === 'OK', names) : null) ??
    text(input.name) ??
    text(args.username);
  if (!named) return '—';
  if (operation === 'setAccountDisabled') return `${args.disabled === false ? '启用' : '停用'}：${named}`;
  return named;
}

/** An account opened: its signature when it was opened and is in the scope, else the name given; with its user name. */
function opened(input: Record<string, unknown>, done: boolean, names: ReadonlyMap<string, string>): string {
  const username = String(input.username).trim();
  const label = done ? names.get(`username:${username}`) : undefined;
  const given = typeof input.displayName === 'string' && input.displayName.trim() ? input.displayName.trim() : null;
  return `${label ?? given ?? '党员账号'}（${username}）`;
}
