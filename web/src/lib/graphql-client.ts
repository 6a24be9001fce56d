import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, isSignedOut } from './api-error';
import { CSRF_HEADERS } from './csrf';
import { renewOnce } from './session-clock';

const ENDPOINT = '/graphql';
const GENERIC = '服务器暂时无法处理，请稍后重试';

interface GraphQLAnswer<TResult> {
  data?: TResult | null;
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

/** The operation's name (`query Viewer …`), sent along so the gateway's logs can name it. */
const operationName = (query: string) => /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];

/**
 * One POST to the gateway. A refusal (an answer with errors, or any non-2xx) becomes an ApiError with the first error's
 * code and Chinese message; a network failure stays a TypeError (the query client retries those, not refusals).
 */
async function send<TResult>(query: string, variables: unknown): Promise<TResult> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { ...CSRF_HEADERS, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables, operationName: operationName(query) }),
  });
  let answer: GraphQLAnswer<TResult> | null = null;
  try {
    answer = (await response.json()) as GraphQLAnswer<TResult>;
  } catch (unreadable) {
    if (response.ok) throw unreadable;
  }
  if (!response.ok || !answer || answer.errors?.length) {
    const first = answer?.errors?.[0];
    const extensions = first?.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL';
    throw new ApiError(code, first?.message ?? GENERIC, response.status, extensions);
  }
  return answer.data as TResult;
}

/**
 * One typed operation through the gateway, authenticated by the session cookie. An answer saying the session has
 * lapsed is met with one quiet renewal and one retry; a second refusal is the caller's to show (back to login).
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const query = document.toString();
  try {
    return await send<TResult>(query, variables);
  } catch (error) {
    if (!isSignedOut(error)) throw error;
    try {
      await renewOnce(true);
    } catch (renewal) {
      // A refresh cookie that was refused (the session ended) says more than "no session" (the cookie had lapsed).
      throw isSignedOut(renewal) && (renewal as ApiError).code !== 'UNAUTHENTICATED' ? renewal : error;
    }
    return await send<TResult>(query, variables);
  }
}
