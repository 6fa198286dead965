import type { Issue, RegistrationColumn, Severity } from '../../src/core';
import { clearMarks, markIssues } from '../../src/excel/marks';
import { type InstalledFakeExcel, installFakeExcel } from '../../src/fake-excel';

/*
 * Issue #10: "a failure at any sync leaves the workbook restorable". Every sync of a marking (the
 * first one, a re-check that changes, adds and removes marks) and of a clearing is made to fail in
 * turn, before any of its operations ran and half-way through them; "Markeringen wissen" afterwards
 * must give every cell back exactly the fill it had before the add-in marked anything. Small write
 * requests (maxRequestBytes) make each step take several syncs.
 */

const ROWS = 400;
const COLUMNS = ['A', 'B', 'C', 'D', 'E'];
const GREEN = '#C6EFCE';
const BLUE = '#BDD7EE';
const SMALL_REQUESTS = 3000;

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

const issue = (row: number, column: RegistrationColumn | null, severity: Severity): Issue => ({
  code: 'insz_checksum',
  row,
  column,
  severity,
  params: {},
});

/** First marks: A and D every other row, errors and warnings. */
const FIRST: Issue[] = Array.from({ length: ROWS / 2 }, (_, i) => [
  issue(2 + 2 * i, 'insz', 'error'),
  issue(2 + 2 * i, 'geboortedatum', i % 3 === 0 ? 'warning' : 'error'),
]).flat();
/** A re-check: half the marks gone, some other severity, new ones in B and row-level ones. */
const SECOND: Issue[] = [
  ...FIRST.filter((item) => item.row % 4 === 2).map((item) => ({
    ...item,
    severity: (item.row % 8 === 2 ? 'warning' : item.severity) as Severity,
  })),
  ...Array.from({ length: 60 }, (_, i) => issue(3 + 4 * i, 'naam', 'info')),
  issue(7, null, 'warning'),
];

function setUp(): void {
  fake = installFakeExcel(globalThis, { sheets: ['B001'] });
  fake.host.addSheet('Andere', { rows: [['x']] });
  // The user's own fills, under and next to the marks.
  for (let row = 2; row <= ROWS + 1; row += 5) fake.host.setCell('B001', `A${row}`, { fill: GREEN });
  for (let row = 2; row <= 60; row++) fake.host.setCell('B001', `D${row}`, { fill: BLUE });
  fake.host.setCell('B001', 'B7', { fill: GREEN });
}

function fills(): (string | null)[] {
  const sheet = fake.host.inspect.sheet('B001');
  const out: (string | null)[] = [];
  for (let row = 1; row <= ROWS + 2; row++)
    for (const column of COLUMNS) out.push(sheet.fill(`${column}${row}`));
  return out;
}

const mark = (issues: readonly Issue[]) =>
  Excel.run((context) => markIssues(context, { sheetName: 'B001', issues, maxRequestBytes: SMALL_REQUESTS }));
const clear = () =>
  Excel.run((context) => clearMarks(context, { sheetName: 'B001', maxRequestBytes: SMALL_REQUESTS }));
const otherMarks = () =>
  Excel.run((context) => markIssues(context, { sheetName: 'Andere', issues: [issue(1, 'insz', 'error')] }));

/** Syncs a step takes when nothing fails. */
async function syncsOf(before: () => Promise<unknown>, step: () => Promise<unknown>): Promise<number> {
  setUp();
  await before();
  fake.host.resetStats();
  await step();
  const syncs = fake.host.stats.syncs;
  fake.uninstall();
  return syncs;
}

const steps: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
  ['the first marking', async () => otherMarks(), () => mark(FIRST)],
  [
    'a re-check that changes, adds and removes marks',
    async () => {
      await otherMarks();
      await mark(FIRST);
    },
    () => mark(SECOND),
  ],
  [
    'a clearing',
    async () => {
      await otherMarks();
      await mark(FIRST);
    },
    () => clear(),
  ],
];

describe.each(steps)('%s', (_label, before, step) => {
  test('fails at each sync, before and in the middle of its operations: the workbook stays restorable', async () => {
    const total = await syncsOf(before, step);
    expect(total).toBeGreaterThanOrEqual(4);
    for (let at = 1; at <= total; at++) {
      for (const afterOperations of [0, 1, 7]) {
        setUp();
        const original = fills();
        await before();
        fake.host.failSync(at, afterOperations);
        await expect(step()).rejects.toMatchObject({ code: 'GeneralException' });
        fake.host.clearFailure();
        // "Markeringen wissen" gives every cell its fill from before any mark.
        const cleared = await clear();
        expect(cleared.ok).toBe(true);
        expect({ at, afterOperations, fills: fills() }).toEqual({ at, afterOperations, fills: original });
        // The other sheet's marks are untouched, and still known.
        expect(fake.host.inspect.sheet('Andere').fill('A1')).not.toBeNull();
        fake.uninstall();
      }
    }
  });
});

test('after a failed re-check, checking again gives the marks of the findings, and clearing restores', async () => {
  setUp();
  const original = fills();
  await mark(FIRST);
  fake.host.failSync(3, 2);
  await expect(mark(SECOND)).rejects.toMatchObject({ code: 'GeneralException' });
  const again = await mark(SECOND);
  expect(again.ok).toBe(true);
  const sheet = fake.host.inspect.sheet('B001');
  expect(sheet.fill('A4')).toBeNull(); // row 4: FIRST only, its mark gone, no user fill
  expect(sheet.fill('A7')).toBe('#FBE1A6'); // row 7: a row-level warning
  expect(sheet.fill('B3')).toBe('#CFE2F6'); // info
  await clear();
  expect(fills()).toEqual(original);
});
