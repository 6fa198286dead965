/**
 * The production bundle in dist/, as `npm run build` made it (`npm test` builds once, before jest,
 * and the browser tests use the same build), run in a Node VM with stubs of the globals office.js
 * provides. Catches what unit tests of functions.ts cannot: custom-functions-metadata-plugin's
 * `CustomFunctions.associate` calls (without them Excel shows #NAME?/#BUSY! forever), the pages'
 * script order, and functions.json in the output.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const ROOT = path.resolve(__dirname, '../..');
const outDir = path.join(ROOT, 'dist');

beforeAll(() => {
  // Not rebuilt here (a second webpack run cost ~100 s per `npm test`). When running this file
  // alone, build first: like the browser tests, it tests whatever dist/ holds.
  if (!existsSync(path.join(outDir, 'taskpane.html'))) {
    throw new Error('bundle.test.ts reads the production build: run `npm run build` first (`npm test` does)');
  }
});

const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** The local scripts a page loads, in order (office.js from Microsoft's CDN left out). */
const localScripts = (page: string): string[] =>
  [...read(page).matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !/^https?:/.test(src));

/**
 * Runs the scripts of functions.html (the functions bundle and the chunk it shares with the task
 * pane) as the shared runtime would, and returns what they associated.
 */
function loadFunctions(displayLanguage?: string): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const context: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      Error: StubError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    },
  };
  if (displayLanguage !== undefined) context['Office'] = { context: { displayLanguage } };
  context['globalThis'] = context;
  // Webpack's chunk loading registers chunks on `self` (the page's window).
  context['self'] = context;
  vm.createContext(context);
  for (const script of localScripts('functions.html')) vm.runInContext(read(script), context);
  return associated;
}

test('the output holds the pages, bundles, metadata, manifest and icons', () => {
  for (const file of [
    'taskpane.html',
    'functions.html',
    'functions.js',
    'taskpane.js',
    'functions.json',
    'manifest.xml',
  ]) {
    expect(read(file).length).toBeGreaterThan(0);
  }
  for (const size of [16, 32, 64, 80]) {
    expect(readFileSync(path.join(outDir, 'assets', `icon-${size}.png`))).toEqual(
      readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`)),
    );
  }
});

test('functions.js associates every function of functions.json, once', () => {
  const metadata = JSON.parse(read('functions.json')) as { functions: { id: string }[] };
  const associated = loadFunctions();
  expect([...associated.keys()]).toEqual(metadata.functions.map((f) => f.id));
});

test('the bundled functions work', () => {
  const fns = loadFunctions();
  const call = (id: string, ...args: unknown[]) => fns.get(id)?.(...args);
  expect(call('INSZVALID', '85.07.30-933.01')).toBe(true);
  expect(call('INSZFORMAT', 85073093301)).toBe('85.07.30-933.01');
  expect(call('BIRTHDATETEXT', '30-7-1985')).toBe('30071985');
  expect(call('ROWCHECK', 0, 0, 0, 0, 0)).toBe('');
  expect(() => call('INSZFORMAT', '85073093302')).toThrow(expect.objectContaining({ code: '#VALUE!' }));
});

test('the bundled functions speak Office display language', () => {
  const nl = loadFunctions('nl-BE').get('ROWCHECK')?.(null, 'Janssens', 'Jan', null, null);
  const fr = loadFunctions('fr-BE').get('ROWCHECK')?.(null, 'Janssens', 'Jan', null, null);
  expect(typeof nl).toBe('string');
  expect(typeof fr).toBe('string');
  expect(fr).not.toBe(nl);
});

test('taskpane.html loads office.js first (with its offline fallback), then the functions, then the pane', () => {
  const html = read('taskpane.html');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
  expect(scripts).toEqual([
    'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    'office-fallback.js',
    // What the functions and the pane share (webpack.config.js splitChunks), loaded once.
    'shared.js',
    'functions.js',
    'taskpane.js',
  ]);
  // No other external host: no web fonts, no CDN besides office.js (the CSP names that host too).
  const hosts = new Set([...html.matchAll(/https?:\/\/[^\s"'<>);]+/g)].map((m) => new URL(m[0]).origin));
  expect([...hosts]).toEqual(['https://appsforoffice.microsoft.com']);
});

test('functions.html loads office.js and the functions only', () => {
  const scripts = [...read('functions.html').matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
  expect(scripts).toEqual([
    'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    'shared.js',
    'functions.js',
  ]);
});
