/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type-checking is done once by `npm run typecheck` (tsc); ts-jest only transpiles here, file
    // by file (ts.transpileModule), because tsconfig.json sets `isolatedModules` (ts-jest's own
    // `isolatedModules` option is deprecated in favour of that setting).
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  // Jest's default, named because jest.browser.config.js reuses it.
  transformIgnorePatterns: ['/node_modules/'],
  // A guard, not a timing assertion: HyperFormula-evaluated suites can take seconds per test on a
  // loaded 2-core machine; speed is measured in `npm run bench`, never in unit tests.
  testTimeout: 120_000,
  // Jest's default is one worker less than the cores: one worker on the 2-core CI machine, while
  // the suites are CPU-bound and independent. One per core keeps both busy (~40% less wall time).
  maxWorkers: '100%',
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  // The slowest suites first also on a cold cache, so no worker runs one alone at the end.
  testSequencer: '<rootDir>/test/support/testSequencer.cjs',
};
