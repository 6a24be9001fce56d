import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { dataOf, startTestPlatform, TestPlatform } from '../../support/src/test-platform';
import { BadInputFixture, buildBadInputFixture, TODAY } from './bad-input-fixture';

/** What no answer may carry: a stack, SQL, a file path, an internal address. */
const INTERNALS =
  /\bat [\w.<>]+ \(|node_modules|\/work\/|\/home\/|\/root\/|127\.0\.0\.1:|localhost:|\bSELECT\b|\bINSERT\b|violates|syntax error at|invalid input syntax|stacktrace/i;

/** Characters an attacker or a broken client sends: controls, direction overrides, zero-width, broken UTF-16, quotes, SQL. */
const hostileChar = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u001b',
  '\u007f',
  '\u0085',
  '\n',
  '\t',
  '\u202e',
  '\u2066',
  '\u200d',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\uffff',
  "'",
  '"',
  '\\',
  ';',
  '%',
  '名',
  'a',
  '1',
  ' ',
);
const hostileString = fc.oneof(
  fc.stringOf(hostileChar, { maxLength: 12 }),
  // No SQL words: an answer quoting the value back must not look like leaked SQL.
  fc.constantFrom(
    '',
    ' ',
    "' OR '1'='1",
    "'); --",
    '../../etc/passwd',
    '${jndi:x}',
    '2026-H3',
    '99999',
    '名'.repeat(1200),
    'x'.repeat(25_000),
  ),
  fc.string({ maxLength: 20 }),
);

/** Plausible texts (item codes, names, a template, periods, a content type): with them a call gets past the first checks to the deeper ones. */
const plausibleString = fc.constantFrom(
  'leaderPraise',
  'assignedWork',
  'dues',
  '张明',
  '完成任务',
  'finance-bureau',
  'town-attendance',
  '2026',
  '2026-H1',
  '2026-Q1',
  'image/png',
  'CSV',
  'Corpus-pass-2026',
);

/** Values of the right shape for `type`, hostile in content; now and then a value of the wrong shape. */
function valueOf(
  type: GraphQLInputType,
  schema: GraphQLSchema,
  fixture: BadInputFixture,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, schema, fixture, depth);
  const wrongShape = fc.constantFrom<unknown>(null, 12, -1, 1.5, true, 'x', [], {}, ['x'], { a: 1 });
  if (isListType(type)) {
    const items = fc.array(valueOf(type.ofType, schema, fixture, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
    return fc.oneof(
      { weight: 8, arbitrary: items },
      { weight: 1, arbitrary: items.map((list) => [...list, ...list]) },
      { weight: 1, arbitrary: wrongShape },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.record(
      Object.fromEntries(
        fields.map((field) => [
          field.name,
          depth > 3 ? fc.constant(null) : valueOf(field.type, schema, fixture, depth + 1),
        ]),
      ),
      {
        requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
      },
    );
    return fc.oneof({ weight: 9, arbitrary: record }, { weight: 1, arbitrary: wrongShape });
  }
  if (isEnumType(type))
    return fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', 1) },
    );
  const ids = [
    ...Object.values(fixture.org).map((o) => o.id),
    ...Object.values(fixture.member),
    fixture.entryId,
    fixture.evidenceOfB,
  ];
  const leaf: Record<string, fc.Arbitrary<unknown>> = {
    ID: fc.oneof(fc.constantFrom(...ids), fc.uuid(), hostileString),
    String: fc.oneof(hostileString, plausibleString),
    Int: fc.oneof(
      fc.integer({ min: -2147483648, max: 2147483647 }),
      fc.constantFrom(0, -1, 2147483647, -2147483648, 4294967296, 1e15),
    ),
    Float: fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, -0, 1e-9, -1e-9, 0.05, 1e308, -1e308, 999999.95),
    ),
    Boolean: fc.boolean(),
    Date: fc.oneof(
      fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '9999-12-31', '2026-4-1', '2026/04/01', '2024-02-29'),
      fc.constantFrom(TODAY, '2026-01-01', '2026-04-01', '2026-06-30'),
      hostileString,
    ),
    JSONObject: fc.oneof(fc.object({ maxDepth: 3 }), fc.dictionary(hostileString, hostileString, { maxKeys: 4 })),
  };
  const named = getNamedType(type);
  const right = isScalarType(named) ? (leaf[named.name] ?? hostileString) : hostileString;
  return fc.oneof({ weight: 9, arbitrary: right }, { weight: 1, arbitrary: wrongShape });
}

/**
 * Every mutation of the public schema (read from the gateway), called with arguments of the right shape and
 * hostile values, and now and then the wrong shape, as the platform itself and as a member. No answer may be
 * INTERNAL or carry internals. Seeded and bounded: a few runs per mutation, well under a minute in all.
 */
describe('every mutation, fuzzed through the gateway', () => {
  let platform: TestPlatform;
  let fixture: BadInputFixture;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    platform = await startTestPlatform({ clock: () => new Date(`${TODAY}T08:00:00Z`) });
    fixture = await buildBadInputFixture(platform);
    schema = buildClientSchema(dataOf(await platform.query(getIntrospectionQuery())) as never);
  });
  afterAll(() => platform.stop());

  const operationFor = (field: GraphQLField<unknown, unknown>) => {
    const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    return `mutation${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  };

  it('answers no mutation with INTERNAL or internals, whatever its arguments', async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(40);
    const callers = [undefined, fixture.bearer.memberA, fixture.bearer.declareOnlyKey];
    const seen: string[] = [];
    for (const [index, field] of mutations.entries()) {
      const query = operationFor(field);
      const args = fc.record(
        Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg.type, schema, fixture)])),
      );
      await fc.assert(
        fc.asyncProperty(args, fc.nat(callers.length - 1), async (variables, who) => {
          const response = await fetch(platform.gatewayUrl, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${callers[who]?.bearer ?? platform.sessionFor({ role: 'SYSTEM', scopePath: null, subject: 'system' } as never)}`,
            },
            body: JSON.stringify({ query, variables }),
          });
          const text = await response.text();
          const codes = ((JSON.parse(text).errors ?? []) as { extensions?: { code?: string } }[]).map(
            (error) => error.extensions?.code,
          );
          seen.push(...codes.map(String));
          const internal =
            response.status >= 500 || codes.includes('INTERNAL') || codes.includes('INTERNAL_SERVER_ERROR');
          // The answer is in the failure message: the mutation, the variables (fast-check prints them) and what came back.
          expect({ mutation: field.name, internal, answer: text.slice(0, 400) }).toEqual({
            mutation: field.name,
            internal: false,
            answer: expect.any(String),
          });
          expect(text).not.toMatch(INTERNALS);
        }),
        { seed: 1900 + index, numRuns: 6, endOnFailure: true },
      );
    }
    // The fuzz reached the services' resolvers (their own codes), not only the gateway's and the input checks.
    expect(seen).toEqual(
      expect.arrayContaining(['INVALID_TEXT', 'INVALID_ID', 'INVALID_PERIOD', 'ORGANIZATION_NOT_FOUND']),
    );
    expect(new Set(seen).size).toBeGreaterThan(15);
  });
});
