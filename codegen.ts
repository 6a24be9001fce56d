import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents (`npm run codegen`; `npm run codegen:check` fails when a generated file is out of date).
 * Each consumer writes its documents inline with a tag named after the schema it calls — `ledgerGraphql`,
 * `schemeGraphql`, `ratingGraphql` for a subgraph (its committed SDL under schema/, internal fields included),
 * `apiGraphql` for the gateway's API — and gets them back typed (result and variables) from its own generated/ folder.
 * The gateway's own operations (the browser's sign-in) and the benchmark's are written against the API too.
 */
const subgraph = (service: 'ledger' | 'scheme' | 'rating') => ({
  [`schema/${service}.graphql`]: { loader: './codegen/subgraph-schema.js' },
});
const api = 'schema/api.graphql';
const tags = { ledger: 'ledgerGraphql', scheme: 'schemeGraphql', rating: 'ratingGraphql', api: 'apiGraphql' } as const;

/** One generated folder: the documents of `sources` written with the tag of `target`, typed against its schema. */
function output(sources: string[], target: keyof typeof tags, scalars: Record<string, string>) {
  const tag = tags[target];
  return {
    schema: target === 'api' ? api : subgraph(target),
    documents: Object.fromEntries(
      sources.map((glob) => [glob, { pluckConfig: { skipIndent: true, globalGqlIdentifierName: [tag], modules: [] } }]),
    ),
    preset: 'client' as const,
    presetConfig: { gqlTagName: tag, fragmentMasking: false },
    config: {
      scalars: { ...federationScalars, ...scalars },
      enumsAsTypes: true,
      useTypeImports: true,
      avoidOptionals: { field: true },
      strictScalars: true,
      onlyOperationTypes: true,
      documentMode: 'documentNode',
    },
  };
}

/** A subgraph's federation scalars: an entity reference names its type and its key. */
const federationScalars = {
  _Any: '{ __typename: string; [key: string]: unknown }',
  FieldSet: 'string',
  federation__FieldSet: 'string',
  federation__Scope: 'string',
  federation__Policy: 'string',
  federation__ContextFieldValue: 'string',
  link__Import: 'unknown',
};

/** Services read what other services answer: JSON objects stay `unknown` until checked. */
const serviceScalars = { Date: 'string', JSONObject: 'Record<string, unknown>' };
/** Tests compare whole answers: JSON objects are open. */
const testScalars = { Date: 'string', JSONObject: 'Record<string, any>' };

const serviceSources = (dir: string) => [`${dir}/src/**/*.ts`, `!${dir}/src/generated/**`];
const testSources = ['tests/api/src/**/*.ts', 'tests/support/src/**/*.ts', '!tests/api/src/generated/**'];

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    'services/kit/src/generated/ledger/': output(serviceSources('services/kit'), 'ledger', serviceScalars),
    'services/ledger/src/generated/scheme/': output(serviceSources('services/ledger'), 'scheme', serviceScalars),
    'services/ledger/src/generated/rating/': output(serviceSources('services/ledger'), 'rating', serviceScalars),
    'services/rating/src/generated/ledger/': output(serviceSources('services/rating'), 'ledger', serviceScalars),
    'services/rating/src/generated/scheme/': output(serviceSources('services/rating'), 'scheme', serviceScalars),
    'gateway/src/generated/api/': output(serviceSources('gateway'), 'api', serviceScalars),
    'tools/bench/src/generated/api/': output(serviceSources('tools/bench'), 'api', serviceScalars),
    'tests/api/src/generated/api/': output(testSources, 'api', testScalars),
    'tests/api/src/generated/ledger/': output(testSources, 'ledger', testScalars),
    'tests/api/src/generated/scheme/': output(testSources, 'scheme', testScalars),
    'tests/api/src/generated/rating/': output(testSources, 'rating', testScalars),
  },
};

export default config;
