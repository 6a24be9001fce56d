import { GraphQLError } from 'graphql';
import { chineseCoercionMessage } from './coercion-message';

/**
 * A failure a person can act on: a stable code (each module has its own enum) and a Chinese message.
 * `details` carries structured hints (which field, which row) for tools.
 */
export class AppError<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Codes the kit itself raises; services add theirs. */
export enum KitErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INTERNAL = 'INTERNAL',
}

/** Turns any thrown value into the GraphQL error a client sees: internals never leave the service. */
export function toGraphQLError(error: unknown, requestId: string | undefined): GraphQLError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    return new GraphQLError(original.message, {
      extensions: { code: original.code, ...original.details, ...(requestId ? { requestId } : {}) },
    });
  }
  if (error instanceof GraphQLError && original instanceof GraphQLError) {
    // Parse, validation and input-coercion errors (a scalar refusing a value): about the request, safe to show.
    return new GraphQLError(chineseCoercionMessage(error.message, original === error ? undefined : original.message), {
      extensions: {
        ...original.extensions,
        ...error.extensions,
        code: error.extensions.code ?? original.extensions.code ?? KitErrorCode.BAD_USER_INPUT,
      },
    });
  }
  return new GraphQLError('服务内部错误，请稍后重试；如持续出现请把请求编号告知管理员', {
    extensions: { code: KitErrorCode.INTERNAL, ...(requestId ? { requestId } : {}) },
  });
}
