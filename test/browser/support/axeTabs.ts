/**
 * axe on every tab of the pane in a given state (issue #13), each page state scanned once: a tab
 * whose page is exactly as already scanned (same DOM, same focus, e.g. Instellingen after a check)
 * gives axe nothing new, so it is not scanned again (axe's result is a function of the page).
 */
import type { Page } from 'playwright-core';
import { type AxeScan, scan } from './axe';
import { TABS } from './layout';
import type { Pane } from './pane';

/** Findings by place ("state: tab"); a place left out was identical to one already scanned. */
export type Findings = Record<string, AxeScan>;

export class TabScanner {
  private readonly seen = new Set<string>();
  readonly findings: Findings = {};

  constructor(private readonly pane: Pane) {}

  /** Scans the page as it is now under `where`, unless this exact page was scanned before. */
  async here(where: string): Promise<void> {
    const page = this.pane.page as Page;
    const key = await page.evaluate(
      () => `${document.activeElement?.outerHTML.slice(0, 200) ?? ''}\n${document.body.outerHTML}`,
    );
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings[where] = await scan(page);
  }

  /** Every tab, each opened as she would and its own step done (Exporteren prepares its preview). */
  async everyTab(state: string): Promise<void> {
    for (const tab of TABS) {
      await this.pane.openTab(tab);
      await (this.pane.page as Page).waitForLoadState('networkidle');
      await this.pane.stepDone();
      await this.here(`${state}: ${tab}`);
    }
  }

  /**
   * No violation of any impact anywhere; every contrast axe left undecided measured at 4.5:1 or
   * more (null: it could not be measured, which fails too).
   */
  expectClean(): void {
    expect(Object.keys(this.findings).length).toBeGreaterThan(0);
    for (const [where, found] of Object.entries(this.findings)) {
      const weak = found.contrast.filter((check) => check.ratio === null || check.ratio < 4.5);
      expect({ where, violations: found.violations, weakContrast: weak }).toEqual({
        where,
        violations: [],
        weakContrast: [],
      });
    }
  }
}
