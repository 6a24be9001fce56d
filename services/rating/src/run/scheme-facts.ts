import { callSubgraph } from '@jifen/kit';
import type { RuleDocument } from '@jifen/rules';
import { SchemeFacts } from './rating-inputs';

const versionsQuery = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on SchemeVersion { id rules } }
}`;

/** The consequence rules and lowest grade of scheme versions, from the scheme service, in one request. */
export async function fetchSchemeFacts(
  schemeUrl: string,
  token: string,
  versionIds: readonly string[],
): Promise<Map<string, SchemeFacts>> {
  const ids = [...new Set(versionIds)];
  const facts = new Map<string, SchemeFacts>();
  if (ids.length === 0) return facts;
  const data = await callSubgraph<{ _entities: ({ id: string; rules: RuleDocument } | null)[] }>(
    schemeUrl,
    token,
    versionsQuery,
    {
      representations: ids.map((id) => ({ __typename: 'SchemeVersion', id })),
    },
  );
  for (const version of data._entities) {
    if (!version) continue;
    const bands = version.rules.grading.bands;
    facts.set(version.id, {
      consequences: version.rules.consequences,
      lowestGrade: bands[bands.length - 1]?.code ?? null,
    });
  }
  return facts;
}
