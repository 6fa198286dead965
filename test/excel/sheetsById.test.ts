/**
 * Issue #10: registration sheets known by worksheet id, not only by name
 * (docs/decisions/0009-sheets-by-id.md). What a user does to a batch's sheet tab (rename, move,
 * copy, delete) taken through the functions the pane calls: Controleren (inspectActiveSheet),
 * Exporteren (prepareActiveSheet, exportPrepared) and the live check (watchRegistrationSheets).
 */
import { BATCHES_SHEET } from '../../src/excel/batchTable';
import { EXPORT_LOG_SHEET } from '../../src/excel/exportLogTable';
import { readBatches } from '../../src/excel/readBatches';
import { SHEET_LINKS_SHEET } from '../../src/excel/sheetLinks';
import { watchRegistrationSheets } from '../../src/excel/watchRegistrationSheets';
import { DEFAULT_SETTINGS } from '../../src/core';
import { type CheckResult, inspectActiveSheet } from '../../src/taskpane/checkSheet';
import { exportPrepared, prepareActiveSheet } from '../../src/taskpane/exportBatch';
import { clearSheetMarks, copySheet, fixCells, markSheet } from '../../src/taskpane/sheetActions';
import { checkWithMapping } from '../../src/taskpane/checkSheet';
import { MARK_FILLS } from '../../src/excel/marks';
import { batchInput } from '../support/batchInput';
import { makeInsz } from '../support/syntheticInsz';
import {
  type HostileWorkbook,
  HOSTILE_TODAY,
  hostileTools,
  hostileWorkbook,
  registrationRows,
} from '../support/hostileWorkbook';

let book: HostileWorkbook;
afterEach(() => book.fake.uninstall());

const ROWS = registrationRows(3);

async function open(): Promise<HostileWorkbook> {
  book = await hostileWorkbook({ rows: ROWS });
  return book;
}

/** Controleren on the active sheet: the batch it was checked as, or what else it was. */
async function checkedAs(): Promise<string> {
  const outcome = await inspectActiveSheet(hostileTools());
  if (outcome.kind !== 'checked') return outcome.kind;
  const { source } = outcome.result as CheckResult;
  return source.kind === 'registration' ? source.batchId : source.kind;
}

/** Controleren on the active sheet, when it is a copy of a batch's sheet: what the pane is told. */
async function checkedCopy(): Promise<unknown> {
  const outcome = await inspectActiveSheet(hostileTools());
  return outcome.kind === 'mapping' ? (outcome.copyOf ?? 'no copy') : outcome.kind;
}

/** Exporteren on the active sheet, when it is a copy of a batch's sheet: what the pane is told. */
async function exportedCopy(): Promise<unknown> {
  const prepared = await prepareActiveSheet(hostileTools());
  return prepared.kind === 'copy' ? prepared.copyOf : prepared.kind;
}

/** Exporteren on the active sheet: the batch and the CSV lines, or what came instead. */
async function exported(): Promise<{ batchId: string; sheetName: string; lines: string[] } | string> {
  const prepared = await prepareActiveSheet(hostileTools());
  if (prepared.kind !== 'ready') return prepared.kind;
  const done = await exportPrepared(
    prepared.prepared,
    { validOnly: false, confirmed: false },
    hostileTools(),
  );
  if (done.kind !== 'done') return done.kind;
  return {
    batchId: done.prepared.batchId,
    sheetName: done.prepared.sheetName,
    lines: done.prepared.plan.files.flatMap((file) =>
      new TextDecoder('utf-8', { ignoreBOM: false }).decode(file.bytes).split('\r\n').slice(1, -1),
    ),
  };
}

const csvLines = ROWS.map((row) => `${row[0]},${row[1]},${row[2]},,`);

/** Registratieblad of the batch's row, as the user reads it on the Batches sheet. */
const recordedName = (b: HostileWorkbook) => b.fake.host.inspect.sheet(BATCHES_SHEET).values('B2')[0]?.[0];

