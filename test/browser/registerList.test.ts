/**
 * A practice's own day list in the pane (issue #9: "An existing sheet with batch columns (a
 * practice's own list with "Datum", "Vaccin", "Lot", "Dosis", in nl/fr/en ...) is detected and
 * mapped like today's existing sheets, the user confirming the mapping"): French titles in row 3,
 * the mapping step lists the batch columns too, the confirmed list is grouped in Controleren and
 * exported in one click.
 */
import { columnLabel } from '../../src/core';
import { REGISTER_TEXTS } from '../../src/taskpane/i18n/register';
import { practiceList, registerPatient } from '../support/practiceList';
import { makeInsz } from '../support/syntheticInsz';
import { downloadsOfOneClick } from './support/downloads';
import { eventually } from './support/eventually';
import { useSession } from './support/session';
import { values } from './support/workbook';

const session = useSession();

const TOEDIENER = makeInsz({ year: 1975, month: 4, day: 12, serial: 911 });
const patient = registerPatient;

const LIST = {
  name: 'Liste',
  // INSZ columns as text, as a careful practice keeps them (the leading-zero rules are tested elsewhere).
  columnFormats: { A: '@', J: '@' },
  rows: [
    ['Vaccinations du 27 novembre'],
    [],
    ...practiceList({
      columns: 12,
      day: '27/11/2026',
      dayBefore: '26/11/2026',
      patient,
      toediener: TOEDIENER,
    }),
  ],
};

test('a French list with batch columns in row 3: mapping confirmed, grouped, exported in one click', async () => {
  const { opened, pane } = await session.openPane({ seed: { sheets: [LIST] } });
  const page = opened.page;
  const before = await values(page, 'Liste', 'A1:L6');

  // Exporteren before the mapping is confirmed: asks to confirm it first, exports nothing.
  const exportPanel = await pane.openTab('export');
  await expect(
    eventually(
      async () => (await exportPanel.getByTestId('export-register-unconfirmed').textContent()) ?? '',
      (text) => expect(text).toBe(REGISTER_TEXTS.nl.exportConfirmMappingFirst('Liste')),
    ),
  ).resolves.toBeDefined();

  // Controleren: the mapping step, with the batch columns proposed and editable.
  const panel = await pane.openTab('check');
  await panel.getByTestId('check-active-sheet').click();
  const mapping = page.getByTestId('mapping-step');
  await mapping.waitFor();
  expect(await mapping.textContent()).toContain(pane.m.mappingIntro('Liste', 3));
  const batch = mapping.getByTestId('mapping-batch');
  await batch.waitFor();
  const selected = async (field: Parameters<typeof columnLabel>[0]) =>
    batch.getByLabel(columnLabel(field, 'nl'), { exact: true }).inputValue();
  expect(await selected('datumToediening')).toBe('5');
  expect(await selected('immunisatieproduct')).toBe('6');
  expect(await selected('lotnummer')).toBe('7');
  expect(await selected('dosis')).toBe('8');
  expect(await selected('toedienerInsz')).toBe('9');
  expect(await selected('gratisVoorraad')).toBe('10');
  expect(await selected('opmerkingen')).toBe('');
  await mapping.getByRole('button', { name: pane.m.mappingConfirm }).click();

  // Checked as a register: its two groups.
  await eventually(
    () => pane.checkSummary(),
    (text) => expect(text).toBe(pane.m.summaryLine(3, 3, 0, 0)),
  );
  await expect(page.getByTestId('register-group-B001').count()).resolves.toBe(1);
  await expect(page.getByTestId('register-group-B002').count()).resolves.toBe(1);

  // Exporteren: one click, a file per group, the rows of each group in its file.
  await pane.openTab('export');
  await exportPanel.getByTestId('export-refresh').click();
  const button = exportPanel.getByTestId('register-export-button');
  await button.waitFor();
  const files = (await downloadsOfOneClick(page, button, 2)).map((file) => ({
    name: file.name,
    text: file.bytes.toString('utf8'),
  }));
  const header = '\uFEFFINSZ,Naam,Voornaam,Geboortedatum,Postcode\r\n';
  const b001 = files.find((file) => file.name.includes('_B001_'));
  const b002 = files.find((file) => file.name.includes('_B002_'));
  expect(b001?.name).toMatch(/^vaccinnet_20261127_B001_vaxigrip-tetra_/);
  expect(b001?.text).toBe(`${header}${patient(1)},,,,\r\n${patient(2)},,,,\r\n`);
  expect(b002?.name).toMatch(/^vaccinnet_20261126_B002_comirnaty_/);
  expect(b002?.text).toBe(`${header}${patient(3)},,,,\r\n`);
  await expect(page.getByTestId('register-export-summary').textContent()).resolves.toBe(
    pane.m.exportDoneLine(3, 3, 0, 0),
  );
  // The groups are batches naming the list; the list itself is unchanged.
  const batches = await values(page, 'Batches', 'A2:B5');
  expect(batches.filter((row) => row[0] !== '').map((row) => [row[0], row[1]])).toEqual([
    ['B001', 'Liste'],
    ['B002', 'Liste'],
  ]);
  expect(await values(page, 'Liste', 'A1:L6')).toEqual(before);
});
