/**
 * A small, synthetic demo on the preview page, for its screenshots: the pane in the iframe
 * creates a batch, a few rows are typed into the grid (one bad INSZ, one bad birth date, a
 * trailing space, so the highlighting shows), and the pane checks the sheet.
 */
import type { Frame, Page } from 'playwright-core';
import type { Language } from '../../../src/core';
import { registrationSheetName } from '../../../src/excel/sheetNames';
import { makeInsz } from '../../support/syntheticInsz';
import { eventually } from './eventually';
import { DEFAULT_BATCH } from './fixtures';
import { Pane } from './pane';

export type DemoRow = readonly [string, string, string, string, string];

/** Synthetic people only (test/support/syntheticInsz.ts; serials from 900 up). */
export function demoRows(): DemoRow[] {
  const insz = (year: number, month: number, day: number, serial: number) =>
    makeInsz({ year, month, day, serial });
  const bad = insz(1985, 7, 30, 933);
  return [
    [insz(1985, 7, 30, 931), 'Peeters', 'Jan', '30071985', '1500'],
    [insz(2005, 3, 14, 902), 'Janssens', 'Lotte', '14032005', '2000'],
    [`${bad.slice(0, 9)}00`, 'Maes', 'Noor', '', '9000'],
    ['', 'Jacobs', 'Hélène', '31022001', '1000'],
    [insz(1962, 11, 2, 915), 'Willems ', 'Luc', '02111962', '3500'],
    ['', 'Claes', 'Emma', '01012000', ''],
  ];
}

export const DEMO_SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);

/** Waits until the preview grid has written everything typed into it (src/preview/preview.ts). */
export async function previewEditsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { __previewEditsDone: () => Promise<void> }).__previewEditsDone(),
  );
}

/** Types one row into the preview grid, cell by cell, as a user would. */
async function typeRow(page: Page, row: number, values: DemoRow): Promise<void> {
  await page.locator(`#grid td[data-address="A${row}"]`).click();
  for (const value of values) {
    await page.locator('#formula').fill(value);
    await page.locator('#formula').press('Tab');
  }
}

/** Runs the demo in the preview page `page` whose task pane frame is `frame`. */
export async function setUpDemo(page: Page, frame: Frame, language: Language): Promise<Pane> {
  const pane = new Pane(frame, language);
  await pane.ready();
  await pane.createBatch(DEFAULT_BATCH);
  // The grid follows the sheet the add-in activated.
  await page.locator('#tabs [role=tab][aria-selected=true]', { hasText: DEMO_SHEET }).waitFor();
  const rows = demoRows();
  for (const [i, row] of rows.entries()) await typeRow(page, i + 2, row);
  await previewEditsDone(page);
  await pane.settle();
  await pane.check();
  await page.locator('#grid td[data-address="A2"]').click();
  await eventually(
    async () => page.locator('#grid td[data-fill]').count(),
    (filled) => expect(filled).toBeGreaterThan(0),
  );
  return pane;
}