describe("a registration sheet stays its batch's sheet when the user renames or moves it", () => {
  test('renamed: Controleren and Exporteren treat it as batch B001; Registratieblad shows the new name', async () => {
    const { fake, sheetName } = await open();
    fake.host.userRenameSheet(sheetName, 'Griep bewoners');
    fake.host.userActivate('Griep bewoners');

    expect(await checkedAs()).toBe('B001');
    expect(recordedName(book)).toBe('Griep bewoners');
    expect(await exported()).toEqual({ batchId: 'B001', sheetName: 'Griep bewoners', lines: csvLines });
    // The log names the sheet as it is called now.
    expect(fake.host.inspect.sheet(EXPORT_LOG_SHEET).values('C2')).toEqual([['Griep bewoners']]);
  });

  test('renamed twice, and the Batches row read in between by nobody: still found by its id', async () => {
    const { fake, sheetName } = await open();
    fake.host.userRenameSheet(sheetName, 'Eerst');
    fake.host.userRenameSheet('Eerst', 'Daarna');
    fake.host.userActivate('Daarna');
    expect(await exported()).toMatchObject({ batchId: 'B001', sheetName: 'Daarna' });
  });

  test('moved to the first tab: still batch B001', async () => {
    const { fake, sheetName } = await open();
    fake.host.userMoveSheet(sheetName, 0);
    fake.host.userActivate(sheetName);
    expect(await checkedAs()).toBe('B001');
    expect(await exported()).toMatchObject({ batchId: 'B001', lines: csvLines });
  });

  test('the live check started before a rename keeps checking it as the batch sheet, under its new name', async () => {
    const { fake, sheetName } = await open();
    const updates: { sheetName: string; codes: unknown[] }[] = [];
    const watch = await watchRegistrationSheets({
      sheets: [{ sheetName }],
      today: () => HOSTILE_TODAY,
      settings: DEFAULT_SETTINGS,
      onIssues: (update) =>
        updates.push({ sheetName: update.sheetName, codes: update.issues.map((i) => [i.row, i.code]) }),
    });
    if (!watch.ok) throw new Error('not watching');
    fake.host.userRenameSheet(sheetName, 'Griep bewoners');
    await fake.host.userEdit('Griep bewoners', 'A3', '123');
    await watch.value.settled();
    await watch.value.stop();
    expect(updates.at(-1)).toEqual({ sheetName: 'Griep bewoners', codes: [[3, 'insz_length']] });
  });

  test('a workbook made before ids were recorded: the first read records them, a later rename is followed', async () => {
    const { fake, sheetName } = await open();
    fake.host.userDeleteSheet(SHEET_LINKS_SHEET);
    await Excel.run((context) => readBatches(context, { today: HOSTILE_TODAY }));
    expect(fake.host.inspect.hasSheet(SHEET_LINKS_SHEET)).toBe(true);
    fake.host.userRenameSheet(sheetName, 'Oud werkboek');
    fake.host.userActivate('Oud werkboek');
    expect(await exported()).toMatchObject({ batchId: 'B001', sheetName: 'Oud werkboek' });
  });

  test('a host that gives no ids, or ids that changed since: the recorded name still finds the sheet', async () => {
    const { fake, sheetName } = await open();
    // The link store holds an id no sheet has (Excel gave new ids in another session).
    fake.host.setCell(SHEET_LINKS_SHEET, 'B2', { value: '{00000000-0001-0000-0000-000000000000}' });
    fake.host.userActivate(sheetName);
    expect(await exported()).toMatchObject({ batchId: 'B001', lines: csvLines });
  });
});

