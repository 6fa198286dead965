/**
 * Live updates put into the shown check result (src/taskpane/mergeLiveUpdate). The updates are
 * built as src/excel/watchRegistrationSheets builds them: core's validateRegistrations of the whole sheet without
 * the other batches, plus the rows whose findings changed since the previous validation.
 */
import fc from 'fast-check';
import {
  type BatchMetadata,
  DEFAULT_SETTINGS,
  type ExportSettings,
  type Issue,
  type OtherBatch,
  type RegistrationRow,
  compareIssues,
  rowSignatures,
  rowsWithOtherFindings,
  validateRegistrations,
} from '../../src/core';
import { type LiveUpdate, type ShownFindings, mergeLiveUpdate } from '../../src/taskpane/mergeLiveUpdate';
import { textRow } from '../support/rows';
import { makeInsz } from '../support/syntheticInsz';
import { INSZ_A as A, INSZ_B as B, INSZ_C as C } from '../support/threePeople';

const TODAY = new Date(2026, 10, 28);
const BATCH: BatchMetadata = {
  toedienerInsz: makeInsz({ year: 1980, month: 5, day: 17, serial: 907 }),
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-20',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
};
/** Another batch, same product and date, holding person A: A is a duplicate_across_batches. */
const OTHER: OtherBatch = {
  batchId: 'B002',
  sheetName: 'B002 Vaxigrip',
  batch: BATCH,
  rows: [textRow(2, [A, 'Peeters', 'Jan', '30071985'])],
};
const HEADER_WRONG: Issue = {
  code: 'header_mismatch',
  row: 1,
  column: null,
  severity: 'error',
  params: { found: 'Naam' },
};

type Values = readonly string[];

const sheet = (rows: readonly Values[]): RegistrationRow[] => rows.map((values, i) => textRow(i + 2, values));

/** What "Controleren" shows after a full check: with the other batches, header findings first. */
function checked(
  rows: readonly RegistrationRow[],
  settings: ExportSettings = DEFAULT_SETTINGS,
  headerIssues: readonly Issue[] = [],
): ShownFindings {
  const report = validateRegistrations({ rows, today: TODAY, settings, batch: BATCH, otherBatches: [OTHER] });
  return { issues: [...headerIssues, ...report.issues], report };
}

/** The watcher's validation: the same rows, no other batches (src/excel/events). */
const watched = (rows: readonly RegistrationRow[], settings: ExportSettings = DEFAULT_SETTINGS) =>
  validateRegistrations({ rows, today: TODAY, settings, batch: BATCH });

/** An `edit` update as the watcher gives it: the edited rows, and the others whose findings changed. */
function edit(
  before: readonly RegistrationRow[],
  after: readonly RegistrationRow[],
  changedRows: readonly number[],
  options: { settings?: ExportSettings; headerIssues?: readonly Issue[] } = {},
): LiveUpdate {
  const report = watched(after, options.settings);
  const changed = new Set(changedRows);
  const affected = rowsWithOtherFindings(
    rowSignatures(watched(before, options.settings).issues),
    rowSignatures(report.issues),
  ).filter((row) => !changed.has(row));
  return {
    reason: 'edit',
    changedRows,
    affectedRows: affected,
    report,
    headerIssues: options.headerIssues ?? [],
  };
}

const triples = (issues: readonly Issue[]) => issues.map((issue) => [issue.row, issue.column, issue.code]);

const ROWS: Values[] = [
  [A, 'Peeters', 'Jan', '30071985', '1000'],
  [B, 'Maes', 'An', '02011990', '9000'],
  [C, 'Wouters', 'Lien', '04032005', '1500'],
];

