import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** Placeholder address composed into the supergraph; the gateway replaces it with the configured one. */
function subgraphUrl(name: string): string {
  return `http://${name}.subgraph.internal/graphql`;
}

export function composeSupergraph(subgraphs: { name: string; sdl: string }[]): string {
  const result = composeServices(subgraphs.map(({ name, sdl }) => ({ name, url: subgraphUrl(name), typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new Error(`supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
