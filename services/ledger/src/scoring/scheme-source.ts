import { callSubgraph } from '@jifen/kit';
import type { RuleDocument } from '@jifen/scheme';
import { noEffectiveScheme } from '../ledger-error';

/** A scheme version as the register uses it: immutable, so it can be kept once fetched. */
export interface SchemeInForce {
  versionId: string;
  schemeName: string;
  document: RuleDocument;
}

/** Which scheme version a branch uses on given days. */
export interface SchemeSource {
  /** The version in force on each day (null where the branch has none). */
  versionsOn(token: string, branch: { id: string; path: string }, days: readonly string[]): Promise<Map<string, SchemeInForce | null>>;
}

/**
 * Asks the scheme service (the owner of schemes) through its API, in one request whatever the number of
 * days, with the caller's internal token. A version is small, so its rules come with every answer.
 */
export class SubgraphSchemeSource implements SchemeSource {
  constructor(private readonly schemeUrl: () => string) {}

  async versionsOn(token: string, branch: { id: string; path: string }, days: readonly string[]): Promise<Map<string, SchemeInForce | null>> {
    const distinct = [...new Set(days)];
    const result = new Map<string, SchemeInForce | null>();
    if (distinct.length === 0) return result;
    const fields = distinct.map((_, i) => `v${i}: effectiveSchemeVersion(on: $d${i}) { id rules scheme { name } }`).join('\n');
    const query = `query(${['$representations: [_Any!]!', ...distinct.map((_, i) => `$d${i}: Date`)].join(', ')}) {
      _entities(representations: $representations) { ... on Organization { ${fields} } }
    }`;
    const variables: Record<string, unknown> = { representations: [{ __typename: 'Organization', id: branch.id, path: branch.path }] };
    distinct.forEach((day, i) => (variables[`d${i}`] = day));
    const data = await callSubgraph<{ _entities: (Record<string, VersionAnswer | null> | null)[] }>(this.schemeUrl(), token, query, variables);
    const found = data._entities[0] ?? {};
    distinct.forEach((day, i) => {
      const version = found[`v${i}`];
      result.set(day, version ? { versionId: version.id, schemeName: version.scheme.name, document: version.rules } : null);
    });
    return result;
  }
}

interface VersionAnswer {
  id: string;
  rules: RuleDocument;
  scheme: { name: string };
}

/** The rule document a branch uses on a day, or the Chinese refusal that it has none. */
export async function documentOn(schemes: SchemeSource, token: string, branch: { id: string; path: string; name: string }, day: string): Promise<RuleDocument> {
  const scheme = (await schemes.versionsOn(token, branch, [day])).get(day);
  if (!scheme) throw noEffectiveScheme(branch.name, day);
  return scheme.document;
}
