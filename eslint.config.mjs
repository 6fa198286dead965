import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import officeAddins from 'eslint-plugin-office-addins';
import prettier from 'eslint-config-prettier';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The rings of ARCHITECTURE.md (docs/architecture.md has the picture). Each element is a folder;
 * `partialMatch: false` matches the pattern from the project root, so `src/core` never matches a
 * folder that merely ends in `core`. test/lint/ring-boundaries.test.ts lints fixture trees with a
 * different `boundaries/root-path` to prove a forbidden arrow fails.
 */
const RINGS = [
  { type: 'core', pattern: 'src/core', partialMatch: false },
  { type: 'excel', pattern: 'src/excel', partialMatch: false },
  { type: 'functions', pattern: 'src/functions', partialMatch: false },
  { type: 'taskpane', pattern: 'src/taskpane', partialMatch: false },
  { type: 'export-page', pattern: 'src/export-page', partialMatch: false },
  { type: 'sw', pattern: 'src/sw', partialMatch: false },
  { type: 'fake-excel', pattern: 'src/fake-excel', partialMatch: false },
  { type: 'preview', pattern: 'src/preview', partialMatch: false },
  { type: 'test', pattern: 'test', partialMatch: false },
  { type: 'bench', pattern: 'bench', partialMatch: false },
  { type: 'scripts', pattern: 'scripts', partialMatch: false },
];

/** Allowed arrows between rings (besides a ring importing itself). They form a DAG: no cycles. */
const ALLOWED = {
  core: [],
  excel: ['core'],
  functions: ['core'],
  taskpane: ['excel', 'core'],
  'export-page': ['core'],
  // The offline service worker (issue #8) caches the built pages; at most core's codecs.
  sw: ['core'],
  // The fake Excel host models Excel, not the product: it needs nothing of ours.
  'fake-excel': [],
  preview: ['taskpane', 'fake-excel', 'excel', 'core'],
  test: RINGS.map((ring) => ring.type),
  bench: RINGS.map((ring) => ring.type),
  scripts: RINGS.map((ring) => ring.type),
};

const ringPolicies = Object.entries(ALLOWED).map(([from, to]) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: [from, ...to] } } } },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-bench/**',
      'node_modules/**',
      'coverage/**',
      // Deliberately broken import trees, linted by test/lint/ring-boundaries.test.ts only.
      'test/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      // Office.js house rules (ARCHITECTURE: "never sync inside a loop", load before reading).
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // Promise mistakes need type information: a floating `Excel.run(...)` or a promise passed where
    // a void callback is expected loses its error silently. The project service reuses tsconfig.json
    // (it includes src/); only src/ is linted with types to keep `npm run lint` quick.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // Rings: every import between our folders must follow an allowed arrow (ARCHITECTURE.md).
    files: ['src/**', 'test/**', 'bench/**', 'scripts/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': root,
      'boundaries/elements': RINGS,
      'boundaries/include': ['src/**', 'test/**', 'bench/**', 'scripts/**'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: ringPolicies }],
      // Every file under src/ belongs to a ring: a new top-level folder must be placed in RINGS.
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
