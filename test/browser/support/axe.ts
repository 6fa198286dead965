/**
 * Accessibility scan with axe-core (@axe-core/playwright), reduced to what a test asserts on:
 * the violations (all, or the serious and critical ones), one line per rule and element.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Fluent UI v9's focus management (tabster) puts `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` around focus groups; a dummy only passes focus on and must stay hidden from
 * screen readers, so aria-hidden-focus flags it by design (microsoft/tabster#288; Microsoft's own
 * Accessibility Insights drops these results, microsoft/accessibility-insights-web#7605). Only
 * that rule and only those elements are set aside; everything else counts.
 */
function isTabsterDummy(rule: string, html: string): boolean {
  return rule === 'aria-hidden-focus' && /\sdata-tabster-dummy(=|\s|>)/.test(html);
}

/**
 * Issue #13: "contrast >= 4.5:1 at every text size". WCAG 1.4.3 (axe's color-contrast) asks 4.5:1
 * of normal text but only 3:1 of large text (18 pt, or 14 pt bold); the pane asks 4.5:1 of both,
 * through the rule's own option (axe-core color-contrast `contrastRatio`), so the rule stays
 * axe's, only stricter. @axe-core/playwright has no `configure`: the call rides along with the axe
 * source it injects into every frame (its `axeSource` parameter).
 */
const CONTRAST_AT_EVERY_SIZE = {
  checks: [
    {
      id: 'color-contrast',
      options: { contrastRatio: { normal: { expected: 4.5 }, large: { expected: 4.5 } } },
    },
  ],
};
const AXE_SOURCE = `${axe.source}\n;axe.configure(${JSON.stringify(CONTRAST_AT_EVERY_SIZE)});`;

/**
 * Waits for the page's finite CSS transitions and animations (e.g. a button fading from its
 * disabled to its enabled colours when a step finishes): axe measures colours as they are at
 * that instant, and a colour half-way through a 100 ms transition is no colour a person reads.
 * Endless ones (a spinner) are left running.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** WCAG 2.x A and AA rules plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Every violation of any impact (issue #13: "axe with no violations of any impact on every tab"),
 * with the same single exception as {@link seriousViolations}: tabster's focus dummies.
 */
export function allViolations(page: Page, options: { exclude?: string[] } = {}): Promise<AxeFinding[]> {
  return violations(page, options, () => true);
}

export function seriousViolations(page: Page, options: { exclude?: string[] } = {}): Promise<AxeFinding[]> {
  return violations(page, options, (impact) => impact === 'serious' || impact === 'critical');
}

async function violations(
  page: Page,
  options: { exclude?: string[] },
  counts: (impact: string | null | undefined) => boolean,
): Promise<AxeFinding[]> {
  await settleAnimations(page);
  let builder = new AxeBuilder({ page, axeSource: AXE_SOURCE }).withTags(TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => counts(v.impact))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.filter((n) => !isTabsterDummy(v.id, n.html)).map((n) => n.target.join(' ')),
    }))
    .filter((v) => v.targets.length > 0);
}
