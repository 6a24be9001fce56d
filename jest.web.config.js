/** Browser tests (`npm run test:web`): the real platform with the built web app (web/dist), driven by Debian's Chromium. */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/web/e2e'],
  testMatch: ['**/*.web.test.ts'],
  // One browser and one platform at a time on a 2-core machine.
  maxWorkers: 1,
  testTimeout: 180000,
};
