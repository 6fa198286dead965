/**
 * Accessibility scan with axe-core (@axe-core/playwright), reduced to what a test asserts on:
 * the violations (all, or the serious and critical ones), one line per rule and element.
 */
import AxeBuilder from '@axe-core/playwright';
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
  let builder = new AxeBuilder({ page }).withTags(TAGS);
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
