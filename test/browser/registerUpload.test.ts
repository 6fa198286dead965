/**
 * "Opladen" on a day register (issue #9: each group is a batch, with the export log and the
 * uploaded guard of a batch made with the form): after the register's one-click export its two
 * groups are on the checklist as pending batches; "Opnieuw downloaden" of a group gives byte for
 * byte what the export gave; "Markeren als opgeladen" marks one group, and the next export of the
 * register asks first, naming that group.
 */
import type { Download } from 'playwright-core';
import type { Locator } from 'playwright-core';
import { REGISTER_COLUMNS } from '../../src/excel/registerColumns';
import { REGISTER_TEXTS } from '../../src/taskpane/i18n/register';
import { makeInsz } from '../support/syntheticInsz';
import { bytesOf, downloadEach } from './support/downloads';
import { eventually } from './support/eventually';
import { validRows } from './support/fixtures';
import { useSession } from './support/session';
import { userEdit } from './support/workbook';

const session = useSession();
const TOEDIENER = makeInsz({ year: 1975, month: 4, day: 12, serial: 911 });
const SHEET = 'Dagregister 28-11-2026';

const VAXIGRIP = {
  datumToediening: '27/11/2026',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: '0,5',
  lotnummer: 'AB123',
  toedienerInsz: TOEDIENER,
  gratisVoorraad: 'Ja',
};
const COMIRNATY = { ...VAXIGRIP, immunisatieproduct: 'Comirnaty', dosis: '1', lotnummer: 'EF789' };

const item = (panel: Locator, id: string): Locator =>
  panel.locator(`[data-testid="upload-item"][data-batch="${id}"]`);

test('a register’s groups on the upload checklist: pending, verified re-download, marked, export asks', async () => {
  const { opened, pane } = await session.openPane({ viewport: { width: 420, height: 1400 } });
  const { page } = opened;
  const { m } = pane;
  const r = REGISTER_TEXTS.nl;

  // Nieuw dagregister without common values, then three patients typed with their batch cells.
  const newPanel = await pane.openTab('new');
  await newPanel.getByRole('radio', { name: m.newKindRegister }).check();
  await page.getByTestId('new-register-form').getByRole('button', { name: r.create }).click();
  await eventually(
    async () => ((await page.getByTestId('new-register-result').textContent()) ?? '').trim(),
    (text) => expect(text).toBe(r.created(SHEET, 250)),
  );
  const people = validRows(3);
  const batches = [VAXIGRIP, VAXIGRIP, COMIRNATY];
  await userEdit(
    page,
    SHEET,
    'A2:Q4',
    people.map((row, i) => [
      ...row,
      ...REGISTER_COLUMNS.map((c) => (batches[i] as Record<string, string>)[c.field] ?? ''),
    ]),
  );
  await pane.settle();

  // Exporteren: one click, two groups, two files.
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  let panel = await pane.openTab('export');
  await panel.getByTestId('register-export-button').click();
  await eventually(
    async () => downloads.length,
    (count) => expect(count).toBe(2),
  );
  const exported = await Promise.all(
    downloads.map(async (d) => ({ name: d.suggestedFilename(), bytes: await bytesOf(d) })),
  );
  const b001 = exported.find((file) => file.name.includes('_B001_'));
  expect(b001).toBeDefined();

  // Opladen: both groups pending, named by the register.
  panel = await pane.openTab('upload');
  await eventually(
    async () =>
      panel
        .getByTestId('upload-item')
        .evaluateAll((items) =>
          items.map((i) => [i.getAttribute('data-batch') ?? '', i.getAttribute('data-state') ?? '']),
        ),
    (states) =>
      expect(states).toEqual([
        ['B001', 'pending'],
        ['B002', 'pending'],
      ]),
  );
  await eventually(
    async () => (await panel.getByTestId('upload-left').textContent()) ?? '',
    (text) => expect(text).toBe(m.uploadLeftLine(2, 2)),
  );

  // B001 again: re-made from its own rows of the register, byte for byte the export's file.
  await item(panel, 'B001').getByTestId('upload-redownload').click();
  await eventually(
    async () => (await item(panel, 'B001').getByTestId('upload-verified').textContent()) ?? '',
    (text) => expect(text).toBe(m.uploadVerified(1)),
  );
  const again = await downloadEach(page, item(panel, 'B001').getByTestId('download-file'));
  expect(again.map((file) => file.name)).toEqual([b001?.name]);
  expect(again[0]?.bytes.equals(b001?.bytes ?? Buffer.alloc(0))).toBe(true);

  // Mark B002 uploaded.
  await item(panel, 'B002').getByTestId('upload-mark').click();
  await eventually(
    async () => (await panel.getByTestId('upload-notice').textContent()) ?? '',
    (text) => expect(text).toContain(m.uploadMarked('B002', 1)),
  );
  await eventually(
    async () => item(panel, 'B002').getAttribute('data-state'),
    (state) => expect(state).toBe('uploaded'),
  );

  // Exporteren again on the register: asks first, naming B002; nothing downloaded before the answer.
  const before = downloads.length;
  panel = await pane.openTab('export');
  await panel.getByTestId('register-export-button').click();
  const dialog = page.getByRole('alertdialog', { name: m.reexportTitle });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(r.exportConfirmGroups('B002'));
  expect(downloads.length).toBe(before);
  // Cancel (the default): nothing exported, nothing logged.
  await dialog.getByRole('button', { name: m.reexportCancel }).click();
  await dialog.waitFor({ state: 'hidden' });
  await pane.settle();
  expect(downloads.length).toBe(before);
});
