/**
 * A class, as TypeORM (entities) and type-graphql (resolvers, orphaned types, the container) take it: anything `new`
 * can be called on. Stands where those libraries' own signatures say `Function`.
 */
export type ClassType = abstract new (...args: never[]) => unknown;
