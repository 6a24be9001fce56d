import { buildSchema, parse } from 'graphql';
import { fieldReachingBeyondWrite, onlyLooksUpEntities } from './read-right-plugin';

const schema = buildSchema(`
  type Member { id: ID! name: String! }
  type Review { decision: String! points: Float }
  type Entry { id: ID! state: String! review: Review member: Member }
  union _Entity = Member | Entry
  type Query { entry(id: ID!): Entry _entities(representations: [String!]!): [_Entity]! }
  type Mutation { declare: Entry! }
`);
const operation = (source: string) => parse(source).definitions[0] as never;

describe('what a caller without READ may ask', () => {
  it.each([
    ['mutation { declare { id state review { decision points } } }', null],
    ['mutation { declare { __typename id } }', null],
    ['mutation { declare { id member { name } } }', 'member'],
    ['mutation { declare { ...E } } fragment E on Entry { id member { id } }', 'member'],
    ['query { entry(id: "1") { member { name } } }', null],
  ])('%s reaches beyond the write at %p', (source, field) => {
    expect(fieldReachingBeyondWrite(schema, parse(source))).toBe(field);
  });

  it.each([
    ['query($r: [String!]!) { _entities(representations: $r) { __typename } }', true],
    ['query($r: [String!]!) { __typename _entities(representations: $r) { __typename } }', true],
    ['query($r: [String!]!) { entry(id: "1") { id } _entities(representations: $r) { __typename } }', false],
    ['query { ... on Query { _entities(representations: []) { __typename } } }', false],
  ])('%s only looks entities up: %p', (source, expected) => {
    expect(onlyLooksUpEntities(operation(source))).toBe(expected);
  });
});
