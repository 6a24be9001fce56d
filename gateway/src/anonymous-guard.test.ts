import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { rootFieldNamesAsSent } from './anonymous-guard';

const namesOf = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return rootFieldNamesAsSent(operation, document).sort();
};

describe('the root fields the sign-in guard weighs', () => {
  it('counts a field whatever its @include or @skip says', () => {
    expect(namesOf('query($v: Boolean = true) { me @include(if: $v) { role } }')).toEqual(['me']);
    expect(namesOf('query($v: Boolean = false) { login(username: "a", password: "b") { token } schemes @skip(if: $v) { id } }')).toEqual(['login', 'schemes']);
    expect(namesOf('mutation { login(username: "a", password: "b") { token } setAccountDisabled(id: "x", disabled: true) @skip(if: true) { id } }')).toEqual([
      'login',
      'setAccountDisabled',
    ]);
  });

  it('follows fragments spread at the root, named and inline, whatever their directives, and survives a cycle', () => {
    expect(namesOf('query { ...Root } fragment Root on Query { organizations { id } ... @include(if: false) { me { role } } }')).toEqual(['me', 'organizations']);
    expect(namesOf('query { ... on Query @skip(if: true) { schemes { id } } __typename }')).toEqual(['__typename', 'schemes']);
    expect(namesOf('query { ...A } fragment A on Query { ...B login: __typename } fragment B on Query { ...A me { role } }')).toEqual(['__typename', 'me']);
  });

  it('names fields by their name, not their alias', () => {
    expect(namesOf('mutation { login: createAccount(input: {}) { id } }')).toEqual(['createAccount']);
  });
});
