import { printServiceSdl, ServiceDefinition } from '@jifen/kit/server';
import { ledgerService } from '@jifen/ledger';
import { ratingService } from '@jifen/rating';
import { schemeService } from '@jifen/scheme';

/** The three subgraphs, in the order the supergraph lists them. */
export const subgraphDefinitions: ServiceDefinition<unknown>[] = [ledgerService, schemeService, ratingService] as ServiceDefinition<unknown>[];

/** Each subgraph's SDL, printed from the code (no database needed). */
export function printSubgraphs(): { name: string; sdl: string }[] {
  return subgraphDefinitions.map((definition) => ({ name: definition.name, sdl: printServiceSdl(definition) }));
}
