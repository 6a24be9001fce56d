import { ApolloServer } from '@apollo/server';
import { buildSchema, OperationDefinitionNode, parse } from 'graphql';
import { anonymousCaller, Role } from '../context/caller';
import { RequestContext } from '../context/request-context';
import { Logger } from '../logging/logger';
import { REDACTED } from './audit-detail';
import { AUDIT_NOT_RUN, AUDIT_OK, AuditKind } from './audit-event';
import { rootFieldsOf } from '../graphql/selection';
import { auditPlugin, MutationResult, outcomesOf, writeRowsOf } from './audit-plugin';

const operationOf = (source: string) => {
  const document = parse(source);
  return {
    document,
    operation: document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode,
  };
};

describe('the root fields of a mutation', () => {
  it('reads aliases, variables, fragments and @skip/@include, and leaves __typename out', () => {
    const { document, operation } = operationOf(`
      mutation($id: ID!, $name: String!, $skip: Boolean!, $input: AddMemberInput!) {
        __typename
        first: renameOrganization(id: $id, name: $name) { id }
        second: renameOrganization(id: "o-2", name: "西镇") { id }
        gone: moveOrganization(id: $id, newParentId: "p") @skip(if: $skip) { id }
        ...More
        ... on Mutation { addMember(input: $input) { id } }
      }
      fragment More on Mutation { createOrganization(input: { level: BRANCH, name: "新支部", parentId: $id }) { id } }`);
    const fields = rootFieldsOf(operation, document, {
      id: 'o-1',
      name: '东镇',
      skip: true,
      input: { memberNo: 'A1', tags: ['x'] },
    });
    expect(fields).toEqual([
      { key: 'first', name: 'renameOrganization', args: { id: 'o-1', name: '东镇' } },
      { key: 'second', name: 'renameOrganization', args: { id: 'o-2', name: '西镇' } },
      {
        key: 'createOrganization',
        name: 'createOrganization',
        args: { input: { level: 'BRANCH', name: '新支部', parentId: 'o-1' } },
      },
      { key: 'addMember', name: 'addMember', args: { input: { memberNo: 'A1', tags: ['x'] } } },
    ]);
  });
});

describe('the outcome of each root field', () => {
  const fields = ['a', 'b', 'c'].map((key) => ({ key, name: key, args: {} }));
  const error = (code: string, ...path: (string | number)[]) => ({ path, extensions: { code } });
  it.each<[string, MutationResult, string[]]>([
    ['all succeeded', { data: { a: {}, b: {}, c: {} } }, [AUDIT_OK, AUDIT_OK, AUDIT_OK]],
    [
      'the second was refused (nullable field)',
      { data: { a: {}, b: null, c: {} }, errors: [error('FORBIDDEN', 'b')] },
      [AUDIT_OK, 'FORBIDDEN', AUDIT_OK],
    ],
    [
      'the second failed on a non-null field: the third never ran',
      { data: null, errors: [error('INVALID_TRANSITION', 'b')] },
      [AUDIT_OK, 'INVALID_TRANSITION', AUDIT_NOT_RUN],
    ],
    [
      'a field below the first failed after its write',
      { data: { a: { member: null }, b: {}, c: {} }, errors: [error('MEMBER_NOT_FOUND', 'a', 'member')] },
      [AUDIT_OK, AUDIT_OK, AUDIT_OK],
    ],
    [
      'a non-null field below the first nulled everything',
      { data: null, errors: [error('INTERNAL', 'a', 'member', 'name')] },
      ['INTERNAL', AUDIT_NOT_RUN, AUDIT_NOT_RUN],
    ],
    [
      'nothing ran (bad variables)',
      { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] },
      ['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
    ],
    [
      'an error without a code',
      { data: { a: null, b: {}, c: {} }, errors: [{ path: ['a'] }] },
      ['INTERNAL', AUDIT_OK, AUDIT_OK],
    ],
  ])('%s', (_case, result, expected) => {
    expect(outcomesOf(fields, result)).toEqual(expected);
  });
});

