import { callSubgraph, entitiesOf } from '@jifen/kit';
import type { RuleDocument } from '@jifen/rules';
import type { ResultOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { FieldNode, InlineFragmentNode, Kind, OperationDefinitionNode } from 'graphql';
import { schemeGraphql } from '../generated/scheme';
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
    const variables: Record<string, unknown> = {
      representations: [{ __typename: 'Organization', id: branch.id, path: branch.path }],
    };
    const size = requestSize(days.length);
    for (let i = 0; i < size; i++) variables[`d${i}`] = days[Math.min(i, days.length - 1)];
    const data = await callSubgraph(this.schemeUrl(), token, versionsOnDays(size), variables);
    const [found] = entitiesOf(data._entities, 'Organization');
    return days.map((_, i) => found?.[`v${i}`]?.id ?? null);
  }

  /** Fetches versions by id and keeps them, the oldest kept dropped past the limit. */
  private async fetchVersions(token: string, ids: readonly string[]): Promise<void> {
    const data = await callSubgraph(this.schemeUrl(), token, versionsQuery, {
      representations: ids.map((id) => ({ __typename: 'SchemeVersion', id })),
    });
    for (const version of entitiesOf(data._entities, 'SchemeVersion')) {
      if (!version) continue;
      // Frozen: every later request shares the one copy, so nothing may change it.
      this.kept.set(version.id, {
        versionId: version.id,
        schemeName: version.scheme.name,
        document: frozen(version.rules as unknown as RuleDocument),
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

const versionsQuery = schemeGraphql(`query SchemeVersionsForLedger($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on SchemeVersion { id rules scheme { name } } }
}`);

/**
 * The version in force on one day (`v0`, for `$d0`): the typed pattern of the request for many days, which repeats
 * its field once per day (`v1` for `$d1` …).
 */
const versionOnDay = schemeGraphql(`query SchemeVersionOnDays($representations: [_Any!]!, $d0: Date) {
  _entities(representations: $representations) { ... on Organization { v0: effectiveSchemeVersion(on: $d0) { id } } }
}`);

type DayVersion = Exclude<ResultOf<typeof versionOnDay>['_entities'][number], Record<PropertyKey, never> | null>['v0'];
/** The answer for many days: `v<i>` for `$d<i>`. */
type OnDaysDocument = TypedDocumentNode<
  { _entities: ({ [alias: `v${number}`]: DayVersion } | null)[] },
  Record<string, unknown>
>;

const onDays = new Map<number, OnDaysDocument>();

/**
 * How many days one request asks for: the count rounded up to a power of two (the last day repeated), so that a
 * year's days need at most ten query texts. One text per count made the scheme service parse, validate and keep a
 * new document for nearly every request of a district's load (its memory grew until it was restarted).
 */
export function requestSize(count: number): number {
  let size = 1;
  while (size < count) size *= 2;
  return size;
}

/** The request for `count` days: the pattern's field and variable repeated as `v<i>` and `$d<i>`, built once per count. */
function versionsOnDays(count: number): OnDaysDocument {
  const kept = onDays.get(count);
  if (kept) return kept;
  const [operation] = versionOnDay.definitions as [OperationDefinitionNode];
  const [representations, day] = operation.variableDefinitions!;
  const entities = operation.selectionSet.selections[0] as FieldNode;
  const [organization] = entities.selectionSet!.selections as [InlineFragmentNode];
  const field = organization.selectionSet.selections[0] as FieldNode;
  const days = Array.from({ length: count }, (_, i) => ({
    kind: Kind.VARIABLE,
    name: { kind: Kind.NAME, value: `d${i}` },
  }));
  const fields = days.map((variable, i) => ({
    ...field,
    alias: { kind: Kind.NAME, value: `v${i}` },
    arguments: field.arguments!.map((argument) => ({ ...argument, value: variable })),
  }));
  const withFields = { ...organization, selectionSet: { ...organization.selectionSet, selections: fields } };
  const document = {
    ...versionOnDay,
    definitions: [
      {
        ...operation,
        variableDefinitions: [representations, ...days.map((variable) => ({ ...day, variable }))],
        selectionSet: {
          ...operation.selectionSet,
          selections: [{ ...entities, selectionSet: { ...entities.selectionSet!, selections: [withFields] } }],
        },
      },
    ],
  } as OnDaysDocument;
  onDays.set(count, document);
  return document;
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
