/**
 * "Controleren" as a pure state machine (src/taskpane/check/checkReducer, issue #12): every
 * transition, with results made by core's validateRegistrations on synthetic rows, and live
 * updates shaped as src/excel/watchRegistrationSheets makes them.
 */
import {
  type BatchMetadata,
  DEFAULT_SETTINGS,
  type RegistrationRow,
  rowSignatures,
  rowsWithOtherFindings,
  validateRegistrations,
} from '../../src/core';
import type { SheetIssuesUpdate } from '../../src/excel/watchRegistrationSheets';
import { REGISTRATION_SHEET_MAPPING } from '../../src/excel/sheetMapping';
import {
  type CheckAction,
  type CheckState,
  INITIAL_CHECK_STATE,
  checkReducer,
} from '../../src/taskpane/check/checkReducer';
import { type CheckResult, type InspectOutcome, cellsWithFindings } from '../../src/taskpane/checkSheet';
import { textRow } from '../support/rows';
import { makeInsz } from '../support/syntheticInsz';
import { INSZ_A as A, INSZ_B as B } from '../support/threePeople';

const TODAY = new Date(2026, 10, 28);
const SHEET = 'B001 Vaxigrip 28-11-2026';
const BATCH: BatchMetadata = {
  toedienerInsz: makeInsz({ year: 1980, month: 5, day: 17, serial: 907 }),
  gratisVoorraad: 'Ja',
  datumToediening: '2026-11-20',
  immunisatieproduct: 'Vaxigrip Tetra',
  dosis: 0.5,
};
const GOOD: RegistrationRow[] = [
  textRow(2, [A, 'Peeters', 'Jan', '30071985', '1000']),
  textRow(3, [B, 'Maes', 'An', '02011990', '9000']),
];
/** Row 3's INSZ has a typo in its check digits (insz_checksum). */
const B_TYPO = `${B.slice(0, 9)}${String((Number(B.slice(9)) + 1) % 100).padStart(2, '0')}`;
const TYPO: RegistrationRow[] = [
  GOOD[0] as RegistrationRow,
  textRow(3, [B_TYPO, 'Maes', 'An', '02011990', '9000']),
];

function registrationResult(rows: readonly RegistrationRow[], comparedBatches = 0): CheckResult {
  const report = validateRegistrations({ rows, today: TODAY, settings: DEFAULT_SETTINGS, batch: BATCH });
  return {
    sheetName: SHEET,
    source: { kind: 'registration', batchId: 'B001', batchIssues: [], batch: BATCH, comparedBatches },
    mapping: REGISTRATION_SHEET_MAPPING,
    issues: report.issues,
    report,
    extraColumns: [],
    cells: cellsWithFindings(rows, report.issues),
  };
}

function existingResult(rows: readonly RegistrationRow[]): CheckResult {
  return { ...registrationResult(rows), sheetName: 'Lijst', source: { kind: 'existing' } };
}

const checked = (result: CheckResult, fixed?: number): CheckAction => ({
  type: 'checked',
  outcome: { kind: 'checked', result },
  settings: DEFAULT_SETTINGS,
  ...(fixed === undefined ? {} : { fixed }),
});

const run = (actions: readonly CheckAction[], from: CheckState = INITIAL_CHECK_STATE): CheckState =>
  actions.reduce(checkReducer, from);

const START: CheckAction = { type: 'action_started', clearsNotice: true };

/** A state showing a checked registration sheet (check 1), watched. */
const watchedResult = (rows: readonly RegistrationRow[] = GOOD, comparedBatches = 0) =>
  run([START, checked(registrationResult(rows, comparedBatches))]);

/** The watcher's update after `after` replaced `before`, rows `changedRows` edited. */
function edit(
  before: readonly RegistrationRow[],
  after: readonly RegistrationRow[],
  changedRows: readonly number[],
  reason: SheetIssuesUpdate['reason'] = 'edit',
): SheetIssuesUpdate {
  const validate = (rows: readonly RegistrationRow[]) =>
    validateRegistrations({ rows, today: TODAY, settings: DEFAULT_SETTINGS, batch: BATCH });
  const report = validate(after);
  const changed = new Set(changedRows);
  const affectedRows = rowsWithOtherFindings(
    rowSignatures(validate(before).issues),
    rowSignatures(report.issues),
  ).filter((row) => !changed.has(row));
  const wanted = new Set([...changedRows, ...affectedRows]);
  return {
    sheetName: SHEET,
    worksheetId: '{ws-1}',
    reason,
    changedRows,
    affectedRows,
    issues: report.issues.filter((issue) => wanted.has(issue.row)),
    report,
    headerIssues: [],
    rows: after.filter((row) => wanted.has(row.row)),
  };
}

