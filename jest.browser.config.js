/**
 * Browser tests (ARCHITECTURE "Testing", task pane): the built add-in in a real Chromium driven by
 * playwright-core, with the fake Excel host standing in for office.js. Run after `npm run build`:
 *
 *   npm run test:browser            (CHROMIUM_PATH overrides /usr/bin/chromium)
 *
 * One Chromium for the run (test/browser/support/globalSetup.ts); each test file starts its own
 * static server and connects to it, with fresh browser contexts per test.
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
  // Three files at a time, also on two cores: a browser test spends much of its time waiting (for a
  // frame, an animation, a poll interval, Chromium's other processes), so two workers left the
  // cores about half idle on a quiet machine (2 workers: ~330 s of wall for ~200 s of CPU).
  maxWorkers: 3,
  globalSetup: '<rootDir>/test/browser/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/browser/support/globalTeardown.ts',
  testSequencer: '<rootDir>/test/browser/support/sequencer.js',
  // Hang guards, not speed checks (speed is measured in `npm run bench`).
  testTimeout: 300_000,
  slowTestThreshold: 30,
};
