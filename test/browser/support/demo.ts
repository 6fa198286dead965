/**
 * A small, synthetic demo for the preview screenshots: a registration sheet with a few rows, one
 * bad INSZ, one bad birth date and a trailing space, so the highlighting shows.
 */
import type { Frame, Page } from 'playwright-core';
import { REGISTRATION_HEADER_ROW } from '../../../src/excel/layout';
import { registrationHighlights } from '../../../src/excel/registrationSheet';
import { makeInsz } from '../../support/syntheticInsz';
import { userEdit } from './workbook';

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

export const DEMO_SHEET = 'B001 Vaxigrip 28-11-2026';

/**
 * Puts a registration sheet like createBatch's (text format, headers, frozen row, live
 * highlighting) in the workbook of `pane` with `rows`, and shows it in the preview grid.
 */
export async function setUpDemo(page: Page, pane: Frame, rows: readonly DemoRow[]): Promise<void> {
  const highlights = registrationHighlights({ maxRowsPerFile: 100 });
  await pane.evaluate(
    async ([name, header, rules]) => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add(name);
        (sheet.getRange('A:E') as unknown as { numberFormat: string }).numberFormat = '@';
        const top = sheet.getRange('A1:E1');
        top.values = [[...header]];
        top.format.font.bold = true;
        top.format.fill.color = '#D9D9D9';
        sheet.freezePanes.freezeRows(1);
        [95, 140, 110, 90, 60].forEach((width, i) => {
          const letter = String.fromCharCode(65 + i);
          sheet.getRange(`${letter}:${letter}`).format.columnWidth = width;
        });
        for (const rule of rules) {
          const format = sheet
            .getRange(rule.address)
            .conditionalFormats.add(excel.ConditionalFormatType.custom);
          format.custom.rule.formula = rule.formula;
          format.custom.format.fill.color = rule.fill;
          if (rule.fontColor !== undefined) format.custom.format.font.color = rule.fontColor;
        }
        sheet.activate();
        await context.sync();
      });
    },
    [DEMO_SHEET, REGISTRATION_HEADER_ROW, highlights] as const,
  );
  await userEdit(
    pane,
    DEMO_SHEET,
    `A2:E${rows.length + 1}`,
    rows.map((row) => [...row]),
  );
  await page.locator(`#tabs [role=tab][aria-selected=true]`, { hasText: DEMO_SHEET }).waitFor();
}
