import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphLocations, subgraphNames } from './subgraph-locations';

describe('subgraph locations for Hive', () => {
  const supergraph = parse(readFileSync(join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8'));
  const urls = {
    ledger: 'http://127.0.0.1:4001/graphql',
    scheme: 'http://127.0.0.1:4002/graphql',
    rating: 'http://127.0.0.1:4003/graphql',
  };

  it('reads the subgraph names the committed supergraph composes', () => {
    expect([...subgraphNames(supergraph)].sort()).toEqual(['ledger', 'rating', 'scheme']);
  });

  it('sends each subgraph to its configured address, never deduplicating requests of different callers', () => {
    expect(subgraphLocations(supergraph, urls)).toEqual({
      ledger: { kind: 'http', location: urls.ledger, options: { deduplicateInflightRequests: false } },
      scheme: { kind: 'http', location: urls.scheme, options: { deduplicateInflightRequests: false } },
      rating: { kind: 'http', location: urls.rating, options: { deduplicateInflightRequests: false } },
    });
  });

  it('refuses a supergraph that names a subgraph it has no address for, or none at all', () => {
    const extra = parse(
      'enum join__Graph { LEDGER @join__graph(name: "ledger", url: "http://x") AUDIT @join__graph(name: "audit", url: "http://y") }',
    );
    expect(() => subgraphLocations(extra, urls)).toThrow('supergraph names an unknown subgraph "audit"');
    expect(() => subgraphLocations(parse('type Query { a: Int }'), urls)).toThrow('names no subgraph');
  });
});
