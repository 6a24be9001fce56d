/** Type-checking is done by `tsc -p tsconfig.test.json` in `npm test`; jest only transpiles (tsconfig.jest.json). */
/** Unit tests sit beside the code (`*.test.ts`); API tests (`*.api.test.ts`) go through the gateway on real PostgreSQL. */
const src = (dir) => `<rootDir>/${dir}/src`;

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/services', '<rootDir>/gateway', '<rootDir>/infra', '<rootDir>/web/src'],
  testMatch: ['**/src/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleNameMapper: {
    '^@jifen/(kit|scheme|ledger|rating)$': src('services/$1'),
    '^@jifen/(gateway|infra)$': src('$1'),
  },
  globalSetup: '<rootDir>/infra/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/infra/src/testing/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 2,
};
