/**
 * SPEC "Using it": "The interface speaks Dutch by default, French and English when Office runs
 * in those languages." The pane follows Office.context.displayLanguage (the browser itself is
 * set to en-GB in every test, so following the browser would show here).
 */
import { type Language, columnLabel, renderIssue } from '../../src/core';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { makeInsz } from '../support/syntheticInsz';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH } from './support/fixtures';
import { CATALOGS } from './support/pane';
import { useSession } from './support/session';
import { userEdit } from './support/workbook';

const session = useSession();

const SHEET = registrationSheetName(
  'B001',
  DEFAULT_BATCH.immunisatieproduct,
  DEFAULT_BATCH.datumToediening,
  [],
);
const GOOD = makeInsz({ year: 2005, month: 3, day: 14, serial: 902 });
const BAD = `${GOOD.slice(0, 10)}${(Number(GOOD[10]) + 1) % 10}`;

test.each([
  ['fr-FR', 'fr', 'fr-BE'],
  ['en-US', 'en', 'en-GB'],
  ['nl-BE', 'nl', 'nl-BE'],
  ['de-DE', 'nl', 'nl-BE'],
] as const)('Office in %s: the pane speaks %s', async (displayLanguage, language: Language, htmlLang) => {
  const { opened, pane } = await session.openPane({ lang: displayLanguage, language });
  const m = CATALOGS[language];
  const page = opened.page;
  expect(await page.getAttribute('html', 'lang')).toBe(htmlLang);
  expect(await page.title()).toBe(m.productName);
  for (const name of [m.tabNewBatch, m.tabCheck, m.tabExport, m.tabSettings]) {
    expect(await page.getByRole('tab', { name }).count()).toBe(1);
  }

  // Nieuwe batch, with the field labels of that language.
  expect(await pane.createBatch(DEFAULT_BATCH)).toBe(m.batchCreated('B001', SHEET));
  await userEdit(page, SHEET, 'A2:E3', [
    [GOOD, 'Janssens', 'Lotte', '14032005', '2000'],
    [BAD, '', '', '', ''],
  ]);
  await pane.settle();

  // Controleren: summary, kind and message in that language.
  expect(await pane.check()).toBe(m.summaryLine(2, 1, 1, 0));
  const kind = page.getByTestId('issue-kind-insz_checksum');
  expect(await kind.getByRole('heading').first().textContent()).toBe(m.issueKind.insz_checksum);
  const message = renderIssue({ code: 'insz_checksum', column: 'insz', params: {} }, language);
  // The row shows its place and the cell's value; the kind's explanation is said once (issue #13).
  expect(await kind.getByRole('button').first().textContent()).toBe(
    `${m.issueLocation(3, columnLabel('insz', language))}${m.valueSeparator}${BAD}`,
  );
  expect(await kind.getByTestId('kind-explanation').textContent()).toBe(message);

  // Exporteren: the blocked row and the explicit choice, in that language.
  await pane.openTab('export');
  await eventually(
    async () => page.getByTestId('export-blocked').getByRole('button').allTextContents(),
    (texts) => expect(texts).toEqual([`${m.issueRow(3)}: ${message}`]),
  );
  expect(await page.getByTestId('export-valid-only').textContent()).toBe(m.exportValidOnly(1));
});
