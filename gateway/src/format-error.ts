import type { GraphQLFormattedError } from 'graphql';
import { KitErrorCode } from '@jifen/kit';
import type { EnumChoices } from './enum-choices';
import { chineseGraphqlMessage } from './graphql-messages';

const internalMessage = '服务内部错误，请稍后重试；如持续出现请把请求编号告知管理员';

export interface FormatGatewayErrorOptions {
  /** Production mode: no "Did you mean …?" hints about the schema's names. */
  production?: boolean;
  /** The request's correlation id, also in the log: every error carries it as `extensions.requestId`. */
  requestId?: string;
  /** The API's enums, to list their values and meanings when a value is refused (not in production). */
  enumChoices?: EnumChoices;
}

/** Codes whose errors are masked: an unexpected failure, or none at all. */
export function isMaskedCode(code: unknown): boolean {
  return typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR' || code === KitErrorCode.INTERNAL;
}

/** What Apollo and graphql-js say in English about a request, introduced in Chinese (their text stays: it names what to fix). */
const apolloLeads: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询语法错误',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义',
  BAD_USER_INPUT: '参数有误',
  BAD_REQUEST: '请求格式有误',
  OPERATION_RESOLUTION_FAILURE: '找不到要执行的操作',
};

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

/** Apollo's own request refusals that get a code and message of their own. */
function knownRefusal(
  code: string,
  message: string,
): { code: string; message: string; extensions?: Record<string, unknown> } | undefined {
  if (code === 'BAD_REQUEST' && message === 'Operation batching disabled.') {
    return {
      code: 'BATCH_NOT_ALLOWED',
      message: '不接受批量请求：请求体应为一个 JSON 对象（一次一个操作），不能是数组；请逐个发送',
    };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && message === 'Maximum introspection depth exceeded') {
    return {
      code: 'INTROSPECTION_TOO_DEEP',
      message: '内省查询嵌套的列表过深（如 types { fields { type { fields … } } }）；请使用标准的内省查询',
    };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && /Validation aborted\.$/.test(message)) {
    return {
      code: 'QUERY_TOO_COMPLEX',
      message: '查询过于复杂，无法完成校验（同名字段或片段重复过多）；请去掉重复的部分，或拆分为多个查询',
    };
  }
  if (code === 'INTROSPECTION_DISABLED') {
    return { code, message: '本环境不开放内省查询（__schema、__type）；接口说明请向管理员索取' };
  }
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? /Document contains more tha[nt] (\d+) tokens/.exec(message) : null;
  if (tokens) {
    const limit = Number(tokens[1]);
    return {
      code: 'QUERY_TOO_LARGE',
      message: `查询文本过长（超过 ${limit} 个词法单元）；请精简查询，或拆分为多个查询`,
      extensions: { limit },
    };
  }
  return undefined;
}

/**
 * What a client sees of an error. Subgraph errors arrive already coded and in Chinese, and the
 * gateway's own parse and validation errors are about the request: both pass (Apollo's English ones
 * introduced in Chinese; a hardening rule's code, carried as `validationErrorCode`, becomes the code).
 * Anything else (an unexpected failure, a subgraph that could not be reached) is masked to a code and a
 * message. Stack traces, service names and HTTP details never pass; the request id always does when given.
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  options: FormatGatewayErrorOptions = {},
): GraphQLFormattedError {
  const requestId =
    options.requestId ??
    (typeof formatted.extensions?.requestId === 'string' ? formatted.extensions.requestId : undefined);
  const withId = requestId ? { requestId } : {};
  const {
    code: rawCode,
    validationErrorCode,
    serviceName: _serviceName,
    exception: _exception,
    stacktrace: _stack,
    http: _http,
    requestId: _requestId,
    ...details
  } = formatted.extensions ?? {};
  const code = typeof validationErrorCode === 'string' ? validationErrorCode : rawCode;
  if (isMaskedCode(code)) {
    return { message: internalMessage, path: formatted.path, extensions: { code: KitErrorCode.INTERNAL, ...withId } };
  }
  let message = formatted.message;
  let finalCode = code as string;
  let extra: Record<string, unknown> = {};
  const known = knownRefusal(finalCode, message);
  if (known) {
    ({ code: finalCode, message } = known);
    extra = known.extensions ?? {};
  } else if (apolloLeads[finalCode] && !hasChinese(message)) {
    // graphql-js's refusals of values and fields in Chinese where the table knows them (graphql-messages.ts);
    // a validation failure keeps its lead (the query, not a value, is at fault).
    const chinese = chineseGraphqlMessage(message, options.production ? undefined : options.enumChoices);
    message =
      chinese === null || finalCode === 'GRAPHQL_VALIDATION_FAILED'
        ? `${apolloLeads[finalCode]}：${chinese ?? message}`
        : chinese;
  }
  if (options.production) message = withoutSuggestions(message);
  return {
    message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: finalCode, ...details, ...extra, ...withId },
  };
}

/** graphql-js's hints at names in the schema ("Did you mean \"name\"?", "Did you mean the enum value \"A\"?"). */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '').replace(/（是否应为 [^）]*？）/g, '');
}
