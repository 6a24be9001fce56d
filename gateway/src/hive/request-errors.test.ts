import { GraphQLError } from 'graphql';
import { inApolloTerms, responseStatus } from './request-errors';

describe('Hive’s errors in Apollo’s terms', () => {
  const error = (message: string, extensions: Record<string, unknown> = {}) =>
    new GraphQLError(message, { extensions });

  it.each([
    [
      'a batch',
      error('Batching is not supported.', { code: 'BAD_REQUEST', http: { status: 400 } }),
      'BAD_REQUEST',
      'Operation batching disabled.',
      400,
    ],
    [
      'no query',
      error('Must provide query string.', { http: { status: 400 } }),
      'BAD_REQUEST',
      'GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.',
      400,
    ],
    [
      'a missing CSRF header',
      error('Required CSRF header(s) not present', { http: { status: 403 } }),
      'BAD_REQUEST',
      expect.stringContaining('Cross-Site Request Forgery'),
      400,
    ],
    [
      'a mutation over GET',
      error('Can only perform a mutation operation from a POST request.', { http: { status: 405 } }),
      'BAD_REQUEST',
      'Can only perform a mutation operation from a POST request.',
      405,
    ],
    [
      'a variable of the wrong type',
      error('Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"', {
        http: { status: 400 },
      }),
      'BAD_USER_INPUT',
      expect.stringMatching(/^Variable "\$n"/),
      400,
    ],
    [
      'a subgraph it cannot reach',
      error('connect ECONNREFUSED 127.0.0.1:1', {
        code: 'SUBREQUEST_HTTP_ERROR',
        serviceName: 'rating',
        request: { body: '{}' },
      }),
      'SUBGRAPH_UNAVAILABLE',
      '评星定级服务暂时不可用：由它提供的字段为空，其余照常返回；请稍后重试',
      200,
    ],
    [
      'a subgraph past its deadline',
      error('timeout', { code: 'GATEWAY_TIMEOUT', serviceName: 'scheme', http: { status: 504 } }),
      'SUBGRAPH_UNAVAILABLE',
      '积分方案服务暂时不可用：由它提供的字段为空，其余照常返回；请稍后重试',
      200,
    ],
    [
      'a subgraph that answered no GraphQL',
      error('Unexpected token <', { code: 'RESPONSE_VALIDATION_FAILED', serviceName: 'ledger' }),
      'INTERNAL_SERVER_ERROR',
      'Unexpected token <',
      200,
    ],
    [
      'a subgraph’s own refusal',
      error('您的账号只能管理本级以下的组织', { code: 'FORBIDDEN', right: 'MANAGE_ORGS' }),
      'FORBIDDEN',
      '您的账号只能管理本级以下的组织',
      200,
    ],
  ])('%s', (_case, given, code, message, status) => {
    const shown = inApolloTerms(given);
    expect(shown.extensions.code).toBe(code);
    expect(shown.message).toEqual(message);
    expect(responseStatus([shown])).toBe(status);
  });

  it('keeps of a subgraph failure only the subgraph’s name, not the request it sent or its address', () => {
    const shown = inApolloTerms(
      error('fetch failed to http://127.0.0.1:4002/graphql', {
        code: 'SUBREQUEST_HTTP_ERROR',
        serviceName: 'ledger',
        request: { body: '{"query":"…"}' },
      }),
    );
    expect(shown.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'ledger' });
    expect(shown.message).toBe('台账服务暂时不可用：由它提供的字段为空，其余照常返回；请稍后重试');
    const garbled = inApolloTerms(
      error('invalid json', {
        code: 'RESPONSE_VALIDATION_FAILED',
        serviceName: 'ledger',
        request: { body: '{"query":"…"}' },
      }),
    );
    expect(garbled.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', serviceName: 'ledger' });
  });

  it('answers with the highest status any error asks for, else 200', () => {
    expect(responseStatus([])).toBe(200);
    expect(
      responseStatus([error('a', { http: { status: 400 } }), error('b', { http: { status: 401 } }), error('c')]),
    ).toBe(401);
  });
});