describe('the rows of a mutation', () => {
  it('records a login as the anonymous caller’s, without its password', () => {
    const { document, operation } = operationOf(
      'mutation($p: String!) { login(username: "zhang", password: $p) { token } }',
    );
    const rows = writeRowsOf({
      caller: anonymousCaller,
      requestId: 'r-9',
      operation,
      document,
      variables: { p: 'hunter2' },
      result: { data: null, errors: [{ path: ['login'], extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    expect(rows).toEqual([
      {
        districtId: null,
        actorPath: null,
        subject: 'anonymous',
        role: 'ANONYMOUS',
        keyId: null,
        requestId: 'r-9',
        kind: AuditKind.WRITE,
        operation: 'login',
        detail: { username: 'zhang', password: REDACTED },
        outcome: 'UNAUTHENTICATED',
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain('hunter2');
  });
});

describe('the audit plugin on a server', () => {
  const schema = buildSchema(`
    type Query { hello: String }
    type Mutation { rename(id: ID!, name: String!): String, refuse: String!, later: String }`);
  const resolvers = {
    rename: ({ name }: { name: string }) => name,
    refuse: () => {
      throw Object.assign(new Error('不行'), { extensions: { code: 'FORBIDDEN' } });
    },
    later: () => 'ran',
  };
  const caller = {
    role: Role.TOWNSHIP,
    scopePath: '0f6c8a4e2b3d4c5e9f1a2b3c4d5e6f70.1a2b3c4d5e6f40718293a4b5c6d7e8f9',
    subject: 'account:7',
  };
  const setUp = (failing = false) => {
    const sent: { sql: string; parameters?: unknown[] }[] = [];
    const logged: Record<string, unknown>[] = [];
    const logger: Logger = {
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (message, fields) => logged.push({ message, ...fields }),
    };
    const db = {
      query: async (sql: string, parameters?: unknown[]) => {
        if (failing) throw new Error('connection terminated');
        sent.push({ sql, parameters });
      },
    };
    const server = new ApolloServer<RequestContext>({
      schema,
      rootValue: resolvers,
      plugins: [auditPlugin({ dataSource: db, schema: 'ledger', logger })],
    });
    const contextValue: RequestContext = { caller, requestId: 'req-1', token: 't', loaders: {}, logger };
    const run = (query: string, variables?: Record<string, unknown>) =>
      server.executeOperation({ query, variables }, { contextValue });
    return { sent, logged, server, run };
  };

  it('writes one row per root field of a mutation, before the answer; queries are not recorded', async () => {
    const { sent, server, run } = setUp();
    await server.start();
    await run('{ hello }');
    expect(sent).toHaveLength(0);
    const answer = await run('mutation($n: String!) { rename(id: "o-1", name: $n) refuse later }', { n: '东镇' });
    expect(answer.body.kind === 'single' && answer.body.singleResult.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(sent).toHaveLength(1);
    const p = sent[0].parameters as unknown[];
    // Columns per row: district, path, subject, role, key, request, kind, operation, detail, outcome.
    expect([p[7], p[9], p[17], p[19], p[27], p[29]]).toEqual([
      'rename',
      AUDIT_OK,
      'refuse',
      'FORBIDDEN',
      'later',
      AUDIT_NOT_RUN,
    ]);
    expect([p[1], p[2], p[5], p[8]]).toEqual([caller.scopePath, 'account:7', 'req-1', '{"id":"o-1","name":"东镇"}']);
    await server.stop();
  });

  it('logs a row it could not write, with the request id, and still answers', async () => {
    const { logged, server, run } = setUp(true);
    await server.start();
    const answer = await run('mutation { rename(id: "o-1", name: "东镇") }');
    expect(answer.body.kind === 'single' && answer.body.singleResult.data).toEqual({ rename: '东镇' });
    expect(logged).toEqual([
      expect.objectContaining({
        message: 'audit: mutation not recorded',
        requestId: 'req-1',
        operations: ['rename=OK'],
      }),
    ]);
    await server.stop();
  });
});
