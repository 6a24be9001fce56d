import { ApiError } from './api-error';
import { CSRF_HEADERS } from './csrf';

/** Who signed in, as the gateway tells the page (it never tells a token). */
export interface SignedInAccount {
  username: string;
  displayName: string;
  role: string;
  organizationId: string;
  memberId: string | null;
}

export interface SessionAnswer {
  account: SignedInAccount;
  expiresAt: string;
}

async function post<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...CSRF_HEADERS, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as
    (T & { error?: undefined }) | { error: { code: string; message: string } & Record<string, unknown> } | null;
  if (!response.ok || !json || json.error) {
    const error = json?.error;
    throw new ApiError(
      error?.code ?? 'INTERNAL',
      error?.message ?? '服务器暂时无法处理，请稍后重试',
      response.status,
      error ?? {},
    );
  }
  return json as T;
}

/** Signs in: the gateway sets the session cookies. */
export const signIn = (username: string, password: string) =>
  post<SessionAnswer>('/auth/login', { username, password });

/** Renews the session from its refresh cookie (single-use; the gateway answers concurrent renewals once). */
export const renewSession = () => post<SessionAnswer>('/auth/refresh');

/** Ends the session and clears its cookies. */
export const signOut = () => post<{ ok: true }>('/auth/logout');