describe("a copy of a registration sheet is not silently the batch's sheet", () => {
  test("copied: Controleren and Exporteren say it is a copy of B001's sheet, naming the original; nothing is exported from it", async () => {
    const { fake, sheetName } = await open();
    const copy = fake.host.userCopySheet(sheetName);
    expect(copy.name).toBe(`${sheetName} (2)`);
    const copyOf = {
      sheetName: copy.name,
      originalName: sheetName,
      originalExists: true,
      batchIds: ['B001'],
      exportedBatchIds: [],
    };

    // Controleren: still the mapping step of an existing sheet, told whose copy it is.
    expect(await checkedAs()).toBe('mapping');
    expect(await checkedCopy()).toEqual(copyOf);
    // Exporteren: no export, and why (before: only "not a registration sheet").
    expect(await exportedCopy()).toEqual(copyOf);
    fake.host.userActivate(sheetName);
    expect(await checkedAs()).toBe('B001');
    expect(await exported()).toMatchObject({ batchId: 'B001', sheetName });
  });

  test('copied after the original was exported: the copy says so, and its rows are not exported a second time', async () => {
    const { fake, sheetName } = await open();
    expect(await exported()).toMatchObject({ batchId: 'B001', lines: csvLines });
    const copy = fake.host.userCopySheet(sheetName);
    fake.host.userActivate(copy.name);
    expect(await exportedCopy()).toMatchObject({ batchIds: ['B001'], exportedBatchIds: ['B001'] });
    // One file logged, by the original's export only.
    expect(fake.host.inspect.sheet(EXPORT_LOG_SHEET).values('B2:B3')).toEqual([['B001'], ['']]);
  });

  test('copied, then the original renamed: the original (its id) stays B001, the copy does not become it', async () => {
    const { fake, sheetName } = await open();
    const copy = fake.host.userCopySheet(sheetName);
    fake.host.userRenameSheet(sheetName, 'Origineel');
    fake.host.userActivate(copy.name);
    // The copy's name is the only trace of its original: after the original's rename it is no
    // longer recognised as a copy (docs/decisions/0009 "Limits"), and still not exported as B001.
    expect(await exported()).toBe('not_registration');
    fake.host.userActivate('Origineel');
    expect(await exported()).toMatchObject({ batchId: 'B001', sheetName: 'Origineel' });
  });

  test("original deleted, copy kept: the copy is told to take the recorded name; it becomes B001's sheet only then", async () => {
    const { fake, sheetName } = await open();
    const copy = fake.host.userCopySheet(sheetName);
    fake.host.userDeleteSheet(sheetName);
    fake.host.userActivate(copy.name);

    const copyOf = {
      sheetName: copy.name,
      originalName: sheetName,
      originalExists: false,
      batchIds: ['B001'],
      exportedBatchIds: [],
    };
    expect(await exportedCopy()).toEqual(copyOf);
    expect(await checkedCopy()).toEqual(copyOf);
    const state = await Excel.run((context) => readBatches(context, { today: HOSTILE_TODAY }));
    expect(state.batches[0]).toMatchObject({ batchId: 'B001', sheetExists: false, sheetName });

    // The user's explicit act: the copy takes the name the Batches row records.
    fake.host.userRenameSheet(copy.name, sheetName);
    fake.host.userActivate(sheetName);
    expect(await exported()).toMatchObject({ batchId: 'B001', sheetName, lines: csvLines });
    // From then on it is known by its own id: a rename is followed.
    fake.host.userRenameSheet(sheetName, 'Hersteld');
    fake.host.userActivate('Hersteld');
    expect(await exported()).toMatchObject({ batchId: 'B001', sheetName: 'Hersteld' });
  });

  test('a sheet named like a copy of a sheet no batch records is no copy: only "not a registration sheet"', async () => {
    const { fake } = await open();
    fake.host.addSheet('Griep (2)', { rows: [['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode']] });
    fake.host.userActivate('Griep (2)');
    expect(await exportedCopy()).toBe('not_registration');
    expect(await checkedCopy()).toBe('no copy');
  });
});

/**
 * Issue #10: "Markeringen wissen", Markeren, the fixes and the compliant copy act on the sheet
 * Controleren read, found by its worksheet id after the user renamed it (as Controleren, the live
 * check and Exporteren find it), with the arguments the pane passes (useCheckController, CopySection).
 */
