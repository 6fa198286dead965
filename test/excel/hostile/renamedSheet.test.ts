/**
 * Issue #10, "Registration sheets ... known by worksheet id, not only by name: rename ... behave as
 * a user expects, for check, live check and export": "Opnieuw controleren" after the user renamed
 * the checked sheet checks the sheet under its new name (before, it looked for the old name and
 * said the sheet was gone).
 */
import {
  checkWithMapping,
  inspectActiveSheet,
  recheck,
  type CheckResult,
} from '../../../src/taskpane/checkSheet';
import {
  hostileTools,
  hostileWorkbook,
  registrationRows,
  type HostileWorkbook,
} from '../../support/hostileWorkbook';

let book: HostileWorkbook | null = null;
afterEach(() => {
  book?.fake.uninstall();
  book = null;
});

async function check(): Promise<CheckResult> {
  const outcome = await inspectActiveSheet(hostileTools());
  if (outcome.kind !== 'checked') throw new Error(`not checked: ${outcome.kind}`);
  return outcome.result;
}

test('a renamed registration sheet: the re-check follows the rename and keeps the batch', async () => {
  book = await hostileWorkbook({ rows: registrationRows(3) });
  const first = await check();
  book.fake.host.userRenameSheet(book.sheetName, 'Griep bewoners');

  const again = await recheck(first, hostileTools());
  expect(again.kind).toBe('checked');
  if (again.kind !== 'checked') return;
  expect(again.result.sheetName).toBe('Griep bewoners');
  expect(again.result.source).toEqual(expect.objectContaining({ kind: 'registration', batchId: 'B001' }));
  expect(again.result.report.counts.rows).toBe(3);
});

test('a renamed existing sheet (checked with a mapping): the re-check follows the rename', async () => {
  book = await hostileWorkbook({ rows: [] });
  const { host } = book.fake;
  const insz = registrationRows(1)[0]?.[0] ?? '';
  host.addSheet('Bewoners', {
    rows: [
      ['Rijksregisternummer', 'Naam'],
      [insz, 'Peeters'],
    ],
    columnFormats: { A: '@' },
  });
  host.userActivate('Bewoners');
  const inspected = await inspectActiveSheet(hostileTools());
  if (inspected.kind !== 'mapping' || inspected.proposal === null) throw new Error(inspected.kind);
  const first = await checkWithMapping('Bewoners', inspected.proposal.mapping, hostileTools());
  if (first.kind !== 'checked') throw new Error(first.kind);
  host.userRenameSheet('Bewoners', 'Bewoners december');

  const again = await recheck(first.result, hostileTools());
  expect(again.kind).toBe('checked');
  if (again.kind !== 'checked') return;
  expect(again.result.sheetName).toBe('Bewoners december');
  expect(again.result.report.counts.rows).toBe(1);
});