describe('mergeLiveUpdate', () => {
  test('the formula_value finding of the check stays after an edit (the watcher reads values only)', () => {
    const before = sheet(ROWS);
    const formulas: Issue = {
      code: 'formula_value',
      row: 2,
      column: null,
      severity: 'info',
      params: { cells: 'A2:A4', count: 3 },
    };
    const shown = checked(before, DEFAULT_SETTINGS, [formulas]);
    const after = sheet([ROWS[0] as Values, [B, ' Maes', 'An', '02011990', '9000'], ROWS[2] as Values]);
    const next = mergeLiveUpdate(shown, edit(before, after, [3]));
    expect(triples(next.issues)).toEqual([
      [2, null, 'formula_value'],
      [2, null, 'duplicate_across_batches'],
      [3, 'naam', 'whitespace_edge'],
    ]);
    expect(next.issues[0]).toEqual(formulas);
  });

  test('an edit replaces the findings of the edited row only, and recounts', () => {
    const before = sheet(ROWS);
    const shown = checked(before);
    expect(triples(shown.issues)).toEqual([[2, null, 'duplicate_across_batches']]);
    const after = sheet([ROWS[0] as Values, [B, ' Maes', 'An', '02011990', '90000'], ROWS[2] as Values]);
    const next = mergeLiveUpdate(shown, edit(before, after, [3]));
    expect(triples(next.issues)).toEqual([
      [2, null, 'duplicate_across_batches'],
      [3, 'naam', 'whitespace_edge'],
      [3, 'postcode', 'postcode_format'],
    ]);
    expect(next.report.issues).toEqual(next.issues);
    expect(next.report.counts).toEqual({
      rows: 3,
      ready: 3,
      blocked: 0,
      empty: 0,
      errors: 0,
      warnings: 3,
      infos: 0,
    });
    expect(next).toMatchObject({ changedRows: [3], droppedAcrossBatches: 0 });
  });

  test('rows the edit affected elsewhere (a duplicate appears, then goes away) are updated too', () => {
    const before = sheet(ROWS);
    const shown = checked(before);
    // Row 4 becomes the person of row 3: row 4 is the duplicate, row 3 is unchanged.
    const twice = sheet([ROWS[0] as Values, ROWS[1] as Values, ROWS[1] as Values]);
    const first = mergeLiveUpdate(shown, edit(before, twice, [4]));
    expect(triples(first.issues)).toEqual([
      [2, null, 'duplicate_across_batches'],
      [4, null, 'duplicate_person'],
    ]);
    // Row 3 becomes someone else: row 4 is no longer a duplicate, though nobody typed in it.
    const apart = sheet([ROWS[0] as Values, ROWS[2] as Values, ROWS[1] as Values]);
    const update = edit(twice, apart, [3]);
    expect(update.affectedRows).toEqual([4]);
    const second = mergeLiveUpdate(first, update);
    expect(triples(second.issues)).toEqual([[2, null, 'duplicate_across_batches']]);
    expect(second.report.counts.warnings).toBe(1);
  });

  test('duplicate_across_batches is dropped where the row changed, and kept where only affected', () => {
    const rows: Values[] = [ROWS[0] as Values, ROWS[1] as Values, [A, 'Peeters', 'Jan', '30071985', '1000']];
    const before = sheet(rows);
    const shown = checked(before);
    expect(triples(shown.issues)).toEqual([
      [2, null, 'duplicate_across_batches'],
      [4, null, 'duplicate_person'],
      [4, null, 'duplicate_across_batches'],
    ]);
    // Row 2 gets a stray space in its postcode: its cells changed, so its match with B002 is no
    // longer known. Row 4 (still a duplicate of row 2, unchanged) keeps its own.
    const after = sheet([[A, 'Peeters', 'Jan', '30071985', '1000 '], rows[1] as Values, rows[2] as Values]);
    const next = mergeLiveUpdate(shown, edit(before, after, [2]));
    expect(triples(next.issues)).toEqual([
      [2, 'postcode', 'whitespace_edge'],
      [4, null, 'duplicate_person'],
      [4, null, 'duplicate_across_batches'],
    ]);
    expect(next.droppedAcrossBatches).toBe(1);
  });

  test('a row only affected keeps duplicate_across_batches in core order among its fresh findings', () => {
    const rows: Values[] = [ROWS[1] as Values, [A, 'Peeters', 'Jan', '30071985', '1000']];
    const before = sheet(rows);
    const shown = checked(before);
    expect(triples(shown.issues)).toEqual([[3, null, 'duplicate_across_batches']]);
    // Row 2 becomes A too: row 3 (unchanged) is now a duplicate_person of row 2, which core puts
    // before duplicate_across_batches.
    const after = sheet([[A, 'Peeters', 'Jan', '30071985', '1000'], rows[1] as Values]);
    const update = edit(before, after, [2]);
    expect(update.affectedRows).toEqual([3]);
    const next = mergeLiveUpdate(shown, update);
    expect(triples(next.issues)).toEqual([
      [3, null, 'duplicate_person'],
      [3, null, 'duplicate_across_batches'],
    ]);
    // The same order a full check gives.
    expect(triples(next.issues)).toEqual(triples(checked(after).issues.filter((i) => i.row === 3)));
  });

  test('a kept duplicate_across_batches and a fresh file-limit notice on one row: core order, not arrival order', () => {
    const settings: ExportSettings = { ...DEFAULT_SETTINGS, linesPerFile: 2 };
    const before = sheet([[], [A, 'Peeters', 'Jan', '30071985', '1000']]);
    const shown = checked(before, settings);
    expect(triples(shown.issues)).toEqual([[3, null, 'duplicate_across_batches']]);
    // Row 2 gets a person: row 3 is now past the limit of 1 row per file (affected, not edited).
    const after = sheet([ROWS[1] as Values, [A, 'Peeters', 'Jan', '30071985', '1000']]);
    const update = edit(before, after, [2], { settings });
    expect(update.affectedRows).toEqual([3]);
    const next = mergeLiveUpdate(shown, update);
    // The same order a full check gives, and what core's compareIssues says.
    expect(triples(next.issues)).toEqual(triples(checked(after, settings).issues));
    expect(triples(next.issues)).toEqual(triples([...next.issues].sort(compareIssues)));
    expect(triples(next.issues)).toEqual([
      [3, null, 'duplicate_across_batches'],
      [3, null, 'rows_over_limit'],
    ]);
  });

  test('the header findings are the update’s', () => {
    const before = sheet(ROWS);
    const shown = checked(before, DEFAULT_SETTINGS, [HEADER_WRONG]);
    const fixedHeader = mergeLiveUpdate(shown, edit(before, before, [], { headerIssues: [] }));
    expect(triples(fixedHeader.issues)).toEqual([[2, null, 'duplicate_across_batches']]);
    const broken = mergeLiveUpdate(fixedHeader, edit(before, before, [], { headerIssues: [HEADER_WRONG] }));
    expect(triples(broken.issues)).toEqual([
      [1, null, 'header_mismatch'],
      [2, null, 'duplicate_across_batches'],
    ]);
    // header_mismatch is the sheet's, not a row's: not in the report's issues or counts.
    expect(broken.report.issues).toHaveLength(1);
    expect(broken.report.counts.errors).toBe(0);
  });

  test('typing below the last row adds rows; the file-limit notice and file count follow', () => {
    const settings: ExportSettings = { ...DEFAULT_SETTINGS, linesPerFile: 3 };
    const before = sheet(ROWS.slice(0, 2));
    const shown = checked(before, settings);
    expect(shown.report.fileCount).toBe(1);
    const after = sheet([...ROWS.slice(0, 2), [], ['123']]);
    const next = mergeLiveUpdate(shown, edit(before, after, [5], { settings }));
    expect(triples(next.issues)).toEqual([
      [2, null, 'duplicate_across_batches'],
      [5, 'insz', 'insz_length'],
    ]);
    expect(next.report.counts).toMatchObject({ rows: 4, ready: 2, blocked: 1, empty: 1 });
    const ready = sheet([...ROWS.slice(0, 2), [], ROWS[2] as Values]);
    const third = mergeLiveUpdate(next, edit(after, ready, [5], { settings }));
    expect(triples(third.issues)).toEqual([
      [2, null, 'duplicate_across_batches'],
      [5, null, 'rows_over_limit'],
    ]);
    expect(third.report.fileCount).toBe(2);
  });

  test('the first read of the watcher: rows edited since the check are the changed rows', () => {
    const before = sheet(ROWS);
    const shown = checked(before);
    const same = mergeLiveUpdate(shown, {
      reason: 'initial',
      changedRows: [2, 3, 4],
      affectedRows: [],
      report: watched(before),
      headerIssues: [],
    });
    // Only duplicate_across_batches differs, and the watcher cannot know it: nothing changed.
    expect(same.changedRows).toEqual([]);
    expect(same.issues).toEqual(shown.issues);
    expect(same.report.counts).toEqual(shown.report.counts);

    const after = sheet([ROWS[0] as Values, [B, 'Maes '], ROWS[2] as Values]);
    const next = mergeLiveUpdate(shown, {
      reason: 'initial',
      changedRows: [2, 3, 4],
      affectedRows: [],
      report: watched(after),
      headerIssues: [],
    });
    expect(next.changedRows).toEqual([3]);
    expect(triples(next.issues)).toEqual([
      [2, null, 'duplicate_across_batches'],
      [3, 'naam', 'whitespace_edge'],
    ]);
  });

  test('a re-read (rows inserted or deleted) replaces everything: rows may have moved', () => {
    const before = sheet(ROWS);
    const shown = checked(before);
    const after = sheet([ROWS[1] as Values, ROWS[2] as Values]);
    const next = mergeLiveUpdate(shown, {
      reason: 'reread',
      changedRows: [2, 3],
      affectedRows: [],
      report: watched(after),
      headerIssues: [],
    });
    expect(next.issues).toEqual([]);
    expect(next).toMatchObject({ changedRows: [2, 3], droppedAcrossBatches: 1 });
    expect(next.report.counts).toMatchObject({ rows: 2, ready: 2, warnings: 0 });
  });
});

