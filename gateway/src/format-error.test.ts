import { formatGatewayError, withoutSuggestions } from './format-error';

describe('formatGatewayError', () => {
  it('passes a coded subgraph error without its service name', () => {
    expect(
      formatGatewayError({
        message: '党员编号已被使用',
        path: ['addMember'],
        extensions: { code: 'MEMBER_NO_TAKEN', serviceName: 'ledger', memberNo: 'A1' },
      }),
    ).toEqual({
      message: '党员编号已被使用',
      path: ['addMember'],
      locations: undefined,
      extensions: { code: 'MEMBER_NO_TAKEN', memberNo: 'A1' },
    });
  });

  it.each([
    [
      {
        message: 'connect ECONNREFUSED 127.0.0.1:4002',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
    ],
    [{ message: 'something odd' }],
  ])('masks %j', (error) => {
    const formatted = formatGatewayError(error);
    expect(formatted.message).not.toMatch(/ECONNREFUSED|odd/);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL' });
  });

  it('passes an unavailable subgraph’s error, naming the service, and codes graphql’s “Validation aborted.”', () => {
    const unavailable = {
      message: '评星定级服务暂时不可用：由它提供的字段为空，其余照常返回；请稍后重试',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'rating' },
    };
    expect(formatGatewayError(unavailable, { requestId: 'r' })).toEqual({
      ...unavailable,
      locations: undefined,
      path: undefined,
      extensions: { ...unavailable.extensions, requestId: 'r' },
    });
    const aborted = formatGatewayError({
      message: 'Validation aborted.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(aborted.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    expect(aborted.message).toMatch(/^查询过于复杂/);
  });

  it('adds the request id to every error, masked or not, and drops traces and HTTP details', () => {
    const requestId = 'req-1';
    expect(
      formatGatewayError(
        {
          message: 'relation "entries" does not exist',
          path: ['entries'],
          extensions: {
            code: 'INTERNAL',
            serviceName: 'ledger',
            stacktrace: ['at select (db.ts:1)'],
            requestId: 'other',
          },
        },
        { requestId },
      ),
    ).toEqual({
      message: '服务内部错误，请稍后重试；如持续出现请把请求编号告知管理员',
      path: ['entries'],
      extensions: { code: 'INTERNAL', requestId },
    });
    expect(
      formatGatewayError(
        {
          message: '找不到组织',
          extensions: { code: 'NOT_FOUND', http: { status: 404 }, exception: { stacktrace: [] } },
        },
        { requestId },
      ),
    ).toEqual({
      message: '找不到组织',
      locations: undefined,
      path: undefined,
      extensions: { code: 'NOT_FOUND', requestId },
    });
  });

  it('keeps the request id a subgraph sent when the gateway gives none', () => {
    expect(
      formatGatewayError({ message: 'x', extensions: { code: 'INTERNAL', requestId: 'from-subgraph' } }).extensions,
    ).toEqual({ code: 'INTERNAL', requestId: 'from-subgraph' });
  });

  it('turns a hardening rule’s validationErrorCode into the code, keeping its numbers', () => {
    const formatted = formatGatewayError(
      {
        message: '查询嵌套 14 层，超过上限 12 层；请减少嵌套，或拆分为多个查询',
        locations: [{ line: 1, column: 1 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'QUERY_TOO_DEEP', depth: 14, limit: 12 },
      },
      { requestId: 'r' },
    );
    expect(formatted).toEqual({
      message: '查询嵌套 14 层，超过上限 12 层；请减少嵌套，或拆分为多个查询',
      locations: [{ line: 1, column: 1 }],
      path: undefined,
      extensions: { code: 'QUERY_TOO_DEEP', depth: 14, limit: 12, requestId: 'r' },
    });
  });

  it.each([
    [
      { message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } },
      'BATCH_NOT_ALLOWED',
      /不接受批量请求/,
    ],
    [
      {
        message: 'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', validationErrorCode: 'INTROSPECTION_DISABLED' },
      },
      'INTROSPECTION_DISABLED',
      /^本环境不开放内省查询/,
    ],
    [
      { message: 'Maximum introspection depth exceeded', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      'INTROSPECTION_TOO_DEEP',
      /^内省查询嵌套的列表过深/,
    ],
    [
      {
        message: 'Syntax Error: Document contains more that 10000 tokens. Parsing aborted.',
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
      'QUERY_TOO_LARGE',
      /^查询文本过长（超过 10000 个词法单元）/,
    ],
  ])('gives Apollo’s refusal %j its own code and a Chinese message', (error, code, message) => {
    const formatted = formatGatewayError(error);
    expect(formatted.extensions?.code).toBe(code);
    expect(formatted.message).toMatch(message);
    expect(formatted.message).not.toContain(error.message);
  });

  it('says graphql’s refusals in Chinese, introduces the ones it cannot translate, and leaves Chinese ones as they are', () => {
    expect(
      formatGatewayError({
        message: 'Cannot query field "nme" on type "Member". Did you mean "name"?',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }).message,
    ).toBe('查询不符合接口定义：Member 没有字段 nme（是否应为 "name"？）');
    expect(
      formatGatewayError({
        message: 'Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"',
        extensions: { code: 'BAD_USER_INPUT' },
      }).message,
    ).toBe('参数 $n 有误：应为整数，收到 "x"');
    expect(
      formatGatewayError({
        message: 'Syntax Error: Expected Name, found "}".',
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      }).message,
    ).toBe('查询语法错误：Syntax Error: Expected Name, found "}".');
    expect(
      formatGatewayError({ message: '每页条数应在 0 到 200 之间', extensions: { code: 'BAD_USER_INPUT' } }).message,
    ).toBe('每页条数应在 0 到 200 之间');
  });

  it('drops "Did you mean …?" in production', () => {
    const typo = {
      message: 'Cannot query field "nme" on type "Member". Did you mean "name"?',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(formatGatewayError(typo, { production: true }).message).toBe('查询不符合接口定义：Member 没有字段 nme');
    expect(
      withoutSuggestions('Value "DRAFTT" does not exist in "FilingStatus" enum. Did you mean the enum value "DRAFT"?'),
    ).toBe('Value "DRAFTT" does not exist in "FilingStatus" enum.');
  });
});
