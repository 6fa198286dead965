/**
 * Browser tests (ARCHITECTURE "Testing", task pane): the built add-in in a real Chromium driven by
 * playwright-core, with the fake Excel host standing in for office.js. Run after `npm run build`:
 *
 *   npm run test:browser            (CHROMIUM_PATH overrides /usr/bin/chromium)
 *
 * Each test file starts its own static server and browser; two files run at a time.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  testPathIgnorePatterns: ['/node_modules/'],
  maxWorkers: 2,
  // Hang guards, not speed checks (speed is measured in `npm run bench`).
  testTimeout: 300_000,
  slowTestThreshold: 30,
};
