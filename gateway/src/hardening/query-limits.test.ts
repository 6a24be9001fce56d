import { getIntrospectionQuery, GraphQLError, parse, specifiedRules, validate, ValidationRule } from 'graphql';
import { defaultQueryLimits } from './limits';
import { testSchema } from './__tests__/test-schema';
import { maxAliasesRule, maxDepthRule, maxPageLiteralRule, maxRootFieldsRule, queryLimitRules } from './query-limits';

/** The errors of `rules` alone (graphql's own rules checked separately: the documents must be valid). */
function check(query: string, rules: ValidationRule[]): readonly GraphQLError[] {
  const document = parse(query);
  expect(validate(testSchema, document, specifiedRules)).toEqual([]);
  return validate(testSchema, document, rules);
}

/** `{ org(id: 1) { parent { parent { … { id } } } } }` with `depth` levels of fields. */
function nested(depth: number): string {
  return `{ org(id: 1) { ${'parent { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
}

describe('maxDepthRule', () => {
  it('passes a query at the limit and refuses one deeper, with the numbers and a message saying what to do', () => {
    expect(check(nested(12), [maxDepthRule(12)])).toEqual([]);
    const [error, ...others] = check(nested(14), [maxDepthRule(12)]);
    expect(others).toEqual([]);
    expect(error.message).toBe('查询嵌套 14 层，超过上限 12 层；请减少嵌套，或拆分为多个查询');
    expect(error.extensions).toEqual({
      code: 'QUERY_TOO_DEEP',
      validationErrorCode: 'QUERY_TOO_DEEP',
      depth: 14,
      limit: 12,
    });
  });

  it('follows named and inline fragments, and names the operation', () => {
    const query = `
      query Deep { org(id: 1) { ...A } }
      fragment A on Org { parent { ... on Org { parent { ...B } } } }
      fragment B on Org { parent { id } }`;
    expect(check(query, [maxDepthRule(5)])).toEqual([]);
    const [error] = check(query, [maxDepthRule(4)]);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 5, limit: 4, operation: 'Deep' });
  });

  it('survives a fragment cycle (graphql reports the cycle)', () => {
    const document = parse(
      `{ org(id: 1) { ...A } } fragment A on Org { parent { ...B } } fragment B on Org { parent { ...A } }`,
    );
    const errors = validate(testSchema, document, [...specifiedRules, maxDepthRule(12)]);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('computes each fragment once: thirty fragments each spreading the next twice take no time', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Org { parent { ...F${i + 1} } children { ...F${i + 1} } }`,
    ).join('\n');
    const query = `{ org(id: 1) { ...F0 } }\n${fragments}\nfragment F30 on Org { id }`;
    const started = Date.now();
    const [error] = validate(testSchema, parse(query), [maxDepthRule(12)]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.extensions).toMatchObject({ depth: 32 });
  });

  it('counts introspection fields, a chain of ofType as one level', () => {
    const schemaQuery = `{ __schema { types { fields { args { type { name } } } } } }`;
    expect(check(schemaQuery, [maxDepthRule(5)])[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 6 });
    const ofTypes = `{ __type(name: "Org") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`;
    expect(check(ofTypes, [maxDepthRule(5)])).toEqual([]);
    expect(check(ofTypes, [maxDepthRule(4)])[0].extensions).toMatchObject({ depth: 5 });
  });
});

