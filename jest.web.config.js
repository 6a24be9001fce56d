/** Browser tests (`npm run test:web`): the real platform with the built web app (web/dist), driven by Debian's Chromium. */
const { projects } = require('./jest.config.js');

/** The API tests' project (the PostgreSQL global setup, the module names), with the browser tests instead. */
const api = projects.find((project) => project.displayName === 'api');

module.exports = {
  ...api,
  displayName: 'web',
  roots: ['<rootDir>/web/e2e'],
  testMatch: ['**/*.web.test.ts'],
  // One browser and one platform at a time on a 2-core machine.
  maxWorkers: 1,
  testTimeout: 180000,
};
