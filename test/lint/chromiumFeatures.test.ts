/**
 * The browser tests' Chromium flags (test/browser/support/harness.ts CHROMIUM_ARGS) pass their own
 * `--disable-features`, which replaces Playwright's list instead of adding to it (Chromium keeps the
 * last value of a switch), so the harness repeats Playwright's list. This test reads that list
 * from the installed playwright-core and fails when an upgrade added a feature the harness does not
 * repeat, instead of letting it be switched back on without anyone noticing.
 */
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../browser/support/harness';

/** playwright-core's `disabledFeatures` (server/chromium/chromiumSwitches.ts, bundled into lib/coreBundle.js). */
function playwrightDisabledFeatures(): string[] {
  const bundle = readFileSync(require.resolve('playwright-core/lib/coreBundle'), 'utf8');
  const section = bundle.indexOf('chromium/chromiumSwitches.ts');
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle.slice(section));
  if (section < 0 || list === null) {
    throw new Error(
      "playwright-core's disabledFeatures list was not found in lib/coreBundle.js: find it in the new version and check CHROMIUM_ARGS in test/browser/support/harness.ts against it",
    );
  }
  // The strings of the array literal, without its comments.
  const body = (list[1] as string).replace(/\/\/.*$/gm, '');
  return [...body.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string).filter(Boolean);
}

test("the harness's --disable-features repeats every feature Playwright disables", () => {
  const flag = CHROMIUM_ARGS.filter((arg) => arg.startsWith('--disable-features='));
  expect(flag).toHaveLength(1);
  const ours = new Set((flag[0] as string).slice('--disable-features='.length).split(','));
  const theirs = playwrightDisabledFeatures();
  expect(theirs.length).toBeGreaterThan(5);
  expect(theirs.filter((feature) => !ours.has(feature))).toEqual([]);
  // And what the harness adds on top (harness.ts says why).
  expect(ours.has('WebUIOmniboxPopup')).toBe(true);
});