describe('maxAliasesRule', () => {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `o${i}: org(id: ${i}) { id }`).join(' ')} }`;

  it('passes 30 aliases and refuses 31', () => {
    expect(check(aliases(30), [maxAliasesRule(30)])).toEqual([]);
    const [error] = check(aliases(31), [maxAliasesRule(30)]);
    expect(error.message).toBe('查询使用了 31 个别名，超过上限 30 个；请减少别名，或拆分为多个请求');
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', aliases: 31, limit: 30 });
  });

  it('counts a fragment’s aliases at every place it is spread, and not `name: name`', () => {
    const query = `{ org(id: 1) { id: id ...Two parent { ...Two } } } fragment Two on Org { a: name b: name }`;
    expect(check(query, [maxAliasesRule(4)])).toEqual([]);
    expect(check(query, [maxAliasesRule(3)])[0].extensions).toMatchObject({ aliases: 4 });
  });
});

describe('maxRootFieldsRule', () => {
  it('counts the top-level fields of each operation, fragments at the top included', () => {
    const query = `mutation { a b ...M } fragment M on Mutation { c }`;
    expect(check(query, [maxRootFieldsRule(3)])).toEqual([]);
    const [error] = check(query, [maxRootFieldsRule(2)]);
    expect(error.message).toBe('一个操作含 3 个顶层字段，超过上限 2 个；请拆分为多个请求');
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_ROOT_FIELDS', rootFields: 3, limit: 2 });
  });
});

describe('maxPageLiteralRule', () => {
  const rule = maxPageLiteralRule(1000, ['first', 'limit']);

  it('refuses first: 10000 with the field, the size and the limit', () => {
    const [error, ...others] = check(`{ entries(first: 10000) { total } }`, [rule]);
    expect(others).toEqual([]);
    expect(error.message).toBe(
      '字段 Query.entries 的 first 为 10000，超过每页上限 1000 条；请把 first 设为不超过 1000，再分页读取其余部分',
    );
    expect(error.extensions).toEqual({
      code: 'PAGE_TOO_LARGE',
      validationErrorCode: 'PAGE_TOO_LARGE',
      field: 'Query.entries',
      argument: 'first',
      size: 10000,
      limit: 1000,
    });
    expect(error.locations).toEqual([{ line: 1, column: 11 }]);
  });

  it('checks nested fields, fragments and `limit`, and passes pages at the limit', () => {
    expect(check(`{ entries(first: 1000) { total } orgs { members(first: 1000) { total } } }`, [rule])).toEqual([]);
    expect(
      check(`{ orgs { ...F } } fragment F on Org { members(first: 1001) { total } }`, [rule])[0].extensions,
    ).toMatchObject({ field: 'Org.members', size: 1001 });
    expect(check(`{ search(limit: 5000) { id } }`, [rule])[0].extensions).toMatchObject({
      field: 'Query.search',
      argument: 'limit',
      size: 5000,
    });
  });

  it('leaves alone arguments named first that are no page size, and variables (checked with the cost)', () => {
    expect(check(`{ byName(first: "10000") { id } }`, [rule])).toEqual([]);
    expect(check(`query($n: Int) { entries(first: $n) { total } }`, [rule])).toEqual([]);
  });
});

describe('queryLimitRules', () => {
  it('uses the default limits: 12 levels, 30 aliases, 30 top-level fields, pages of 1000', () => {
    expect(defaultQueryLimits).toMatchObject({ maxDepth: 12, maxAliases: 30, maxRootFields: 30, maxPage: 1000 });
    const codes = (query: string) => check(query, queryLimitRules()).map((e) => e.extensions.code);
    expect(codes(nested(12))).toEqual([]);
    expect(codes(getIntrospectionQuery())).toEqual([]);
    expect(codes(nested(13))).toEqual(['QUERY_TOO_DEEP']);
    expect(codes(`{ entries(first: 10000) { total } }`)).toEqual(['PAGE_TOO_LARGE']);
    expect(codes(`{ ${Array.from({ length: 31 }, (_, i) => `o${i}: org(id: ${i}) { id }`).join(' ')} }`)).toContain(
      'TOO_MANY_ROOT_FIELDS',
    );
    expect(codes(`{ org(id: 1) { ${Array.from({ length: 31 }, (_, i) => `n${i}: name`).join(' ')} } }`)).toEqual([
      'TOO_MANY_ALIASES',
    ]);
  });

  it('takes other limits', () => {
    expect(check(nested(5), queryLimitRules({ maxDepth: 4 })).map((e) => e.extensions.code)).toEqual([
      'QUERY_TOO_DEEP',
    ]);
  });
});
