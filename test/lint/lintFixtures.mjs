// Lints the ring-boundary fixtures with the project's eslint.config.mjs through ESLint's Node API and
// prints one JSON array: [{ file, messages: [{ ruleId, message, line }] }], file relative to the
// fixture root. Used by ringBoundaries.test.ts (see there why this runs in its own process).
//
//   node test/lint/lintFixtures.mjs <project root> <fixture root>

import { relative, join } from 'node:path';
import { ESLint } from 'eslint';

const [projectRoot, fixtureRoot] = process.argv.slice(2);
if (!projectRoot || !fixtureRoot) {
  console.error('usage: node test/lint/lintFixtures.mjs <project root> <fixture root>');
  process.exit(2);
}

const eslint = new ESLint({
  // The fixture folder plays the project root: config globs (src/**, test/**) and the rings'
  // patterns (src/core, ...) resolve against it.
  cwd: fixtureRoot,
  overrideConfigFile: join(projectRoot, 'eslint.config.mjs'),
  overrideConfig: {
    settings: { 'boundaries/root-path': fixtureRoot },
    // Only the boundary rules are under test: no TypeScript program for the type-aware rules (it
    // would load the whole project and take most of the run).
    languageOptions: { parserOptions: { projectService: false } },
  },
  ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/'),
});
const results = await eslint.lintFiles(['src', 'test']);
const summary = results.map((result) => ({
  file: relative(fixtureRoot, result.filePath).split('\\').join('/'),
  messages: result.messages.map(({ ruleId, message, line }) => ({ ruleId, message, line })),
}));
process.stdout.write(JSON.stringify(summary));
