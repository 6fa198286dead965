/**
 * Accessibility (axe-core, WCAG 2.x A/AA and best practices): no violation of any impact in the
 * task pane (issue #13), on every tab, in each display language (one page load per language),
 * and the texts whose contrast axe leaves undecided measured at 4.5:1 or more (support/axe.ts
 * `scan`). The preview page (no serious or critical violation) is scanned in preview.test.ts, on
 * the page that suite loads anyway. The states a nurse meets later
 * (a check, an export, a day register) are scanned in accessibilityStates.test.ts and
 * accessibilityRegister.test.ts, so jest's two browser workers share the scans.
 *
 * The one exception (support/axe.ts): Fluent's focus-trap dummies (`data-tabster-dummy`), which
 * are focusable inside aria-hidden by design and only pass focus on (microsoft/tabster#288).
 * docs/decisions/0011-axe-exception-tabster-dummies.md.
 */
import type { Page } from 'playwright-core';
import { allViolations } from './support/axe';
import { TabScanner } from './support/axeTabs';
import { eventually } from './support/eventually';
import { useSession } from './support/session';

const session = useSession();

/** The Dutch pane of the first test, kept for the contrast test (one page load fewer). */
let dutch: Page | undefined;

test.each([
  ['nl-BE', undefined, 'nl'],
  ['fr-FR', 'fr-FR', 'fr'],
  ['en-US', 'en-US', 'en'],
] as const)('task pane in %s: no violation of any impact on any tab', async (_label, lang, language) => {
  // The Dutch page (Office's default language, no `lang`) stays open for the contrast test.
  const { pane } = await session.openPane(lang === undefined ? { shared: true } : { lang, language });
  await (pane.page as Page).waitForLoadState('networkidle');
  const scanner = new TabScanner(pane);
  await scanner.everyTab('start');
  // The batch form submitted empty: every field marked.
  const form = await pane.openTab('new');
  await form.getByRole('button', { name: pane.m.createBatch }).click();
  await eventually(
    async () => ((await form.getByTestId('new-batch-result').textContent()) ?? '').trim(),
    (text) => expect(text).not.toBe(''),
  );
  await scanner.here('form errors');
  scanner.expectClean();
  if (language === 'nl') dutch = pane.page as Page;
});

test('the contrast rule asks 4.5:1 of large text too (issue #13: at every text size)', async () => {
  // The Dutch pane the first test left clean (no violation of any impact: the probe below is the
  // only thing that can fail), or a new one when that test did not run or failed.
  const page = dutch ?? ((await session.openPane()).pane.page as Page);
  // 32 px grey on white, about 3.5:1: enough for WCAG's large text (3:1), not for the pane. (Its
  // own line height: text overflowing its box is "partially obscured" to axe, not measured.)
  await page.evaluate(() => {
    const probe = document.createElement('p');
    probe.id = 'contrast-probe';
    probe.textContent = 'Groot';
    probe.style.cssText = 'font-size: 32px; line-height: 1.5; color: #8a8a8a; background: #ffffff';
    document.querySelector('main')?.prepend(probe);
  });
  const found = await allViolations(page);
  expect(found.filter((finding) => finding.rule === 'color-contrast').flatMap((f) => f.targets)).toEqual([
    '#contrast-probe',
  ]);
});
