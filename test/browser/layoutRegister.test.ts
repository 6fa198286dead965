/**
 * The day register at task-pane sizes (issue #13, issue #9): at 320x600 and 450x800 the register
 * form (with errors, then made), a register check with groups, and a register export done fit on
 * every tab (no horizontal scrolling, one row of tabs, file names wrapping at their separators);
 * at 320x700 the first problem of a register check shows without scrolling.
 */
import type { Page } from 'playwright-core';
import { type BatchField, columnLabel } from '../../src/core';
import { REGISTER_COLUMNS } from '../../src/excel/registerColumns';
import { REGISTER_TEXTS } from '../../src/taskpane/i18n/register';
import { makeInsz } from '../support/syntheticInsz';
import { eventually } from './support/eventually';
import { validRows } from './support/fixtures';
import { everyTab, expectFits, placeOf } from './support/layout';
import { type Pane, startsWith } from './support/pane';
import { useSession } from './support/session';
import { userEdit } from './support/workbook';

const session = useSession();

/** FIXED_NOW is 28/11/2026: the register made with today's date. */
const REGISTER = 'Dagregister 28-11-2026';
const TOEDIENER = makeInsz({ year: 1975, month: 4, day: 12, serial: 911 });

/**
 * 30 rows in two groups (two products, the second with a long name), a patient INSZ with a wrong
 * check digit in row 3 and a dose of 3 in row 6: problems to list, groups to show.
 */
function registerRows(): string[][] {
  return validRows(30).map((patient, i) => {
    const batch: Partial<Record<BatchField, string>> = {
      toedienerInsz: TOEDIENER,
      gratisVoorraad: 'Ja',
      datumToediening: '2026-11-27',
      immunisatieproduct: i < 15 ? 'Vaxigrip Tetra' : 'Comirnaty JN.1 Original/Omicron',
      dosis: i === 4 ? '3' : '1',
      lotnummer: i < 15 ? 'AB123-XYZ-2026' : 'CD456-LONGLOT-0001',
    };
    const row = [...patient];
    if (i === 1) row[0] = '12345678901';
    return [...row, ...REGISTER_COLUMNS.map((column) => batch[column.field] ?? '')];
  });
}

/** "Nieuwe batch" > Dagregister, its form; `submit` clicks "Dagregister aanmaken". */
async function registerForm(pane: Pane) {
  const panel = await pane.openTab('new');
  await panel.getByRole('radio', { name: pane.m.newKindRegister }).check();
  const form = pane.page.getByTestId('new-register-form');
  await form.waitFor();
  const result = () => pane.page.getByTestId('new-register-result').textContent();
  return {
    insz: form.getByLabel(startsWith(columnLabel('toedienerInsz', pane.lang))),
    submit: async (): Promise<string> => {
      const before = ((await result()) ?? '').trim();
      await form.getByRole('button', { name: REGISTER_TEXTS[pane.lang].create }).click();
      return eventually(
        async () => ((await result()) ?? '').trim(),
        (text) => expect(text).not.toBe(before),
      );
    },
  };
}

/** A register with {@link registerRows} typed in, checked; returns the check's summary line. */
async function checkedRegister(pane: Pane): Promise<string> {
  const form = await registerForm(pane);
  expect(await form.submit()).toBe(REGISTER_TEXTS[pane.lang].created(REGISTER, 250));
  const rows = registerRows();
  await userEdit(pane.page as Page, REGISTER, `A2:Q${rows.length + 1}`, rows);
  // The prefilled rows below the typed ones hold only the day's values: cleared, as she would.
  await userEdit(
    pane.page as Page,
    REGISTER,
    `F${rows.length + 2}:Q251`,
    Array.from({ length: 250 - rows.length }, () => REGISTER_COLUMNS.map(() => '')),
  );
  await pane.settle();
  return pane.check();
}

describe.each([
  [320, 600],
  [450, 800],
])('at %ix%i', (width, height) => {
  test('the register form, a register check with groups and a register export fit on every tab', async () => {
    const { pane } = await session.openPane({ viewport: { width, height } });
    const page = pane.page as Page;
    const form = await registerForm(pane);
    await form.insz.fill('123');
    expect(await form.submit()).toBe(pane.m.formHasErrors(1));
    await expectFits(pane, 'register form errors: new');
    await form.insz.fill('');

    expect(await checkedRegister(pane)).toBe(pane.m.summaryLine(30, 28, 2, 0));
    await expect(page.getByTestId('register-groups').count()).resolves.toBe(1);
    await everyTab(pane, 'register check with groups');

    const panel = await pane.openTab('export');
    await panel.getByTestId('register-export-button').click();
    await panel.getByTestId('register-export-summary').waitFor();
    await everyTab(pane, 'register export done');
  });
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
  for (const { text, ends } of lines) {
    expect({ text, ends: ends.filter((end) => !['_', '-', '.'].includes(end)) }).toEqual({ text, ends: [] });
  }
});
