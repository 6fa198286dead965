/**
 * SPEC "Using it", staff with an existing sheet: "Controleren" finds the header row (synonyms),
 * lets them confirm the column mapping, shows the issues, and can create a compliant copy; the
 * original sheet is never rewritten without the user asking.
 */
import { REGISTRATION_HEADER_ROW } from '../../src/excel/registrationLayout';
import { registrationSheetName } from '../../src/excel/sheetNames';
import { makeInsz } from '../support/syntheticInsz';
import { eventually } from './support/eventually';
import { DEFAULT_BATCH } from './support/fixtures';
import { useSession } from './support/session';
import { values, valueTypes, workbook } from './support/workbook';

const session = useSession();

const BORN_2005 = makeInsz({ year: 2005, month: 3, day: 14, serial: 902 });
const BORN_1985 = makeInsz({ year: 1985, month: 7, day: 30, serial: 931 });

/** Typed in Excel under General: the leading zeros of 0503... and 01012000 are gone. */
const EXISTING = {
  name: 'Bewoners',
  rows: [
    ['Rijksregisternummer', 'Achternaam', 'Voornaam', 'Date de naissance', 'Code postal'],
    [BORN_2005, 'Janssens', 'Lotte', '14032005', '2000'],
    ['', 'Claes', 'Emma', '01012000', '9000'],
    [BORN_1985, 'Peeters', 'Jan', '30071985', '1500'],
  ],
};

test('an existing sheet: mapping confirmed, lost leading zeros found, compliant copy made, original untouched', async () => {
  const { opened, pane } = await session.openPane({ seed: { sheets: [EXISTING] } });
  const page = opened.page;
  // As Excel typed them: numbers without their leading zeros.
  expect(await values(page, 'Bewoners', 'A2:D3')).toEqual([
    [Number(BORN_2005), 'Janssens', 'Lotte', 14032005],
    ['', 'Claes', 'Emma', 1012000],
  ]);
  const original = await values(page, 'Bewoners', 'A1:E4');

  const panel = await pane.openTab('check');
  await panel.getByTestId('check-active-sheet').click();
  const mapping = page.getByTestId('mapping-step');
  await mapping.waitFor();
  expect(await mapping.textContent()).toContain(pane.m.mappingIntro('Bewoners', 1));
  await mapping.getByRole('button', { name: pane.m.mappingConfirm }).click();
  await eventually(
    () => pane.checkSummary(),
    (text) => expect(text).toBe(pane.m.summaryLine(3, 1, 2, 0)),
  );
  expect(await pane.listedKinds()).toEqual(
    expect.arrayContaining(['insz_leading_zero_lost', 'birthdate_leading_zero_lost']),
  );
  // Checking changed nothing.
  expect(await values(page, 'Bewoners', 'A1:E4')).toEqual(original);

  // The compliant copy, for a new batch.
  const copy = page.getByTestId('copy-section');
  await pane.fillBatchForm(copy.getByTestId('copy-batch-form'), DEFAULT_BATCH, pane.m.makeCopy);
  const sheet = registrationSheetName(
    'B001',
    DEFAULT_BATCH.immunisatieproduct,
    DEFAULT_BATCH.datumToediening,
    [],
  );
  await eventually(
    async () => (await page.getByTestId('copy-result').textContent()) ?? '',
    (text) => expect(text).toContain(pane.m.copyMade(sheet, 3)),
  );
  expect((await workbook(page)).sheetNames).toEqual(expect.arrayContaining(['Bewoners', sheet]));
  expect(await values(page, sheet, 'A1:E4')).toEqual([
    [...REGISTRATION_HEADER_ROW],
    [BORN_2005, 'Janssens', 'Lotte', '14032005', '2000'],
    ['', 'Claes', 'Emma', '01012000', '9000'],
    [BORN_1985, 'Peeters', 'Jan', '30071985', '1500'],
  ]);
  expect(await valueTypes(page, sheet, 'A2:D2')).toEqual([['String', 'String', 'String', 'String']]);
  // The original is still as it was.
  expect(await values(page, 'Bewoners', 'A1:E4')).toEqual(original);
});
