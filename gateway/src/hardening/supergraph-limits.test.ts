import {
  buildSchema,
  getIntrospectionQuery,
  Kind,
  OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idePage } from '../ide-page';
import { checkOperationCost } from './query-cost';
import { queryLimitRules } from './query-limits';

/**
 * The default limits against the committed supergraph (read as SDL; no service runs): what the IDE sends
 * passes, and the three abusive queries are refused with their codes.
 */
describe('default limits on the platform’s schema', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8'), {
    assumeValidSDL: true,
  });

  /** The codes a query gets: from the document rules, else from the cost check with these variables. */
  function codes(query: string, variables: Record<string, unknown> = {}): unknown[] {
    const document = parse(query);
    const errors = validate(schema, document, [...specifiedRules, ...queryLimitRules()]);
    if (errors.length > 0) return errors.map((e) => e.extensions.code ?? e.message);
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!;
    const refused = checkOperationCost(schema, document, operation, variables);
    return refused ? [refused.extensions.code] : [];
  }

  it('passes the IDE’s example query and its introspection', () => {
    const ideQuery = JSON.parse(/defaultQuery: ("(?:[^"\\]|\\.)*")/.exec(idePage('/graphql'))![1]) as string;
    expect(ideQuery).toMatch(/organizations/);
    expect(codes(ideQuery)).toEqual([]);
    expect(
      codes(
        getIntrospectionQuery({
          descriptions: true,
          inputValueDeprecation: true,
          specifiedByUrl: true,
          directiveIsRepeatable: true,
        }),
      ),
    ).toEqual([]);
  });

  it('passes a page of 1000 scores and a branch’s entries with their members', () => {
    expect(
      codes(
        'query($o: ID!) { organization(id: $o) { periodScores(period: "2026-H1", first: 1000) { nextAfter items { memberId state } } } }',
      ),
    ).toEqual([]);
    expect(
      codes(
        'query($o: ID!, $n: Int!) { organization(id: $o) { entries(first: $n) { total items { id member { name } } } } }',
        { n: 200 },
      ),
    ).toEqual([]);
  });

  it('refuses a query nested deeper than the limit, one with too many aliases and one asking for 10,000 rows', () => {
    expect(codes(`{ organization(id: "1") { ${'parent { '.repeat(12)}id${' }'.repeat(12)} } }`)).toEqual([
      'QUERY_TOO_DEEP',
    ]);
    expect(
      codes(`{ organization(id: "1") { ${Array.from({ length: 31 }, (_, i) => `n${i}: name`).join(' ')} } }`),
    ).toEqual(['TOO_MANY_ALIASES']);
    expect(codes('{ organization(id: "1") { periodScores(period: "2026-H1", first: 10000) { nextAfter } } }')).toEqual([
      'PAGE_TOO_LARGE',
    ]);
    expect(codes('query($n: Int!) { organization(id: "1") { members(first: $n) { total } } }', { n: 10000 })).toEqual([
      'PAGE_TOO_LARGE',
    ]);
  });

  it('refuses every branch’s members under every town of every district at once', () => {
    expect(codes('{ organizations { children { children { members(first: 200) { items { id name } } } } } }')).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
  });
});
