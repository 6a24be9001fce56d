import { callSubgraph } from '@jifen/kit';
import type { RuleDocument } from '@jifen/rules';
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
  versionsOn(
    token: string,
    branch: { id: string; path: string },
    days: readonly string[],
  ): Promise<Map<string, SchemeInForce | null>>;
}

/** How many versions a ledger process keeps once fetched (a district uses a handful). */
const KEPT_VERSIONS = 200;

/**
 * Asks the scheme service (the owner of schemes) through its API with the caller's internal token: one small
 * request for the version in force on each day, whatever the number of days. A version never changes once
 * written, so its rules are fetched once (a second request, only for versions not seen before) and kept.
 */
export class SubgraphSchemeSource implements SchemeSource {
  private readonly kept = new Map<string, SchemeInForce>();

  constructor(private readonly schemeUrl: () => string) {}

  async versionsOn(
    token: string,
    branch: { id: string; path: string },
    days: readonly string[],
  ): Promise<Map<string, SchemeInForce | null>> {
    const distinct = [...new Set(days)];
    const result = new Map<string, SchemeInForce | null>();
    if (distinct.length === 0) return result;
    const ids = await this.versionIdsOn(token, branch, distinct);
    const unseen = [...new Set(ids.filter((id): id is string => id !== null && !this.kept.has(id)))];
    if (unseen.length > 0) await this.fetchVersions(token, unseen);
    distinct.forEach((day, i) => result.set(day, ids[i] === null ? null : (this.kept.get(ids[i]!) ?? null)));
    return result;
  }

  /** The id of the version in force on each day (null where none is). */
  private async versionIdsOn(
    token: string,
    branch: { id: string; path: string },
    days: readonly string[],
  ): Promise<(string | null)[]> {
    const fields = days.map((_, i) => `v${i}: effectiveSchemeVersion(on: $d${i}) { id }`).join('\n');
    const query = `query(${['$representations: [_Any!]!', ...days.map((_, i) => `$d${i}: Date`)].join(', ')}) {
      _entities(representations: $representations) { ... on Organization { ${fields} } }
    }`;
    const variables: Record<string, unknown> = {
      representations: [{ __typename: 'Organization', id: branch.id, path: branch.path }],
    };
    days.forEach((day, i) => (variables[`d${i}`] = day));
    const data = await callSubgraph<{ _entities: (Record<string, { id: string } | null> | null)[] }>(
      this.schemeUrl(),
      token,
      query,
      variables,
    );
    const found = data._entities[0] ?? {};
    return days.map((_, i) => found[`v${i}`]?.id ?? null);
  }

  /** Fetches versions by id and keeps them, the oldest kept dropped past the limit. */
  private async fetchVersions(token: string, ids: readonly string[]): Promise<void> {
    const data = await callSubgraph<{ _entities: (VersionAnswer | null)[] }>(this.schemeUrl(), token, versionsQuery, {
      representations: ids.map((id) => ({ __typename: 'SchemeVersion', id })),
    });
    for (const version of data._entities) {
      if (!version) continue;
      // Frozen: every later request shares the one copy, so nothing may change it.
      this.kept.set(version.id, {
        versionId: version.id,
        schemeName: version.scheme.name,
        document: frozen(version.rules),
      });
      if (this.kept.size > KEPT_VERSIONS) this.kept.delete(this.kept.keys().next().value!);
    }
  }
}

/** The value frozen all the way down. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

const versionsQuery = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on SchemeVersion { id rules scheme { name } } }
}`;

interface VersionAnswer {
  id: string;
  rules: RuleDocument;
  scheme: { name: string };
}

/** The rule document a branch uses on a day, or the Chinese refusal that it has none. */
export async function documentOn(
  schemes: SchemeSource,
  token: string,
  branch: { id: string; path: string; name: string },
  day: string,
): Promise<RuleDocument> {
  const scheme = (await schemes.versionsOn(token, branch, [day])).get(day);
  if (!scheme) throw noEffectiveScheme(branch.name, day);
  return scheme.document;
}
