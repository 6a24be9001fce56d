import { buildSchema, parse } from 'graphql';
import { findInputProblem } from './input-check-plugin';

const schema = buildSchema(`
  scalar JSONObject
  input NoteInput {
    """党员"""
    memberId: ID!
    """说明，如会议名称"""
    note: String
    names: [String!]
    points: Float
    period: String
  }
  type Query {
    find(id: ID!, period: String): Int
    history(period: String!): Int
  }
  type Mutation {
    rename("""名称""" name: String!): Int
    record(input: NoteInput!, tags: [String!]): Int
    adopt(rules: JSONObject!): Int
  }
`);
const id = '3f2c1d4e-0000-4000-8000-000000000001';

function check(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as any;
  return findInputProblem(schema, document, operation, variables);
}

describe('findInputProblem', () => {
  it('passes good values, literal and variable, at any depth', () => {
    expect(
      check(
        `mutation { record(input: { memberId: "${id}", note: "第一行\\n第二行", names: ["张明", "李华"], points: 2.5 }, tags: ["a"]) }`,
      ),
    ).toBeNull();
    expect(
      check('mutation($i: NoteInput!) { record(input: $i) }', {
        i: { memberId: id, note: '说明', names: ['张明'], points: 1 },
      }),
    ).toBeNull();
    expect(check(`query { find(id: "${id}", period: "2026-H1") history(period: "2026") }`)).toBeNull();
    expect(
      check('mutation($r: JSONObject!) { adopt(rules: $r) }', {
        r: { name: '方案', items: [{ label: '学习\n讨论' }] },
      }),
    ).toBeNull();
  });

  it('names the field by its Chinese description and its path', () => {
    expect(check('mutation { rename(name: "a\\u0000b") }')).toEqual({
      code: 'INVALID_TEXT',
      field: 'name',
      character: 'U+0000',
      message: expect.stringMatching(/^“名称”（name）含有看不见的控制字符（U\+0000）/),
    });
    expect(
      check('mutation($i: NoteInput!) { record(input: $i) }', { i: { memberId: id, note: 'x\u0000' } }),
    ).toMatchObject({ field: 'input.note', message: expect.stringMatching(/^“说明”（input.note）/) });
    expect(
      check('mutation($i: NoteInput!) { record(input: $i) }', { i: { memberId: id, names: ['张明', '李\u202e华'] } }),
    ).toMatchObject({
      field: 'input.names[1]',
      character: 'U+202E',
      message: expect.stringMatching(/^参数 input.names\[1\] /),
    });
  });

  it('refuses a variable inside a literal object, a default value and a string in a JSON document', () => {
    expect(
      check(`mutation($n: String) { record(input: { memberId: "${id}", note: $n }) }`, { n: '\u0001' }),
    ).toMatchObject({ field: 'input.note' });
    expect(check('mutation($n: String! = "a\\u0000") { rename(name: $n) }')).toMatchObject({
      field: '$n',
      code: 'INVALID_TEXT',
    });
    expect(
      check('mutation($r: JSONObject!) { adopt(rules: $r) }', { r: { items: [{ label: 'a\u0000' }] } }),
    ).toMatchObject({ field: 'rules.items[0].label' });
    expect(check('mutation { adopt(rules: { items: [{ label: "a\\u0000" }] }) }')).toMatchObject({
      field: 'rules.items[0].label',
    });
  });

  it('walks fragments, inline fragments and nested fields', () => {
    expect(check('query { ...F } fragment F on Query { find(id: "bad") }')).toMatchObject({ code: 'INVALID_ID' });
    expect(check('query { ... on Query { history(period: "2026-H3") } }')).toMatchObject({ code: 'INVALID_PERIOD' });
    expect(check('query { __typename find(id: "3f2c1d4e-0000-4000-8000-000000000001") }')).toBeNull();
  });

  it('refuses ids that are not ids, periods that are not periods, numbers that are not finite', () => {
    expect(check('{ find(id: "not-a-uuid") }')).toMatchObject({ code: 'INVALID_ID', field: 'id' });
    expect(check('{ find(id: 12) }')).toMatchObject({ code: 'INVALID_ID' });
    expect(check(`query($p: String!) { find(id: "${id}") history(period: $p) }`, { p: '2026-H3' })).toMatchObject({
      code: 'INVALID_PERIOD',
      field: 'period',
    });
    expect(check(`mutation { record(input: { memberId: "${id}", points: 1e400 }) }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.points',
    });
    expect(
      check('mutation($i: NoteInput!) { record(input: $i) }', { i: { memberId: id, points: Infinity } }),
    ).toMatchObject({ field: 'input.points' });
  });

  it('refuses JSON nested past 64 levels without walking all of it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(check('mutation($r: JSONObject!) { adopt(rules: $r) }', { r: { deep } })).toMatchObject({
      code: 'INVALID_TEXT',
      message: expect.stringContaining('嵌套超过 64 层'),
    });
  });

  it("leaves a period inside an input object to the service, which lists it with the input's other problems", () => {
    expect(check(`mutation { record(input: { memberId: "${id}", period: "2026-H3" }) }`)).toBeNull();
    expect(check(`mutation { record(input: { memberId: "${id}", period: "2026\\u0000" }) }`)).toMatchObject({
      code: 'INVALID_TEXT',
      field: 'input.period',
    });
  });

  it('leaves values of the wrong type to graphql-js', () => {
    expect(
      check('mutation($i: NoteInput!) { record(input: $i) }', { i: { memberId: id, note: 12, names: 'x' } }),
    ).toBeNull();
  });
});