const codes = (state: CheckState) =>
  state.view.kind === 'result' ? state.view.result.issues.map((issue) => [issue.row, issue.code]) : null;

describe('checkReducer: checks', () => {
  test('starts idle, watching nothing', () => {
    expect(INITIAL_CHECK_STATE.view).toEqual({ kind: 'idle' });
    expect(INITIAL_CHECK_STATE.watch).toBeNull();
  });

  test('a checked registration sheet is shown and watched under a new check id', () => {
    const state = watchedResult(TYPO);
    expect(state.view.kind).toBe('result');
    expect(codes(state)).toEqual([[3, 'insz_checksum']]);
    expect(state.watch).toEqual({ checkId: 1, sheetName: SHEET, batch: BATCH, settings: DEFAULT_SETTINGS });
    expect(state.view.kind === 'result' && state.view.checkId).toBe(1);
    expect(state.suspended).toBeNull();
  });

  test('each check gets the next id and a new watch target', () => {
    const state = run([START, checked(registrationResult(GOOD))], watchedResult());
    expect(state.checks).toBe(2);
    expect(state.watch?.checkId).toBe(2);
  });

  test('an existing sheet is shown but not watched (only A:E registration sheets are)', () => {
    const state = run([START, checked(existingResult(GOOD))], watchedResult());
    expect(state.view.kind).toBe('result');
    expect(state.watch).toBeNull();
    expect(state.suspended).toBeNull();
  });

  test('a check stops the watch while it runs and clears the notice', () => {
    const before = run([{ type: 'marks_done', notice: { kind: 'marked', cells: 3 } }], watchedResult());
    const running = checkReducer(before, START);
    expect(running.watch).toBeNull();
    expect(running.suspended).toEqual(before.watch);
    expect(running.notice).toBeNull();
    // The shown result stays while the check runs.
    expect(running.view).toBe(before.view);
  });

  test('a cancelled or failed check watches the shown result again', () => {
    const before = watchedResult();
    const state = run([START, { type: 'action_failed' }], before);
    expect(state.watch).toEqual(before.watch);
    expect(state.suspended).toBeNull();
    expect(state.view).toBe(before.view);
  });

  test.each([
    [
      'mapping',
      { kind: 'mapping', sheetName: 'Lijst', proposal: null, usedRange: 'A1:C9', registerBatch: null },
    ],
    ['empty', { kind: 'empty', sheetName: 'Leeg' }],
    ['not_found', { kind: 'not_found', sheetName: 'Weg' }],
  ] as const)('outcome %s: shown, and the previous watch is not resumed', (_, outcome: InspectOutcome) => {
    const state = run([START, { type: 'checked', outcome, settings: DEFAULT_SETTINGS }], watchedResult());
    expect(state.watch).toBeNull();
    expect(state.suspended).toBeNull();
    if (outcome.kind === 'mapping') expect(state.view).toEqual({ ...outcome, problem: false });
    else if (outcome.kind !== 'checked')
      expect(state.view).toEqual({ kind: 'message', reason: outcome.kind, sheetName: outcome.sheetName });
  });

  test.each([
    ['a list', null],
    ['a list with batch columns (issue #9)', { datumToediening: 5, immunisatieproduct: 6 }],
  ] as const)(
    'a refused mapping of %s shows the confirmed step again with its problem',
    (_, registerBatch) => {
      const proposal = null;
      const state = run([
        START,
        {
          type: 'checked',
          outcome: { kind: 'invalid_mapping', sheetName: 'Lijst', problem: 'column' },
          settings: DEFAULT_SETTINGS,
          mapping: { proposal, usedRange: 'A1:D20', registerBatch },
        },
      ]);
      expect(state.view).toEqual({
        kind: 'mapping',
        sheetName: 'Lijst',
        proposal: null,
        usedRange: 'A1:D20',
        registerBatch,
        problem: true,
      });
    },
  );

  test('every shown outcome asks for focus; a failure does not', () => {
    const shown = watchedResult();
    expect(shown.focusRequest).toBe(1);
    expect(run([START, { type: 'action_failed' }], shown).focusRequest).toBe(1);
    expect(
      run(
        [START, { type: 'checked', outcome: { kind: 'empty', sheetName: 'X' }, settings: DEFAULT_SETTINGS }],
        shown,
      ).focusRequest,
    ).toBe(2);
  });
});

