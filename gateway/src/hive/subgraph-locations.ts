import type { TransportEntryAdditions } from '@graphql-hive/gateway-runtime';
import { PeerUrls } from '@jifen/kit';
import { DocumentNode, Kind } from 'graphql';

/** The subgraphs a supergraph names: `enum join__Graph { LEDGER @join__graph(name: "ledger", url: "…") }`. */
export function subgraphNames(supergraph: DocumentNode): string[] {
  const names: string[] = [];
  for (const definition of supergraph.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = directive?.arguments?.find((a) => a.name.value === 'name')?.value;
      if (name?.kind === Kind.STRING) names.push(name.value);
    }
  }
  return names;
}

/**
 * Where and how Hive reaches each subgraph. The URLs composed into the supergraph are placeholders: each
 * subgraph is reached at its configured address, by name, as build-gateway.ts does for Apollo.
 *
 * In-flight deduplication is off: Hive would otherwise send one subgraph request for identical queries of
 * concurrent clients, keyed without the internal token (added later, in onFetch), so that one caller got
 * the answer meant for another (a township would see a sibling's members; hive-gateway.api.test.ts).
 */
export function subgraphLocations(supergraph: DocumentNode, urls: PeerUrls): TransportEntryAdditions {
  const names = subgraphNames(supergraph);
  if (names.length === 0) throw new Error('the supergraph names no subgraph (no join__Graph enum)');
  const entries: TransportEntryAdditions = {};
  for (const name of names) {
    const url = urls[name as keyof PeerUrls];
    if (!url) throw new Error(`supergraph names an unknown subgraph "${name}"`);
    entries[name] = { kind: 'http', location: url, options: { deduplicateInflightRequests: false } };
  }
  return entries;
}
