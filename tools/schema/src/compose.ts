import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

/** Placeholder address composed into the supergraph; the gateway replaces it with the configured one. */
function subgraphUrl(name: string): string {
  return `http://${name}.subgraph.internal/graphql`;
}

/**
 * The supergraph and the API schema clients see (no join directives, no federation types): the web app's typed
 * documents are generated from the latter (web/codegen.ts).
 */
export function composeWithApi(subgraphs: { name: string; sdl: string }[]): { supergraphSdl: string; apiSdl: string } {
  const result = composeServices(subgraphs.map(({ name, sdl }) => ({ name, url: subgraphUrl(name), typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new Error(`supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return { supergraphSdl: result.supergraphSdl, apiSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()) };
}