describe('checkReducer: fixes', () => {
  test('fixes then the re-check: one suspended watch, the new result watched, the notice says how many', () => {
    const before = watchedResult(TYPO);
    const fixing = checkReducer(before, START);
    // The re-check after the fixes starts while the watch is already stopped: it keeps the target.
    const rechecking = checkReducer(fixing, { type: 'action_started', clearsNotice: false });
    expect(rechecking.suspended).toEqual(before.watch);
    const after = checkReducer(rechecking, checked(registrationResult(GOOD), 1));
    expect(after.notice).toEqual({ kind: 'fixed', cells: 1 });
    expect(after.watch?.checkId).toBe(2);
    expect(after.suspended).toBeNull();
    expect(after.focusRequest).toBe(before.focusRequest + 1);
  });

  test('a failed fix resumes the watch and keeps the result', () => {
    const before = watchedResult(TYPO);
    const state = run([START, { type: 'action_failed' }], before);
    expect(state.watch).toEqual(before.watch);
    expect(state.view).toBe(before.view);
    expect(state.notice).toBeNull();
  });

  test('a re-check that fails after the fixes resumes the watch and still says what was fixed', () => {
    const before = watchedResult(TYPO);
    const state = run(
      [START, { type: 'action_started', clearsNotice: false }, { type: 'action_failed', fixed: 2 }],
      before,
    );
    expect(state.watch).toEqual(before.watch);
    expect(state.notice).toEqual({ kind: 'fixed', cells: 2 });
  });

  test('fixes on a sheet that is gone: the message, no watch', () => {
    const state = run([START, { type: 'fix_sheet_missing', sheetName: SHEET }], watchedResult(TYPO));
    expect(state.view).toEqual({ kind: 'message', reason: 'not_found', sheetName: SHEET });
    expect(state.watch).toBeNull();
    expect(state.suspended).toBeNull();
  });
});

describe('checkReducer: marks', () => {
  test('marking clears the notice, then says what it did; the watch keeps running', () => {
    const before = run(
      [{ type: 'marks_done', notice: { kind: 'marks_cleared', cells: 4 } }],
      watchedResult(),
    );
    const marking = checkReducer(before, { type: 'marks_started' });
    expect(marking.notice).toBeNull();
    expect(marking.watch).toEqual(before.watch);
    const done = checkReducer(marking, { type: 'marks_done', notice: { kind: 'marks_sheet_taken' } });
    expect(done.notice).toEqual({ kind: 'marks_sheet_taken' });
  });
});

