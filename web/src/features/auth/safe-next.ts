/** Where to go after signing in: a path of this site only (never `//other.site` or a full URL). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

/** The login address that brings the person back to `location` (path and search) afterwards. */
export function loginPathFor(location: { pathname: string; search: string }, reason?: 'expired' | 'signedOut'): string {
  const params = new URLSearchParams();
  const here = `${location.pathname}${location.search}`;
  if (here !== '/') params.set('next', here);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}