describe('mergeLiveUpdate over any sequence of edits', () => {
  /** Values that make every kind of finding the watcher reports, duplicates and A (in B002) included. */
  const POOL: Values[] = [
    [],
    [A, 'Peeters', 'Jan', '30071985', '1000'],
    [B, 'Maes', 'An', '02011990', '9000'],
    [C, 'Wouters', 'Lien', '04032005'],
    [B, 'Maes ', 'An'],
    ['123', 'Janssens'],
    ['', 'Janssens', '', '01012000'],
    ['', 'Janssens', 'Piet', '31022000', '99'],
    [A],
  ];
  const arbRow = fc.integer({ min: 0, max: POOL.length - 1 });
  const arbEdit = fc.record({
    at: fc.integer({ min: 0, max: 7 }),
    values: fc.array(arbRow, { maxLength: 3 }),
  });

  test('what is shown is a full check of the sheet as it is now, less duplicate_across_batches of changed rows', () => {
    fc.assert(
      fc.property(
        fc.array(arbRow, { maxLength: 6 }),
        fc.array(arbEdit, { maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (start, edits, limit) => {
          const settings: ExportSettings = { ...DEFAULT_SETTINGS, linesPerFile: limit + 1 };
          let values = start.map((i) => POOL[i] as Values);
          let rows = sheet(values);
          const check = checked(rows, settings);
          let shown: ShownFindings = check;
          const touched = new Set<number>();
          for (const { at, values: pasted } of edits) {
            const next = [...values];
            while (next.length < at + pasted.length) next.push([]);
            pasted.forEach((i, k) => (next[at + k] = POOL[i] as Values));
            // The watcher drops trailing empty rows (events.ts WatchedSheetState.put).
            while (next.length > 0 && (next[next.length - 1] as Values).every((v) => v === '')) next.pop();
            const after = sheet(next);
            const changed = pasted.map((_, k) => at + k + 2);
            shown = mergeLiveUpdate(shown, edit(rows, after, changed, { settings }));
            changed.forEach((row) => touched.add(row));
            values = next;
            rows = after;
          }
          // A full check of the sheet as it is now, less what the watcher cannot know: whether a
          // row that changed is in another batch. (That match depends on the row's cells only.)
          const full = checked(rows, settings).report;
          const expected = full.issues.filter(
            (i) => i.code !== 'duplicate_across_batches' || !touched.has(i.row),
          );
          expect(triples(shown.issues)).toEqual(triples(expected));
          expect(shown.report.counts).toEqual({
            ...full.counts,
            warnings: full.counts.warnings - (full.issues.length - expected.length),
          });
          expect(shown.report.fileCount).toBe(full.fileCount);
        },
      ),
      { numRuns: 300 },
    );
  });
});
