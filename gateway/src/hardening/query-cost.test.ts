import { getIntrospectionQuery, Kind, OperationDefinitionNode, parse, validate } from 'graphql';
import { checkOperationCost, estimateCost } from './query-cost';
import { testSchema } from './__tests__/test-schema';

function operationOf(query: string) {
  const document = parse(query);
  expect(validate(testSchema, document)).toEqual([]);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return { document, operation };
}

const cost = (query: string, variables?: Record<string, unknown>) => {
  const { document, operation } = operationOf(query);
  return estimateCost(testSchema, document, operation, variables).cost;
};

const refusal = (query: string, variables?: Record<string, unknown>, limits = {}) => {
  const { document, operation } = operationOf(query);
  return checkOperationCost(testSchema, document, operation, variables, limits);
};

describe('estimateCost', () => {
  it('counts each field once outside lists', () => {
    expect(cost(`{ org(id: 1) { id name parent { id } } }`)).toBe(1 + (1 + 1 + (1 + 1)));
  });

  it('multiplies a paged field by its page; the page’s own list is not multiplied again', () => {
    expect(cost(`{ entries(first: 10) { total items { id points } } }`)).toBe(1 + 10 * (1 + (1 + 2)));
  });

  it('takes the page from a variable, else the variable’s default, else the schema’s default, else 50', () => {
    const query = `query($n: Int) { entries(first: $n) { items { id } } }`;
    expect(cost(query, { n: 5 })).toBe(1 + 5 * 2);
    expect(cost(`query($n: Int = 7) { entries(first: $n) { items { id } } }`, {})).toBe(1 + 7 * 2);
    expect(cost(query, {})).toBe(1 + 50 * 2); // Query.entries(first: Int = 50)
    expect(cost(`{ search { id } }`)).toBe(1 + 50 * 1); // Query.search(limit: Int): no default
  });

  it('multiplies a list without page arguments by 10, at every level', () => {
    expect(cost(`{ orgs { id } }`)).toBe(1 + 10 * 1);
    expect(cost(`{ orgs { children { id tags } } }`)).toBe(1 + 10 * (1 + 10 * 2));
    expect(cost(`{ orgs { members(first: 20) { items { id } } } }`)).toBe(1 + 10 * (1 + 20 * (1 + 1)));
  });

  it('follows fragments once per spread, and survives a cycle', () => {
    expect(
      cost(`{ orgs { ...F } entries(first: 2) { items { member { org { ...F } } } } } fragment F on Org { id name }`),
    ).toBe(1 + 10 * 2 + (1 + 2 * (1 + (1 + (1 + 2)))));
    const document = parse(`{ orgs { ...A } } fragment A on Org { children { ...A } }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(estimateCost(testSchema, document, operation, {}).cost).toBe(1 + 10 * (1 + 10 * 0));
  });

  it('counts introspection as 1', () => {
    expect(cost(getIntrospectionQuery())).toBe(1);
  });

  it('reports the largest page asked for', () => {
    const { document, operation } = operationOf(
      `query($n: Int) { entries(first: 20) { total } orgs { members(first: $n) { total } } }`,
    );
    expect(estimateCost(testSchema, document, operation, { n: 300 }).largestPage).toMatchObject({
      field: 'Org.members',
      argument: 'first',
      size: 300,
    });
  });
});

describe('checkOperationCost', () => {
  it('passes what is within the limits', () => {
    expect(refusal(`query($n: Int) { entries(first: $n) { items { id } } }`, { n: 1000 })).toBeUndefined();
  });

  it('refuses a page above 1000 given through a variable, as a bad request', () => {
    const error = refusal(`query($n: Int) { entries(first: $n) { items { id } } }`, { n: 10000 })!;
    expect(error.message).toBe(
      '字段 Query.entries 的 first 为 10000，超过每页上限 1000 条；请把 first 设为不超过 1000，再分页读取其余部分',
    );
    expect(error.extensions).toMatchObject({
      code: 'PAGE_TOO_LARGE',
      field: 'Query.entries',
      argument: 'first',
      size: 10000,
      limit: 1000,
      http: { status: 400 },
    });
  });

  it('refuses a query whose estimate is above the limit, naming both numbers', () => {
    const query = `query Tree { orgs { children { children { members(first: 100) { items { id name } } } } } }`;
    const expected = 1 + 10 * (1 + 10 * (1 + 10 * (1 + 100 * (1 + 2))));
    const error = refusal(query)!;
    expect(error.message).toBe(
      `查询估计要返回约 ${expected} 项数据，超过上限 50000 项；请减小每页条数（first），少取嵌套的列表，或拆分为多个查询`,
    );
    expect(error.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      cost: expected,
      limit: 50000,
      operation: 'Tree',
      http: { status: 400 },
    });
    expect(refusal(query, {}, { maxCost: expected })).toBeUndefined();
  });
});
