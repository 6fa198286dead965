/**
 * The pane's fit at task-pane sizes (issue #13): every visible element's box against the viewport
 * width (no horizontal scrolling), and the tabs on one row. Shared by layout*.test.ts.
 */
import type { Page } from 'playwright-core';
import type { Pane } from './pane';

export const TABS = ['new', 'check', 'export', 'upload', 'settings'] as const;

interface Fit {
  readonly viewport: number;
  readonly scrollWidth: number;
  /** Elements whose box reaches past the viewport's left or right edge. */
  readonly wide: string[];
  /** Distinct top offsets of the tabs: one value means one row. */
  readonly tabRows: number;
}

/** Measures the page as rendered: every visible element's box against the viewport width. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const describe = (el: Element): string => {
      const id = el.getAttribute('data-testid') ?? el.id;
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id === '' ? '' : `#${id}`} "${text}"`;
    };
    const wide: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > viewport + 0.5 || box.left < -0.5)
        wide.push(`${describe(el)} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
    const tops = Array.from(document.querySelectorAll('[role=tab]')).map((tab) =>
      Math.round(tab.getBoundingClientRect().top),
    );
    return {
      viewport,
      scrollWidth: document.documentElement.scrollWidth,
      wide,
      tabRows: new Set(tops).size,
    };
  });
}

/** No element past the viewport, no horizontal scrolling, one row of tabs; `where` names the failure. */
export async function expectFits(pane: Pane, where: string): Promise<void> {
  const page = pane.page as Page;
  const fit = await measure(page);
  expect({ where, ...fit }).toEqual({
    where,
    viewport: fit.viewport,
    scrollWidth: fit.viewport,
    wide: [],
    tabRows: 1,
  });
}

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** The layout suites' sizes: each scenario opens the pane at the first and resizes it to the second in every state. */
export const LAYOUT_SIZES: readonly [Viewport, Viewport] = [
  { width: 320, height: 600 },
  { width: 450, height: 800 },
];

/** The page at `size`, laid out anew (resize observers and what they render, then a frame). */
async function resize(page: Page, size: Viewport): Promise<void> {
  const now = page.viewportSize();
  if (now?.width === size.width && now.height === size.height) return;
  await page.setViewportSize(size);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}

/**
 * {@link expectFits} at each size in turn, the pane resized as a user resizes it in Office (one
 * state, measured at every size, instead of the same scenario played once per size); the page is
 * back at the first size afterwards.
 */
export async function expectFitsAt(pane: Pane, where: string, sizes: readonly Viewport[]): Promise<void> {
  const page = pane.page as Page;
  for (const size of sizes) {
    await resize(page, size);
    await expectFits(pane, `${where} at ${size.width}x${size.height}`);
  }
  const [first] = sizes;
  if (first !== undefined) await resize(page, first);
}

/**
 * {@link expectFits} on every tab, each opened as she would and its own step done; with `sizes`,
 * {@link expectFitsAt} those sizes.
 */
export async function everyTab(pane: Pane, state: string, sizes?: readonly Viewport[]): Promise<void> {
  for (const tab of TABS) {
    await pane.openTab(tab);
    await (pane.page as Page).waitForLoadState('networkidle');
    await pane.stepDone();
    if (sizes === undefined) await expectFits(pane, `${state}: ${tab}`);
    else await expectFitsAt(pane, `${state}: ${tab}`, sizes);
  }
}

/** Where the element is, relative to the viewport, and whether the page scrolled. */
export async function placeOf(page: Page, testId: string) {
  return page
    .getByTestId(testId)
    .first()
    .evaluate((node) => {
      const box = node.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, scrolled: window.scrollY };
    });
}
