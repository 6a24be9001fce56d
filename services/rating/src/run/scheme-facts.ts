import { callSubgraph, entitiesOf } from '@jifen/kit';
import type { RuleDocument } from '@jifen/rules';
import { schemeGraphql } from '../generated/scheme';
import { SchemeFacts } from './rating-inputs';

const versionsQuery = schemeGraphql(`query SchemeVersionsForRating($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on SchemeVersion { id rules } }
}`);

/** The consequence rules and lowest grade of scheme versions, from the scheme service, in one request. */
export async function fetchSchemeFacts(
  schemeUrl: string,
  token: string,
  versionIds: readonly string[],
): Promise<Map<string, SchemeFacts>> {
  const ids = [...new Set(versionIds)];
  const facts = new Map<string, SchemeFacts>();
  if (ids.length === 0) return facts;
  const data = await callSubgraph(schemeUrl, token, versionsQuery, {
    representations: ids.map((id) => ({ __typename: 'SchemeVersion', id })),
  });
  for (const version of entitiesOf(data._entities, 'SchemeVersion')) {
    if (!version) continue;
    const rules = version.rules as unknown as RuleDocument;
    const bands = rules.grading.bands;
    facts.set(version.id, {
      consequences: rules.consequences,
      lowestGrade: bands[bands.length - 1]?.code ?? null,
      cycle: rules.cycle ?? null,
    });
  }
  return facts;
}
