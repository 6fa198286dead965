import { EXPORT_LOG_SHEET } from '../../src/excel/exportLogTable';
import type { InstalledFakeExcel } from '../../src/fake-excel';
import { workbookWithBatch } from '../support/batchWorkbook';
import { inspectActiveSheet } from '../../src/taskpane/checkSheet';
import { toPaneError } from '../../src/taskpane/errors';
import { exportPrepared, prepareActiveSheet } from '../../src/taskpane/exportBatch';
import { ActionRunningError, oneAtATime, runningAction } from '../../src/taskpane/oneAction';
import { fixCells, markSheet } from '../../src/taskpane/sheetActions';
import { makeInsz } from '../support/syntheticInsz';
import { checkTools } from '../support/checkTools';
import type { CheckTools } from '../../src/taskpane/checkSheet';

/*
 * Issue #10, "one action at a time": two workbook actions started in the same JavaScript task
 * (two clicks before React re-renders) must not both run. Before the guard, two Exporteren calls
 * logged every file twice.
 */

const TODAY = new Date(2026, 10, 28);
const tools = (): CheckTools => checkTools(TODAY);

let fake: InstalledFakeExcel;
let sheetName = '';

beforeEach(async () => {
  ({ fake, sheetName } = await workbookWithBatch(TODAY));
  // 150 rows: two files.
  const rows = Array.from({ length: 150 }, (_, i) => [
    makeInsz({ year: 1980 + (i % 20), month: 1 + (i % 12), day: 1 + (i % 28), serial: 101 + 2 * i }),
    `Naam${i}`,
    `Voornaam${i}`,
    '',
    '',
  ]);
  await fake.host.userEdit(sheetName, `A2:E${rows.length + 1}`, rows);
  fake.host.userActivate(sheetName);
});
afterEach(() => fake.uninstall());

function logRows(): unknown[][] {
  const values = fake.host.inspect.sheet(EXPORT_LOG_SHEET).values('A2:I50');
  return values.filter((row) => row.some((value) => value !== '' && value !== null));
}

test('two Exporteren calls in the same task: one exports, the other is refused, every file is logged once', async () => {
  const prepared = await prepareActiveSheet(tools());
  if (prepared.kind !== 'ready') throw new Error(`not ready: ${prepared.kind}`);
  expect(prepared.prepared.plan.files).toHaveLength(2);

  const first = exportPrepared(prepared.prepared, { validOnly: false, confirmed: false }, tools());
  const second = exportPrepared(prepared.prepared, { validOnly: false, confirmed: false }, tools());
  const [a, b] = await Promise.allSettled([first, second]);

  expect(a.status).toBe('fulfilled');
  expect(a.status === 'fulfilled' && a.value.kind).toBe('done');
  expect(b.status).toBe('rejected');
  const reason = b.status === 'rejected' ? (b.reason as unknown) : null;
  expect(reason).toBeInstanceOf(ActionRunningError);
  // The pane shows it (ErrorBar), in the user's language.
  expect(toPaneError(reason)).toEqual({ kind: 'action_running' });
  expect(logRows()).toHaveLength(2);
  expect(runningAction()).toBeNull();
});

test('Controleren, a fix or the marks while an export runs are refused; nothing is doubled', async () => {
  const prepared = await prepareActiveSheet(tools());
  if (prepared.kind !== 'ready') throw new Error(`not ready: ${prepared.kind}`);
  const exporting = exportPrepared(prepared.prepared, { validOnly: false, confirmed: false }, tools());
  const others = await Promise.allSettled([
    inspectActiveSheet(tools()),
    fixCells({ sheetName, targets: ['A2'], today: TODAY }),
    markSheet({ sheetName, issues: [] }),
    prepareActiveSheet(tools()),
  ]);
  for (const other of others) {
    expect(other.status).toBe('rejected');
    if (other.status === 'rejected') expect(other.reason).toBeInstanceOf(ActionRunningError);
  }
  expect((await exporting).kind).toBe('done');
  expect(logRows()).toHaveLength(2);
  // Free again afterwards: a check runs.
  expect((await inspectActiveSheet(tools())).kind).toBe('checked');
});

test('the guard is released when an action fails, throws synchronously or is refused', async () => {
  await expect(oneAtATime('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  expect(runningAction()).toBeNull();
  await expect(
    oneAtATime('x', () => {
      throw new Error('sync');
    }),
  ).rejects.toThrow('sync');
  expect(runningAction()).toBeNull();
  let release = (): void => {};
  const held = oneAtATime('held', () => new Promise<void>((resolve) => (release = resolve)));
  expect(runningAction()).toBe('held');
  await expect(oneAtATime('second', () => Promise.resolve(1))).rejects.toBeInstanceOf(ActionRunningError);
  expect(runningAction()).toBe('held');
  release();
  await held;
  await expect(oneAtATime('third', () => Promise.resolve(3))).resolves.toBe(3);
});
