import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every `graphql(...)` call under src/, from the API schema clients see (schema/api.graphql,
// printed and checked by tools/schema/src/print-schemas.ts). The output is committed; CI checks it for drift.
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // The API's Date is a calendar day, YYYY-MM-DD, as the services' codegen types it.
      config: {
        scalars: { Date: 'string' },
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        documentMode: 'string',
      },
    },
  },
};

export default config;
