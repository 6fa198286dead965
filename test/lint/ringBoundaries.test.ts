/**
 * The rings of ARCHITECTURE.md are enforced by eslint-plugin-boundaries in eslint.config.mjs. These
 * tests lint a small fixture tree (test/lint/fixtures, laid out like the project: src/<ring>, test/)
 * with the project's real config and prove that each forbidden arrow is reported and each allowed
 * one is not. `npx eslint .` ignores the fixtures; here the fixture folder is the project root.
 *
 * ESLint loads eslint.config.mjs with a native dynamic import, which Jest's CommonJS sandbox cannot
 * run, so the Node API runs in a child Node process (test/lint/lintFixtures.mjs).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface FileResult {
  file: string;
  messages: { ruleId: string | null; message: string; line: number }[];
}

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(__dirname, 'fixtures');

function lintFixtures(): Map<string, FileResult['messages']> {
  const output = execFileSync(process.execPath, [join(__dirname, 'lintFixtures.mjs'), ROOT, FIXTURES], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const results = JSON.parse(output) as FileResult[];
  return new Map(results.map((result) => [result.file, result.messages]));
}

let results: Map<string, FileResult['messages']>;

beforeAll(() => {
  results = lintFixtures();
}, 120_000);

function ruleIds(file: string): (string | null)[] {
  const messages = results.get(file);
  if (messages === undefined) throw new Error(`${file} was not linted`);
  return messages.map((message) => message.ruleId);
}

describe('ring boundaries (eslint-plugin-boundaries)', () => {
  test.each([
    ['src/core/importsExcel.ts', 'core -> excel'],
    ['src/excel/importsTaskpane.ts', 'excel -> taskpane'],
    ['src/functions/importsExcel.ts', 'functions -> excel'],
    ['src/export-page/importsTaskpane.ts', 'export-page -> taskpane'],
    ['src/fake-excel/importsCore.ts', 'fake-excel -> core'],
    ['src/taskpane/importsTestSupport.ts', 'src -> test'],
  ])('%s: the forbidden arrow %s fails', (file) => {
    expect(ruleIds(file)).toEqual(['boundaries/dependencies']);
    expect(results.get(file)?.[0]?.message).toMatch(/no policy allowing dependencies/i);
  });

  test.each([
    ['src/core/rule.ts', 'core with no imports'],
    ['src/excel/reader.ts', 'excel -> core'],
    ['src/taskpane/pane.ts', 'taskpane -> excel, core'],
    ['src/fake-excel/host.ts', 'fake-excel with no imports'],
    ['src/preview/preview.ts', 'preview -> taskpane, fake-excel, excel, core'],
    ['test/support/helper.ts', 'test -> any ring'],
  ])('%s: the allowed arrows (%s) pass', (file) => {
    expect(ruleIds(file)).toEqual([]);
  });

  test('a folder under src/ that is no ring is reported', () => {
    expect(ruleIds('src/unplaced/orphan.ts')).toEqual(['boundaries/no-unknown-files']);
  });
});
