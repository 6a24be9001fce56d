/** The header every request of the page carries: only this site's own scripts can send it (gateway/src/browser-session). */
export const CSRF_HEADERS: Record<string, string> = { 'apollo-require-preflight': 'true' };
