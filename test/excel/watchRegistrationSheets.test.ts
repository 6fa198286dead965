import { DEFAULT_SETTINGS } from '../../src/core';
import { applyFixes } from '../../src/excel/applyFixes';
import { markIssues } from '../../src/excel/marks';
import { beginOwnWrites, isOwnChange, isOwnWriteInProgress } from '../../src/excel/ownWrites';
import {
  type SheetIssuesUpdate,
  type SheetWatch,
  watchRegistrationSheets,
} from '../../src/excel/watchRegistrationSheets';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { INSZ_A as A, INSZ_B as B, INSZ_C as C } from '../support/threePeople';

const TODAY = new Date(2026, 10, 28);

let fake: InstalledFakeExcel;
let updates: SheetIssuesUpdate[];
let errors: unknown[];
let watch: SheetWatch | null;

beforeEach(() => {
  fake = installFakeExcel(globalThis, { sheets: ['Blad1'] });
  updates = [];
  errors = [];
  watch = null;
});
afterEach(async () => {
  await watch?.stop();
  fake.uninstall();
});

function addRegistrationSheet(name: string, rows: readonly (readonly string[])[]): void {
  fake.host.addSheet(name, {
    rows: [['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'], ...rows],
    columnFormats: { A: '@', B: '@', C: '@', D: '@', E: '@' },
  });
}

async function startWatch(sheetName = 'B001', fullReadRows?: number): Promise<SheetWatch> {
  const result = await watchRegistrationSheets({
    sheets: [{ sheetName }],
    today: () => TODAY,
    settings: DEFAULT_SETTINGS,
    onIssues: (update) => updates.push(update),
    onError: (error) => errors.push(error),
    ...(fullReadRows === undefined ? {} : { fullReadRows }),
  });
  if (!result.ok) throw new Error(`watch failed: ${result.reason}`);
  watch = result.value;
  return result.value;
}