describe('checkReducer: live updates', () => {
  test('an edit is merged into the shown result, with a note of the rows', () => {
    const before = watchedResult(GOOD);
    const target = before.watch;
    if (target === null) throw new Error('not watched');
    const state = checkReducer(before, { type: 'live_update', update: edit(GOOD, TYPO, [3]), target });
    expect(codes(state)).toEqual([[3, 'insz_checksum']]);
    expect(state.view.kind === 'result' && state.view.live).toEqual({
      note: { kind: 'rows', firstRow: 3, rows: 1 },
      seq: 1,
    });
    expect(state.view.kind === 'result' && state.view.result.report.counts.blocked).toBe(1);
  });

  test("the shown cells follow the edit: a re-checked row's value is the new one, a fixed row's is gone", () => {
    const before = watchedResult(GOOD);
    const target = before.watch;
    if (target === null) throw new Error('not watched');
    const cellsOf = (state: CheckState) => (state.view.kind === 'result' ? state.view.result.cells : null);
    expect(cellsOf(before)?.size).toBe(0);
    const typed = checkReducer(before, { type: 'live_update', update: edit(GOOD, TYPO, [3]), target });
    expect(cellsOf(typed)?.get(3)?.insz).toEqual({ kind: 'text', value: B_TYPO });
    const fixed = checkReducer(typed, { type: 'live_update', update: edit(TYPO, GOOD, [3]), target });
    expect(cellsOf(fixed)?.has(3)).toBe(false);
    const reread = checkReducer(typed, {
      type: 'live_update',
      update: edit(TYPO, TYPO.slice(0, 1), [2], 'reread'),
      target,
    });
    expect(cellsOf(reread)?.size).toBe(0);
  });

  test('the same note again is a new announcement (seq)', () => {
    const before = watchedResult(GOOD);
    const target = before.watch;
    if (target === null) throw new Error('not watched');
    const update = edit(GOOD, GOOD, [2]);
    const state = run(
      [
        { type: 'live_update', update, target },
        { type: 'live_update', update, target },
      ],
      before,
    );
    expect(state.view.kind === 'result' && state.view.live?.seq).toBe(2);
  });

  test.each([
    ['reread', { kind: 'sheet' }],
    ['header edit', { kind: 'header' }],
  ] as const)('%s: its note', (label, note) => {
    const before = watchedResult(GOOD);
    const target = before.watch;
    if (target === null) throw new Error('not watched');
    const update =
      label === 'reread' ? edit(GOOD, GOOD, [2, 3], 'reread') : { ...edit(GOOD, GOOD, []), changedRows: [] };
    const state = checkReducer(before, { type: 'live_update', update, target });
    expect(state.view.kind === 'result' && state.view.live?.note).toEqual(note);
  });

  test('the first read notes only rows that changed since the check', () => {
    const before = watchedResult(GOOD);
    const target = before.watch;
    if (target === null) throw new Error('not watched');
    const same = checkReducer(before, {
      type: 'live_update',
      update: edit(GOOD, GOOD, [2, 3], 'initial'),
      target,
    });
    expect(same.view.kind === 'result' && same.view.live).toBeNull();
    const typed = checkReducer(before, {
      type: 'live_update',
      update: edit(GOOD, TYPO, [2, 3], 'initial'),
      target,
    });
    expect(typed.view.kind === 'result' && typed.view.live?.note).toEqual({ kind: 'since_check', rows: 1 });
  });

  test('an edit clears the notice of a fix or a mark; the first read does not', () => {
    const before = run([{ type: 'marks_done', notice: { kind: 'marked', cells: 2 } }], watchedResult());
    const target = before.watch;
    if (target === null) throw new Error('not watched');
    const initial = checkReducer(before, {
      type: 'live_update',
      update: edit(GOOD, GOOD, [2, 3], 'initial'),
      target,
    });
    expect(initial.notice).toEqual({ kind: 'marked', cells: 2 });
    const edited = checkReducer(before, { type: 'live_update', update: edit(GOOD, TYPO, [3]), target });
    expect(edited.notice).toBeNull();
  });

  test("an update of another check's watch does not change the shown result", () => {
    const first = watchedResult(GOOD);
    const oldTarget = first.watch;
    if (oldTarget === null) throw new Error('not watched');
    const second = run([START, checked(registrationResult(GOOD))], first);
    const state = checkReducer(second, {
      type: 'live_update',
      update: edit(GOOD, TYPO, [3]),
      target: oldTarget,
    });
    expect(state.view).toBe(second.view);
  });

  test('edited rows of a sheet compared with other batches mark the cross-batch findings as stale', () => {
    const before = watchedResult(GOOD, 1);
    const target = before.watch;
    if (target === null) throw new Error('not watched');
    const state = checkReducer(before, { type: 'live_update', update: edit(GOOD, TYPO, [3]), target });
    expect(state.view.kind === 'result' && state.view.acrossBatchesStale).toBe(true);
    const alone = watchedResult(GOOD, 0);
    const aloneTarget = alone.watch;
    if (aloneTarget === null) throw new Error('not watched');
    const notStale = checkReducer(alone, {
      type: 'live_update',
      update: edit(GOOD, TYPO, [3]),
      target: aloneTarget,
    });
    expect(notStale.view.kind === 'result' && notStale.view.acrossBatchesStale).toBe(false);
  });

  test('a live update never starts or stops the watch', () => {
    const before = watchedResult(GOOD);
    const target = before.watch;
    if (target === null) throw new Error('not watched');
    const state = checkReducer(before, { type: 'live_update', update: edit(GOOD, TYPO, [3]), target });
    expect(state.watch).toBe(before.watch);
  });
});
