import type { GraphQLFormattedError } from 'graphql';
import { KitErrorCode } from '@jifen/kit';

const internalMessage = '服务内部错误，请稍后重试；如持续出现请把请求编号告知管理员';

/**
 * What a client sees of an error. Subgraph errors arrive already coded and in Chinese, and the
 * gateway's own parse and validation errors are about the request: both pass. Anything else
 * (an unexpected failure, a subgraph that could not be reached) is masked to a code and a message.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && code !== KitErrorCode.INTERNAL) {
    const { serviceName: _serviceName, exception: _exception, stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  return { message: internalMessage, path: formatted.path, extensions: { code: KitErrorCode.INTERNAL, ...(formatted.extensions?.requestId ? { requestId: formatted.extensions.requestId } : {}) } };
}
