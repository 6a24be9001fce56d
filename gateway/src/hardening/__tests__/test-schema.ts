import { buildSchema } from 'graphql';

/** A small API for the hardening tests: a paged list with a default, one without, plain lists, a cycle (Org.parent). */
export const testSchema = buildSchema(`
  type Query {
    org(id: ID!): Org
    orgs: [Org!]!
    entries(first: Int = 50, offset: Int = 0): EntryPage!
    search(limit: Int, text: String): [Org!]!
    byName(first: String): Org
  }
  type Mutation { a: Int b: Int c: Int }
  type Org { id: ID! name: String! parent: Org children: [Org!]! members(first: Int! = 50): MemberPage! tags: [String!]! }
  type MemberPage { items: [Member!]! total: Int! }
  type Member { id: ID! name: String! org: Org }
  type EntryPage { items: [Entry!]! total: Int! }
  type Entry { id: ID! points: Float member: Member }
`);