describe('marks, fixes and the compliant copy follow a sheet renamed after Controleren', () => {
  async function checked(): Promise<CheckResult> {
    const outcome = await inspectActiveSheet(hostileTools());
    if (outcome.kind !== 'checked') throw new Error(outcome.kind);
    return outcome.result;
  }

  test('Markeren, then renamed, then Markeringen wissen: the earlier fills come back on the renamed sheet', async () => {
    const { fake, sheetName } = await open();
    await fake.host.userEdit(sheetName, 'B2', 'Naam1 ');
    const result = await checked();
    const { sheetId, issues } = result;
    expect(issues.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [2, 'naam', 'whitespace_edge'],
    ]);
    const before = fake.host.inspect.sheet(sheetName).fill('B2');
    const marked = await markSheet({
      sheetName: result.sheetName,
      sheetId,
      issues,
      columns: result.mapping.columns,
    });
    expect(marked.ok).toBe(true);
    expect(fake.host.inspect.sheet(sheetName).fill('B2')).toBe(MARK_FILLS.warning);

    fake.host.userRenameSheet(sheetName, 'Griep bewoners');
    const cleared = await clearSheetMarks({ sheetName: result.sheetName, sheetId });
    expect(cleared).toEqual({ ok: true, value: expect.objectContaining({ restoredCells: 1 }) });
    expect(fake.host.inspect.sheet('Griep bewoners').fill('B2')).toBe(before);
  });

  test('renamed, then Markeren: the renamed sheet is marked', async () => {
    const { fake, sheetName } = await open();
    await fake.host.userEdit(sheetName, 'B2', 'Naam1 ');
    const result = await checked();
    fake.host.userRenameSheet(sheetName, 'Griep bewoners');
    const marked = await markSheet({
      sheetName: result.sheetName,
      sheetId: result.sheetId,
      issues: result.issues,
      columns: result.mapping.columns,
    });
    expect(marked.ok).toBe(true);
    expect(fake.host.inspect.sheet('Griep bewoners').fill('B2')).toBe(MARK_FILLS.warning);
  });

  test('renamed, then the fixes (trim, leading zeros): applied on the renamed sheet', async () => {
    const { fake, sheetName } = await open();
    // Born in 2005: Excel stored the INSZ as a number and dropped its leading zero.
    const insz = makeInsz({ year: 2005, month: 3, day: 4, serial: 902 });
    fake.host.setCell(sheetName, 'A3', { value: Number(insz), numberFormat: 'General' });
    await fake.host.userEdit(sheetName, 'B2', 'Naam1 ');
    const result = await checked();
    expect(result.issues.map((issue) => issue.code).sort()).toEqual([
      'insz_leading_zero_lost',
      'whitespace_edge',
    ]);
    fake.host.userRenameSheet(sheetName, 'Griep bewoners');
    const fixed = await fixCells({
      sheetName: result.sheetName,
      sheetId: result.sheetId,
      mapping: result.mapping,
      targets: result.issues,
      today: HOSTILE_TODAY,
    });
    expect(fixed.ok).toBe(true);
    const sheet = fake.host.inspect.sheet('Griep bewoners');
    expect([sheet.values('B2'), sheet.values('A3')]).toEqual([[['Naam1']], [[insz]]]);
  });

  test('an existing sheet renamed after its check: the compliant copy reads the renamed sheet', async () => {
    const { fake } = await open();
    fake.host.addSheet('Lijst', {
      rows: [['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'], ...ROWS],
    });
    fake.host.userActivate('Lijst');
    const outcome = await inspectActiveSheet(hostileTools());
    if (outcome.kind !== 'mapping' || outcome.proposal === null) throw new Error(outcome.kind);
    const mapped = await checkWithMapping('Lijst', outcome.proposal.mapping, hostileTools());
    if (mapped.kind !== 'checked') throw new Error(mapped.kind);
    const result = mapped.result;
    fake.host.userRenameSheet('Lijst', 'Lijst maandag');
    const copy = await copySheet({
      sourceSheet: result.sheetName,
      sourceSheetId: result.sheetId,
      mapping: result.mapping,
      target: { kind: 'newBatch', batch: batchInput(HOSTILE_TODAY) },
      today: HOSTILE_TODAY,
      settings: DEFAULT_SETTINGS,
    });
    if (!copy.ok) throw new Error(copy.reason);
    expect(copy.value.rows.map((row) => row.source)).toEqual([2, 3, 4]);
  });
});