const codes = (update: SheetIssuesUpdate | undefined) => update?.issues.map((i) => [i.row, i.column, i.code]);
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('watchRegistrationSheets', () => {
  beforeEach(() => {
    addRegistrationSheet('B001', [
      [A, 'Peeters', 'Jan', '30071985', '1000'],
      [B, 'Maes', 'An', '02011990', '9000'],
      [A, 'Peeters', 'Jan', '30071985', '1000'],
    ]);
  });

  test('starts with the whole sheet validated', async () => {
    const started = await startWatch();
    expect(started.initial).toHaveLength(1);
    expect(started.initial[0]).toMatchObject({
      sheetName: 'B001',
      reason: 'initial',
      changedRows: [2, 3, 4],
    });
    expect(codes(started.initial[0])).toEqual([[4, null, 'duplicate_person']]);
    expect(fake.host.eventHandlerCount).toBe(1);
  });

  test('an edit re-reads only the edited rows and reports their fresh issues', async () => {
    await startWatch();
    fake.host.resetStats();
    await fake.host.userEdit('B001', 'B3:C3', [[' Maes', 'An']]);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ reason: 'edit', changedRows: [3], affectedRows: [] });
    expect(codes(updates[0])).toEqual([[3, 'naam', 'whitespace_edge']]);
    expect(updates[0]?.report.counts).toMatchObject({ rows: 3, warnings: 2 });
    // One run, one read of one row: a few hundred bytes, not the sheet.
    expect(fake.host.stats.runs).toBe(1);
    expect(fake.host.stats.syncs).toBe(1);
    expect(fake.host.stats.maxResponseBytes).toBeLessThan(400);
  });

  test('a renamed sheet is reported under its new name after the next edit', async () => {
    await startWatch();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('B001').name = 'B001 hernoemd';
      await context.sync();
    });
    await fake.host.userEdit('B001 hernoemd', 'B3', [[' Maes']]);
    expect(updates.at(-1)).toMatchObject({ sheetName: 'B001 hernoemd', reason: 'edit', changedRows: [3] });
  });

  test('duplicates are re-checked on the whole sheet: a row whose finding goes away is reported too', async () => {
    await startWatch();
    // Row 4 repeats row 2 (same INSZ, same name and birth date); row 2 becomes someone else.
    await fake.host.userEdit('B001', 'A2:D2', [[C, 'Wouters', 'Lien', '04032005']]);
    expect(updates[0]).toMatchObject({ changedRows: [2], affectedRows: [4] });
    // Row 4 is no longer a duplicate: it is reported with no issues left.
    expect(codes(updates[0])).toEqual([]);
    await fake.host.userEdit('B001', 'A3:D3', [[C, 'Wouters', 'Lien', '04032005']]);
    expect(updates[1]).toMatchObject({ changedRows: [3], affectedRows: [] });
    expect(codes(updates[1])).toEqual([[3, null, 'duplicate_person']]);
  });

  test('typing below the last row extends the sheet; the header row is checked when edited', async () => {
    await startWatch();
    await fake.host.userEdit('B001', 'A7', '123');
    expect(updates[0]).toMatchObject({ changedRows: [7] });
    expect(codes(updates[0])).toEqual([[7, 'insz', 'insz_length']]);
    expect(updates[0]?.report.counts.rows).toBe(6);
    await fake.host.userEdit('B001', 'A1', 'Rijksregisternummer');
    expect(codes(updates[1])).toEqual([[1, null, 'header_mismatch']]);
  });

  test('edits beyond column E are not registrations: no re-check', async () => {
    await startWatch();
    await fake.host.userEdit('B001', 'G2:H3', [
      ['x', 'y'],
      ['z', 'w'],
    ]);
    expect(updates).toEqual([]);
  });

  test('deleted rows and large pastes re-read the whole sheet', async () => {
    await startWatch('B001', 2);
    await fake.host.userDeleteRows('B001', 2);
    expect(updates[0]).toMatchObject({ reason: 'reread', changedRows: [2, 3] });
    expect(codes(updates[0])).toEqual([]);
    await fake.host.userEdit('B001', 'B2:B4', [['Janssens'], ['Janssens '], ['Maes']]);
    expect(updates[1]).toMatchObject({ reason: 'reread', changedRows: [2, 3, 4] });
    expect(codes(updates[1])).toEqual([
      [3, 'naam', 'whitespace_edge'],
      // Row 4 was empty after the deletion: a name alone identifies nobody.
      [4, null, 'identity_missing'],
    ]);
  });

  test("the add-in's own writes are ignored: fixes and marks (triggerSource ThisLocalAddin)", async () => {
    await fake.host.userEdit('B001', 'B2', 'Peeters ');
    await startWatch();
    const events = fake.host.eventLog.length;
    const fixed = await Excel.run((context) =>
      applyFixes(context, { sheetName: 'B001', targets: ['B2'], today: TODAY }),
    );
    expect(fixed.ok && fixed.value.fixed).toHaveLength(1);
    await Excel.run((context) =>
      markIssues(context, {
        sheetName: 'B001',
        issues: [
          { code: 'duplicate_person', row: 4, column: null, severity: 'warning', params: { firstRow: 2 } },
        ],
      }),
    );
    await fake.host.flushEvents();
    // Excel did raise the event for the fix on B001 ...
    const raised = fake.host.eventLog.slice(events).filter((e) => e.address === 'B2');
    expect(raised.map((e) => e.triggerSource)).toEqual(['ThisLocalAddin']);
    // ... and the watcher ignored it.
    expect(updates).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('with events switched off while writing, Excel raises nothing at all', async () => {
    await fake.host.userEdit('B001', 'B2', 'Peeters ');
    await startWatch();
    const events = fake.host.eventLog.length;
    await Excel.run((context) =>
      applyFixes(context, { sheetName: 'B001', targets: ['B2'], today: TODAY, suspendEvents: true }),
    );
    await fake.host.flushEvents();
    expect(fake.host.eventLog.length).toBe(events);
    expect(updates).toEqual([]);
    // Events are on again for the user's next edit.
    await fake.host.userEdit('B001', 'C2', 'Jan ');
    expect(updates).toHaveLength(1);
  });

  test('the module guard: changes while the add-in writes are ignored, until one task after it is released', async () => {
    await startWatch();
    expect(isOwnWriteInProgress()).toBe(false);
    const release = beginOwnWrites();
    expect(isOwnChange({ triggerSource: 'Unknown' })).toBe(true);
    // A change the host does not mark as ours (an older host): the guard still hides it.
    await fake.host.userEdit('B001', 'B3', 'Maes ');
    expect(updates).toEqual([]);
    release();
    expect(isOwnWriteInProgress()).toBe(true);
    await tick();
    expect(isOwnWriteInProgress()).toBe(false);
    expect(isOwnChange({ triggerSource: 'Unknown' })).toBe(false);
    expect(isOwnChange({ triggerSource: 'ThisLocalAddin' })).toBe(true);
    await fake.host.userEdit('B001', 'B3', 'Maes  ');
    expect(updates).toHaveLength(1);
  });

  test('edits are handled in order, and stop() removes the handlers', async () => {
    const started = await startWatch();
    await Promise.all([fake.host.userEdit('B001', 'B2', 'Een '), fake.host.userEdit('B001', 'B2', 'Twee')]);
    await started.settled();
    expect(updates.map((u) => codes(u))).toEqual([[], []]);
    await started.stop();
    watch = null;
    expect(fake.host.eventHandlerCount).toBe(0);
    await fake.host.userEdit('B001', 'B2', 'Drie ');
    expect(updates).toHaveLength(2);
  });

  test('a sheet that does not exist', async () => {
    expect(
      await watchRegistrationSheets({
        sheets: [{ sheetName: 'Weg' }],
        today: () => TODAY,
        settings: DEFAULT_SETTINGS,
        onIssues: () => undefined,
      }),
    ).toEqual({ ok: false, reason: 'sheet_not_found', sheetName: 'Weg' });
    expect(fake.host.eventHandlerCount).toBe(0);
  });
});
