import { ApolloServer, GraphQLResponse, HeaderMap } from '@apollo/server';
import { Logger, systemCaller } from '@jifen/kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../gateway-context';
import { testSchema } from './__tests__/test-schema';
import { hardeningOptions, HardeningInput } from './hardening-options';

/**
 * The options on a real ApolloServer over a small local schema (no subgraphs): what a client gets back,
 * what the log gets, and that nothing is resolved for a refused query.
 */
describe('hardeningOptions', () => {
  const logger = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() } satisfies Logger;
  const entries = jest.fn((args: { first: number }) => ({ total: args.first, items: [{ id: 'e1', points: 2 }] }));
  const rootValue = {
    org: ({ id }: { id: string }) => ({ id, name: `支部${id}`, parent: null, children: [], tags: [] }),
    entries,
    orgs: () => {
      throw new Error('relation "orgs" does not exist (SELECT * FROM ledger.orgs)');
    },
  };
  const servers: ApolloServer<GatewayContext>[] = [];
  let ids = 0;

  async function serverWith(input: Partial<HardeningInput> = {}) {
    const server = new ApolloServer<GatewayContext>({
      schema: testSchema,
      rootValue,
      ...hardeningOptions({ production: false, logger, newId: () => `fresh-${++ids}`, ...input }),
    });
    await server.start();
    servers.push(server);
    return server;
  }

  async function run(server: ApolloServer<GatewayContext>, query: string, variables?: Record<string, unknown>) {
    const requestId = `req-${++ids}`;
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: { caller: systemCaller, requestId } },
    );
    return { requestId, response, ...single(response) };
  }

  function single(response: GraphQLResponse) {
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return {
      data: response.body.singleResult.data,
      errors: response.body.singleResult.errors ?? [],
      status: response.http.status,
    };
  }

  beforeEach(() => jest.clearAllMocks());
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('answers a query within the limits', async () => {
    const { data, errors } = await run(
      await serverWith(),
      '{ entries(first: 2) { total items { id points } } org(id: "1") { name } }',
    );
    expect(errors).toEqual([]);
    expect(data).toEqual({ entries: { total: 2, items: [{ id: 'e1', points: 2 }] }, org: { name: '支部1' } });
  });

  it('refuses a query nested deeper than 12 levels, with a code, a Chinese message, the numbers and the request id — also in the log', async () => {
    const { requestId, errors, status } = await run(
      await serverWith(),
      `{ org(id: "1") { ${'parent { '.repeat(12)}id${' }'.repeat(12)} } }`,
    );
    expect(status).toBe(400);
    expect(errors).toEqual([
      {
        message: '查询嵌套 14 层，超过上限 12 层；请减少嵌套，或拆分为多个查询',
        locations: [{ line: 1, column: 1 }],
        extensions: { code: 'QUERY_TOO_DEEP', depth: 14, limit: 12, requestId },
      },
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'query refused',
      expect.objectContaining({ requestId, code: 'QUERY_TOO_DEEP', depth: 14, limit: 12 }),
    );
  });

  it('refuses too many aliases', async () => {
    const { requestId, errors } = await run(
      await serverWith(),
      `{ org(id: "1") { ${Array.from({ length: 31 }, (_, i) => `n${i}: name`).join(' ')} } }`,
    );
    expect(errors.map((e) => e.extensions)).toEqual([{ code: 'TOO_MANY_ALIASES', aliases: 31, limit: 30, requestId }]);
  });

  it('refuses 10,000 rows, literal or through a variable, before anything is resolved', async () => {
    const server = await serverWith();
    const literal = await run(server, '{ entries(first: 10000) { total } }');
    expect(literal.status).toBe(400);
    expect(literal.errors.map((e) => e.extensions)).toEqual([
      {
        code: 'PAGE_TOO_LARGE',
        field: 'Query.entries',
        argument: 'first',
        size: 10000,
        limit: 1000,
        requestId: literal.requestId,
      },
    ]);
    const variable = await run(server, 'query Rows($n: Int) { entries(first: $n) { total } }', { n: 10000 });
    expect(variable.status).toBe(400);
    expect(variable.errors).toEqual([
      {
        message:
          '字段 Query.entries 的 first 为 10000，超过每页上限 1000 条；请把 first 设为不超过 1000，再分页读取其余部分',
        locations: [{ line: 1, column: 31 }],
        extensions: {
          code: 'PAGE_TOO_LARGE',
          field: 'Query.entries',
          argument: 'first',
          size: 10000,
          limit: 1000,
          requestId: variable.requestId,
        },
      },
    ]);
    expect(entries).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      'query refused',
      expect.objectContaining({ requestId: variable.requestId, operationName: 'Rows', code: 'PAGE_TOO_LARGE' }),
    );
  });

  it('refuses a query whose estimated cost is above the limit', async () => {
    const { errors, status } = await run(
      await serverWith(),
      '{ orgs { children { children { members(first: 100) { items { id name } } } } } }',
    );
    expect(status).toBe(400);
    expect(errors.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0].extensions).toMatchObject({ cost: 301111, limit: 50000 });
  });

  it('masks an unexpected error to INTERNAL with the request id, and logs the original with the same id', async () => {
    const { requestId, response, errors } = await run(await serverWith(), '{ orgs { id } }');
    expect(errors).toEqual([
      {
        message: '服务内部错误，请稍后重试；如持续出现请把请求编号告知管理员',
        path: ['orgs'],
        extensions: { code: 'INTERNAL', requestId },
      },
    ]);
    expect(JSON.stringify(response.body)).not.toMatch(/relation|SELECT|stack|at /);
    expect(logger.error).toHaveBeenCalledWith(
      'unexpected error',
      expect.objectContaining({
        requestId,
        error: 'relation "orgs" does not exist (SELECT * FROM ledger.orgs)',
        path: ['orgs'],
        stack: expect.stringContaining('Error: relation "orgs"'),
      }),
    );
  });

  it('logs the codes of other errors with the request id', async () => {
    const { requestId, errors } = await run(await serverWith(), '{ org(id: "1") { nme } }');
    expect(errors[0]).toMatchObject({
      message: '查询不符合接口定义：Org 没有字段 nme（是否应为 "name"？）',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId },
    });
    expect(logger.info).toHaveBeenCalledWith('request answered with errors', {
      requestId,
      codes: ['GRAPHQL_VALIDATION_FAILED'],
    });
  });

  it('refuses a batch (a JSON array) with BATCH_NOT_ALLOWED and a fresh id that the log also has', async () => {
    const response = await (
      await serverWith()
    ).executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: [{ query: '{ org(id: "1") { id } }' }, { query: '{ org(id: "2") { id } }' }],
      },
      context: async () => ({ caller: systemCaller, requestId: 'never-seen' }),
    });
    expect(response.status).toBe(400);
    if (response.body.kind !== 'complete') throw new Error('expected a complete body');
    const body = JSON.parse(response.body.string);
    const requestId = body.errors[0].extensions.requestId;
    expect(requestId).toMatch(/^fresh-/);
    expect(body).toEqual({
      errors: [
        {
          message: '不接受批量请求：请求体应为一个 JSON 对象（一次一个操作），不能是数组；请逐个发送',
          extensions: { code: 'BATCH_NOT_ALLOWED', requestId },
        },
      ],
    });
    expect(logger.warn).toHaveBeenCalledWith('request refused', {
      requestId,
      code: 'BATCH_NOT_ALLOWED',
      error: 'Operation batching disabled.',
    });
  });

  it('keeps the request id of an error the context threw (a refused sign-in), and logs it', async () => {
    const response = await (
      await serverWith()
    ).executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query: '{ org(id: "1") { id } }' },
      },
      context: async () => {
        throw new GraphQLError('会话已过期，请重新登录', {
          extensions: { code: 'UNAUTHENTICATED', requestId: 'ctx-1', http: { status: 401 } },
        });
      },
    });
    expect(response.status).toBe(401);
    if (response.body.kind !== 'complete') throw new Error('expected a complete body');
    expect(JSON.parse(response.body.string)).toEqual({
      errors: [{ message: '会话已过期，请重新登录', extensions: { code: 'UNAUTHENTICATED', requestId: 'ctx-1' } }],
    });
    expect(logger.warn).toHaveBeenCalledWith('request refused', {
      requestId: 'ctx-1',
      code: 'UNAUTHENTICATED',
      error: '会话已过期，请重新登录',
    });
  });

  it('refuses a document of more fields than the limit before validating it, with the request id, and logs it', async () => {
    const { requestId, errors, status } = await run(
      await serverWith({ limits: { maxFields: 100 } }),
      `{ org(id: "1") { ${'name '.repeat(5000)}} }`,
    );
    expect(status).toBe(400);
    expect(errors).toEqual([
      {
        message: '查询写了 5001 个字段，超过上限 100 个；请去掉重复的字段，或拆分为多个查询',
        extensions: { code: 'TOO_MANY_FIELDS', fields: 5001, limit: 100, requestId },
      },
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      'query refused',
      expect.objectContaining({ requestId, code: 'TOO_MANY_FIELDS', fields: 5001, limit: 100 }),
    );
    const within = await run(
      await serverWith({ limits: { maxFields: 100 } }),
      `{ org(id: "1") { ${'name '.repeat(99)}} }`,
    );
    expect(within.errors).toEqual([]);
  });

  it('refuses a document of more tokens than the limit', async () => {
    const { errors, status } = await run(
      await serverWith({ limits: { maxTokens: 20 } }),
      `{ org(id: "1") { ${'id '.repeat(30)} } }`,
    );
    expect(status).toBe(400);
    expect(errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['QUERY_TOO_LARGE', '查询文本过长（超过 20 个词法单元）；请精简查询，或拆分为多个查询'],
    ]);
  });

  it('outside production: introspection for the IDE, and suggestions', async () => {
    const { errors, data } = await run(await serverWith(), '{ __schema { queryType { name } } }');
    expect(errors).toEqual([]);
    expect(data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('in production: no introspection, no suggestions', async () => {
    const server = await serverWith({ production: true });
    const introspection = await run(server, '{ __schema { queryType { name } } }');
    expect(introspection.errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['INTROSPECTION_DISABLED', '本环境不开放内省查询（__schema、__type）；接口说明请向管理员索取'],
    ]);
    const typo = await run(server, '{ org(id: "1") { nme } }');
    expect(typo.errors.map((e) => e.message)).toEqual(['查询不符合接口定义：Org 没有字段 nme']);
    const typename = await run(server, '{ __typename }');
    expect(typename.data).toEqual({ __typename: 'Query' });
  });
});
