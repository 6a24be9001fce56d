/** Type-checking is done by `tsc -p tsconfig.test.json` in `npm test`; jest only transpiles (tsconfig.jest.json). */
/**
 * Three projects. `unit`: pure tests beside the code, no database (`npm run test:unit`, `npm run test:watch`).
 * `database`: tests that need PostgreSQL (storage tests, the launcher's, infra's database tests). `api`: the API
 * tests through the gateway (`*.api.test.ts`, `npm run test:api`). The last two share the global setup that provides
 * PostgreSQL (DATABASE_URL's server, else an embedded one); jest runs it only when one of their tests is selected.
 */
const src = (dir) => `<rootDir>/${dir}/src`;

/** Tests that need PostgreSQL although their names do not say so. */
const DATABASE_TESTS = [
  '<rootDir>/services/kit/src/database/prepared.test.ts',
  '<rootDir>/infra/src/database/kept-token-secret.test.ts',
  '<rootDir>/infra/src/database/provide-database.test.ts',
  '<rootDir>/infra/src/launcher/first-run-messages.test.ts',
  '<rootDir>/infra/src/launcher/launcher-restarts.test.ts',
];
/** A path as a testPathIgnorePatterns entry (a regular expression). */
const pattern = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$';
const STORAGE_TESTS = '<rootDir>/**/src/**/*.storage.test.ts';
const API_TESTS = '<rootDir>/**/src/**/*.api.test.ts';

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/services', '<rootDir>/gateway', '<rootDir>/infra', '<rootDir>/web/src'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleNameMapper: {
    '^@jifen/(rules|kit|scheme|ledger|rating)$': src('services/$1'),
    '^@jifen/kit/server$': `${src('services/kit')}/server`,
    '^@jifen/rules/periods$': `${src('services/rules')}/periods/periods`,
    '^@jifen/(gateway|infra)$': src('$1'),
  },
};
const withDatabase = {
  globalSetup: '<rootDir>/infra/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/infra/src/testing/global-teardown.ts',
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/**/src/**/*.test.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '\\.storage\\.test\\.ts$',
        '\\.api\\.test\\.ts$',
        ...DATABASE_TESTS.map(pattern),
      ],
    },
    { ...shared, ...withDatabase, displayName: 'database', testMatch: [STORAGE_TESTS, ...DATABASE_TESTS] },
    { ...shared, ...withDatabase, displayName: 'api', testMatch: [API_TESTS] },
  ],
  testTimeout: 120000,
  maxWorkers: 2,
};
