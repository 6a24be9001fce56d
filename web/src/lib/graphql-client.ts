import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, GraphQLClient } from 'graphql-request';
import { ApiError, isSignedOut } from './api-error';
import { CSRF_HEADERS } from './csrf';
import { renewOnce } from './session-clock';

const client = new GraphQLClient(new URL('/graphql', window.location.origin).href, {
  credentials: 'same-origin',
  headers: CSRF_HEADERS,
});

function apiErrorOf(error: unknown): unknown {
  if (!(error instanceof ClientError)) return error;
  const first = error.response.errors?.[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL';
  return new ApiError(code, first?.message ?? '服务器暂时无法处理，请稍后重试', error.response.status, extensions);
}

/**
 * One typed operation through the gateway, authenticated by the session cookie. An answer saying the session has
 * lapsed is met with one quiet renewal and one retry; a second refusal is the caller's to show (back to login).
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const send = () => client.request<TResult>({ document, variables } as Parameters<typeof client.request<TResult>>[0]);
  try {
    return await send();
  } catch (raw) {
    const error = apiErrorOf(raw);
    if (!isSignedOut(error)) throw error;
    try {
      await renewOnce(true);
    } catch (renewal) {
      // A refresh cookie that was refused (the session ended) says more than "no session" (the cookie had lapsed).
      throw isSignedOut(renewal) && (renewal as ApiError).code !== 'UNAUTHENTICATED' ? renewal : error;
    }
    try {
      return await send();
    } catch (again) {
      throw apiErrorOf(again);
    }
  }
}
