/**
 * Accessibility scan with axe-core, reduced to what a test asserts on: the violations (all, or the
 * serious and critical ones), one line per rule and element.
 *
 * axe runs in the page itself (`axe.run`, frames reached by axe's own same-origin messaging), injected
 * once per document. @axe-core/playwright's `analyze` re-injected the 550 kB axe source into every
 * frame on every scan and finished each run in a new blank page (`axe.runPartial` + `finishRun`):
 * about 2 of its 3 seconds per scan on a loaded machine, for the same rules, options and results.
 */
import type { AxeResults, ContextObject, RunOptions } from 'axe-core';
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';

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
 * axe's, only stricter. The `configure` call rides along with the axe source injected into every
 * frame.
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
  return findingsOf(await analyze(page, options), counts);
}

/**
 * axe (configured as above) in every frame of the page that does not have it yet: the top frame
 * runs the scan and asks the frames below it for their part. A frame that cannot take it (detached
 * while we ask) is left out, as @axe-core/playwright leaves it out.
 */
async function inject(page: Page): Promise<void> {
  const hasAxe = (frame: Frame): Promise<boolean> =>
    frame.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function');
  for (const frame of page.frames()) {
    try {
      if (!(await hasAxe(frame))) await frame.evaluate(AXE_SOURCE);
    } catch (error) {
      if (frame === page.mainFrame()) throw error;
    }
  }
}

async function analyze(page: Page, options: { exclude?: string[] }): Promise<AxeResults> {
  await settleAnimations(page);
  await inject(page);
  const exclude = (options.exclude ?? []).map((selector) => [selector]);
  // Only the violations and the undecided ("incomplete") results are read: axe then reports one
  // node per passed or inapplicable rule instead of building a selector and an HTML excerpt for
  // every element that passed, which was most of a scan's time. Which rules run, and what they
  // find, is the same.
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: TAGS },
    resultTypes: ['violations', 'incomplete'],
  };
  return page.evaluate(
    async ([excluded, run]) => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      const context: ContextObject | Document =
        excluded.length === 0 ? document : ({ exclude: excluded } as ContextObject);
      return inPage.run(context, run);
    },
    [exclude, runOptions] as const,
  );
}

function findingsOf(
  results: AxeResults,
  counts: (impact: string | null | undefined) => boolean,
): AxeFinding[] {
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

/** A text axe could not measure (color-contrast "incomplete"), measured here instead. */
export interface ContrastCheck {
  readonly target: string;
  /** axe's reason for not deciding (its messageKey: bgOverlap, pseudoContent, ...). */
  readonly reason: string;
  /** The text colour against what is painted behind it; null when no colour could be composed. */
  readonly ratio: number | null;
}

/** What a scan found: the violations (any impact) and axe's undecided contrasts, measured. */
export interface AxeScan {
  readonly violations: AxeFinding[];
  readonly contrast: ContrastCheck[];
}

/**
 * Every violation of any impact, and each text whose contrast axe left "incomplete" (it does not
 * guess when another element overlaps the text, a pseudo-element may paint behind it, ...)
 * measured in the page: the text's colour against the colours painted behind its centre, found
 * with `document.elementsFromPoint` (what the browser really stacks there, overlapping elements
 * included) and composed from the top down until an opaque one (WCAG 2.x relative luminance and
 * contrast ratio). A background image or gradient on the way makes the ratio null: not measured,
 * so a test can refuse it. docs/decisions/0011.
 */
export async function scan(page: Page): Promise<AxeScan> {
  const results = await analyze(page, {});
  const undecided = results.incomplete
    .filter((rule) => rule.id === 'color-contrast')
    .flatMap((rule) =>
      rule.nodes.map((node) => ({
        target: node.target.join(' '),
        reason: String((node.any[0]?.data as { messageKey?: string } | null)?.messageKey ?? 'unknown'),
      })),
    );
  const ratios = await page.evaluate(
    (targets) => {
      type Rgba = readonly [number, number, number, number];
      const parse = (css: string): Rgba | null => {
        const found = /rgba?\(([^)]*)\)/u.exec(css);
        if (found === null) return null;
        const [r = 0, g = 0, b = 0, a = 1] = (found[1] ?? '')
          .split(/[\s,/]+/u)
          .filter((part) => part !== '')
          .map((part) => (part.endsWith('%') ? Number.parseFloat(part) / 100 : Number.parseFloat(part)));
        return [r, g, b, a];
      };
      // `top` painted over an opaque `bottom` (source-over).
      const over = (top: Rgba, bottom: Rgba): Rgba => [
        top[0] * top[3] + bottom[0] * (1 - top[3]),
        top[1] * top[3] + bottom[1] * (1 - top[3]),
        top[2] * top[3] + bottom[2] * (1 - top[3]),
        1,
      ];
      // WCAG 2.x relative luminance.
      const luminance = (color: Rgba): number => {
        const channel = (value: number): number => {
          const c = value / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(color[0]) + 0.7152 * channel(color[1]) + 0.0722 * channel(color[2]);
      };
      return targets.map((target): number | null => {
        const element = document.querySelector(target);
        if (element === null) return null;
        const box = element.getBoundingClientRect();
        const stack = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        // Behind the text: the element itself and everything the browser stacks below it there (its
        // ancestors, or an element it overlaps); an element stacked above it covers the text.
        const at = stack.indexOf(element);
        const above = at === -1 ? [] : stack.slice(0, at).filter((other) => !element.contains(other));
        const behind = at === -1 ? [element] : stack.slice(at);
        const layers: Rgba[] = [];
        for (const layer of [...above, ...behind]) {
          const style = getComputedStyle(layer);
          if (style.backgroundImage !== 'none') return null;
          // A ::before or ::after may paint behind the text; not composed here, so not measured.
          for (const pseudo of ['::before', '::after']) {
            const painted = getComputedStyle(layer, pseudo);
            const fill = parse(painted.backgroundColor);
            if (painted.content !== 'none' && (painted.backgroundImage !== 'none' || (fill?.[3] ?? 0) > 0))
              return null;
          }
          const color = parse(style.backgroundColor);
          if (color === null) return null;
          if (color[3] > 0 && above.includes(layer)) return null;
          layers.push(color);
        }
        let background: Rgba = [255, 255, 255, 1];
        for (const layer of layers.reverse()) background = over(layer, background);
        const text = parse(getComputedStyle(element).color);
        if (text === null) return null;
        const [light, dark] = [luminance(over(text, background)), luminance(background)].sort(
          (a, b) => b - a,
        );
        return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
      });
    },
    undecided.map((item) => item.target),
  );
  return {
    violations: findingsOf(results, () => true),
    contrast: undecided.map((item, i) => ({ ...item, ratio: ratios[i] ?? null })),
  };
}
