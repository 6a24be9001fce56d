import { GraphQLError, Kind, OperationDefinitionNode, parse } from 'graphql';
import { anonymousCaller } from '@jifen/kit';
import { anonymousGuardPlugin, rootFieldNamesAsSent } from './anonymous-guard';
import { AuthProblem, mayBeSetAside } from './caller';

const namesOf = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return rootFieldNamesAsSent(operation, document).sort();
};

describe('the root fields the sign-in guard weighs', () => {
  it('counts a field whatever its @include or @skip says', () => {
    expect(namesOf('query($v: Boolean = true) { me @include(if: $v) { role } }')).toEqual(['me']);
    expect(
      namesOf(
        'query($v: Boolean = false) { login(username: "a", password: "b") { token } schemes @skip(if: $v) { id } }',
      ),
    ).toEqual(['login', 'schemes']);
    expect(
      namesOf(
        'mutation { login(username: "a", password: "b") { token } setAccountDisabled(id: "x", disabled: true) @skip(if: true) { id } }',
      ),
    ).toEqual(['login', 'setAccountDisabled']);
  });

  it('follows fragments spread at the root, named and inline, whatever their directives, and survives a cycle', () => {
    expect(
      namesOf(
        'query { ...Root } fragment Root on Query { organizations { id } ... @include(if: false) { me { role } } }',
      ),
    ).toEqual(['me', 'organizations']);
    expect(namesOf('query { ... on Query @skip(if: true) { schemes { id } } __typename }')).toEqual([
      '__typename',
      'schemes',
    ]);
    expect(
      namesOf('query { ...A } fragment A on Query { ...B login: __typename } fragment B on Query { ...A me { role } }'),
    ).toEqual(['__typename', 'me']);
  });

  it('names fields by their name, not their alias', () => {
    expect(namesOf('mutation { login: createAccount(input: {}) { id } }')).toEqual(['createAccount']);
  });
});

describe('a refused session token set aside for signing in', () => {
  const expired = new AuthProblem(
    'SESSION_EXPIRED',
    '登录已过期：请用 refreshSession 换取新的访问令牌，或重新登录',
    401,
  );
  const guard = async (query: string, setAside?: AuthProblem) => {
    const document = parse(query);
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    const hooks = (await anonymousGuardPlugin({ allowIntrospection: false }).requestDidStart!({} as never)) as {
      didResolveOperation(context: unknown): Promise<void>;
    };
    return hooks
      .didResolveOperation({
        contextValue: { caller: anonymousCaller, requestId: 'r-1', setAside },
        operation,
        document,
      })
      .then(
        () => 'passed',
        (error: GraphQLError) => error,
      );
  };

  it('lets signing in, renewing and logging out through', async () => {
    expect(await guard('mutation { login(username: "a", password: "b") { token } }', expired)).toBe('passed');
    expect(await guard('mutation { refreshSession(refreshToken: "r") { token } }', expired)).toBe('passed');
  });

  it('answers anything else with the token’s own refusal, not with "sign in first"', async () => {
    const refused = await guard('{ me { role } }', expired);
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions).toMatchObject({ code: 'SESSION_EXPIRED', http: { status: 401 } });
    expect((refused as GraphQLError).message).toBe(expired.message);
    expect(((await guard('{ me { role } }')) as GraphQLError).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('is only for a session token’s refusals: a key refused or throttled is answered at once', () => {
    expect(mayBeSetAside(expired)).toBe(true);
    expect(mayBeSetAside(new AuthProblem('SESSION_ENDED', '…', 401))).toBe(true);
    expect(mayBeSetAside(new AuthProblem('INVALID_API_KEY', '…', 401))).toBe(false);
    expect(mayBeSetAside(new AuthProblem('RATE_LIMITED', '…', 429))).toBe(false);
    expect(mayBeSetAside(new AuthProblem('SESSION_CHECK_UNAVAILABLE', '…', 503))).toBe(false);
  });
});
