/**
 * The day register at task-pane sizes (issue #13, issue #9): at 320x600 and 450x800 the register
 * form (with errors, then made), a register check with groups, and a register export done fit on
 * every tab (no horizontal scrolling, one row of tabs, file names wrapping at their separators);
 * at 320x700 the first problem of a register check shows without scrolling. The scenario is
 * played once, each state measured at 320x600 and again resized to 450x800 (support/layout.ts
 * `expectFitsAt`).
 */
import type { Page } from 'playwright-core';
import { eventually } from './support/eventually';
import { everyTab, expectFitsAt, placeOf, LAYOUT_SIZES } from './support/layout';
import { checkedRegister, registerForm } from './support/register';
import { useSession } from './support/session';

const session = useSession();

const SIZES = LAYOUT_SIZES;

test('at 320x600 and 450x800 the register form, a register check with groups and a register export fit on every tab', async () => {
  const { pane } = await session.openPane({ viewport: SIZES[0] });
  const page = pane.page as Page;
  const form = await registerForm(pane);
  await form.insz.fill('123');
  expect(await form.submit()).toBe(pane.m.formHasErrors(1));
  await expectFitsAt(pane, 'register form errors: new', SIZES);
  await form.insz.fill('');

  expect(await checkedRegister(pane)).toBe(pane.m.summaryLine(30, 28, 2, 0));
  await expect(page.getByTestId('register-groups').count()).resolves.toBe(1);
  await everyTab(pane, 'register check with groups', SIZES);

  const panel = await pane.openTab('export');
  await panel.getByTestId('register-export-button').click();
  await panel.getByTestId('register-export-summary').waitFor();
  await everyTab(pane, 'register export done', SIZES);
});

test('register check at 320x700: the verdict first, the first problem visible without scrolling', async () => {
  const viewport = { width: 320, height: 700 };
  const { pane } = await session.openPane({ viewport });
  const page = pane.page as Page;
  await checkedRegister(pane);
  await pane.openTab('check');
  const verdict = await placeOf(page, 'check-summary');
  const first = await placeOf(page, 'issue-row');
  expect(first.scrolled).toBe(0);
  expect(verdict.bottom).toBeLessThanOrEqual(first.top);
  expect(first.bottom).toBeLessThanOrEqual(viewport.height);
});

test('register export at 320 px: every file name wraps at its separators, never inside a word', async () => {
  const { pane } = await session.openPane({ viewport: { width: 320, height: 600 } });
  await checkedRegister(pane);
  const panel = await pane.openTab('export');
  const names = panel.getByTestId('register-export-groups').getByTestId('register-export-file');
  await eventually(
    () => names.count(),
    (count) => expect(count).toBeGreaterThan(0),
  );
  // Each name's lines, as rendered: every line but the last ends at a separator (_ - .).
  const lines = await names.evaluateAll((elements) =>
    elements.map((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      const ends: string[] = [];
      let text = '';
      let top: number | null = null;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const chars = node.textContent ?? '';
        for (let i = 0; i < chars.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rowTop = Math.round(range.getBoundingClientRect().top);
          if (top !== null && rowTop > top) ends.push(text.at(-1) ?? '');
          top = rowTop;
          text += chars[i];
        }
      }
      return { text, ends };
    }),
  );
  // At 320 px the names do wrap: the check below has lines to look at.
  expect(lines.some((line) => line.ends.length > 0)).toBe(true);
  for (const { text, ends } of lines) {
    expect({ text, ends: ends.filter((end) => !['_', '-', '.'].includes(end)) }).toEqual({ text, ends: [] });
  }
});
