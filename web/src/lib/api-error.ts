/** A refusal or failure as the page shows it: the API's stable code and its Chinese message. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Codes that mean "this browser is not (or no longer) signed in". */
export const SIGNED_OUT_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'SESSION_ENDED',
  'INVALID_REFRESH_TOKEN',
  'ACCOUNT_DISABLED',
]);

export function isSignedOut(error: unknown): boolean {
  return error instanceof ApiError && SIGNED_OUT_CODES.has(error.code);
}

/** What a person reads for any error: the API's Chinese message, or a plain Chinese sentence for the rest. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return '无法连接服务器，请检查网络后重试';
  return '页面出错了，请刷新后重试';
}
