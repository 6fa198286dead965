import {
  type BatchMetadata,
  checkHeader,
  type ExportSettings,
  type Issue,
  type RegistrationRow,
  rowSignatures,
  rowsWithOtherFindings,
  type ValidationReport,
  validateRegistrations,
} from '../core';
import { isEmptyExcelValue } from './cellFromExcel';
import { isOwnChange } from './ownWrites';
import { emptyCells } from './sheetCollector';
import { type CellRect, parseA1 } from './a1Address';
import { queueDateSystem } from './dateSystem';
import { readMappedRows } from './readMappedRows';
import { readRegistrationSheet } from './readRegistrationSheet';
import { REGISTRATION_SHEET_MAPPING } from './sheetMapping';
import { REGISTRATION_FIRST_DATA_ROW, REGISTRATION_HEADER_ADDRESS } from './registrationLayout';

/*
 * Live re-checks of registration sheets while the task pane is open (SPEC "Using it": "shows every
 * issue"): the whole cached sheet is validated again on every edit, only the edited rows are read
 * (docs/decisions/0002-live-recheck-validates-the-whole-sheet.md). The add-in's own writes are
 * ignored (ownWrites.ts).
 */

/** An edit over more rows than this re-reads the whole sheet instead of the rows. */
export const FULL_READ_ROWS = 5000;

/** Columns A..E: the five registration columns. */
const LAST_REGISTRATION_COLUMN = 4;

export interface WatchedSheet {
  /** Sheet name (or worksheet id). */
  readonly sheetName: string;
  /** The sheet's batch: enables birthdate_after_administration. */
  readonly batch?: BatchMetadata;
}

export interface SheetIssuesUpdate {
  readonly sheetName: string;
  readonly worksheetId: string;
  /** initial: watching started; edit: rows were edited; reread: the whole sheet was read again. */
  readonly reason: 'initial' | 'edit' | 'reread';
  /** Rows whose cells the edit touched (all rows for initial and reread). */
  readonly changedRows: readonly number[];
  /** Other rows whose findings changed (a duplicate appeared or went away, the file-limit notice moved). */
  readonly affectedRows: readonly number[];
  /**
   * Fresh findings of changedRows and affectedRows, in core's order; header_mismatch (row 1) when
   * the header row was part of the edit and is wrong.
   */
  readonly issues: readonly Issue[];
  /** The whole sheet's validation (counts, verdicts, all issues). */
  readonly report: ValidationReport;
  /** core checkHeader of A1:E1 as last read. */
  readonly headerIssues: readonly Issue[];
  /** The cells of changedRows and affectedRows as now cached (the pane shows a problem's value). */
  readonly rows: readonly RegistrationRow[];
}

export interface WatchOptions {
  readonly sheets: readonly WatchedSheet[];
  /** "Today" for the date rules, asked at every re-check (core never reads the clock). */
  readonly today: () => Date;
  readonly settings: ExportSettings;
  readonly onIssues: (update: SheetIssuesUpdate) => void;
  /** A re-check that failed (the sheet was deleted meanwhile...). */
  readonly onError?: (error: unknown) => void;
  /** Edits over more rows re-read the sheet (default {@link FULL_READ_ROWS}). */
  readonly fullReadRows?: number;
}

export interface SheetWatch {
  /** The first validation of each sheet, in the order given. */
  readonly initial: readonly SheetIssuesUpdate[];
  /** Resolves once every re-check started so far has finished. */
  settled(): Promise<void>;
  /** Removes the event handlers. */
  stop(): Promise<void>;
}

export type WatchResult =
  { ok: true; value: SheetWatch } | { ok: false; reason: 'sheet_not_found'; sheetName: string };

type ChangedHandlerResult = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/** Cache and state of one watched sheet. */
class WatchedSheetState {
  /** rows[i] is Excel row i + 2. */
  rows: RegistrationRow[] = [];
  headerIssues: Issue[] = [];
  /** Findings per row, as a comparable text (core rowSignatures), from the last validation. */
  private signatures: ReadonlyMap<number, string> = new Map();
  queue: Promise<void> = Promise.resolve();
  handler: ChangedHandlerResult | null = null;

  constructor(
    public sheetName: string,
    readonly worksheetId: string,
    readonly batch: BatchMetadata | undefined,
  ) {}

  /** Replaces or extends cached rows with freshly read ones, then drops trailing empty rows. */
  put(rows: readonly RegistrationRow[]): void {
    for (const row of rows) {
      const index = row.row - REGISTRATION_FIRST_DATA_ROW;
      if (index < 0) continue;
      while (this.rows.length < index) {
        const missing = this.rows.length + REGISTRATION_FIRST_DATA_ROW;
        this.rows.push({ row: missing, cells: emptyCells() });
      }
      this.rows[index] = row;
    }
    while (this.rows.length > 0 && isEmptyRow(this.rows[this.rows.length - 1])) this.rows.pop();
  }

  /** Validates the cached sheet; returns the rows whose findings changed since last time. */
  validate(today: Date, settings: ExportSettings): { report: ValidationReport; changed: Set<number> } {
    const report = validateRegistrations({
      rows: this.rows,
      today,
      settings,
      ...(this.batch === undefined ? {} : { batch: this.batch }),
    });
    const next = rowSignatures(report.issues);
    const changed = new Set(rowsWithOtherFindings(this.signatures, next));
    this.signatures = next;
    return { report, changed };
  }
}

function isEmptyRow(row: RegistrationRow | undefined): boolean {
  if (row === undefined) return false;
  return Object.values(row.cells).every((cell) => cell.kind === 'empty');
}

/** Reads a whole registration sheet into the state (the first read and every re-read). */
async function readWhole(context: Excel.RequestContext, state: WatchedSheetState): Promise<boolean> {
  const read = await readRegistrationSheet(context, state.worksheetId);
  if (!read.ok) return false;
  state.sheetName = read.value.sheetName;
  state.rows = [];
  state.put(read.value.rows);
  state.headerIssues = read.value.headerIssues;
  return true;
}

function updateOf(
  state: WatchedSheetState,
  reason: SheetIssuesUpdate['reason'],
  changedRows: readonly number[],
  options: WatchOptions,
  includeHeader: boolean,
): SheetIssuesUpdate {
  const { report, changed } = state.validate(options.today(), options.settings);
  const changedSet = new Set(changedRows);
  const affectedRows = [...changed].filter((row) => !changedSet.has(row)).sort((a, b) => a - b);
  const wanted = new Set([...changedRows, ...affectedRows]);
  const issues = [
    ...(includeHeader ? state.headerIssues : []),
    ...report.issues.filter((issue) => wanted.has(issue.row)),
  ];
  return {
    sheetName: state.sheetName,
    worksheetId: state.worksheetId,
    reason,
    changedRows,
    affectedRows,
    issues,
    report,
    headerIssues: state.headerIssues,
    rows: state.rows.filter((row) => wanted.has(row.row)),
  };
}

/** The re-check of one change event, in its own Excel.run. */
async function recheck(
  state: WatchedSheetState,
  args: Excel.WorksheetChangedEventArgs,
  options: WatchOptions,
): Promise<void> {
  const rect: CellRect | null = args.changeType === 'RangeEdited' ? parseA1(args.address) : null;
  // Only columns after E were edited: nothing registered changed.
  if (rect !== null && rect.c0 > LAST_REGISTRATION_COLUMN) return;
  const threshold = options.fullReadRows ?? FULL_READ_ROWS;
  const update = await Excel.run(async (context) => {
    if (rect === null || rect.r1 - rect.r0 + 1 > threshold) {
      if (!(await readWhole(context, state))) return null;
      const all = state.rows.map((row) => row.row);
      return updateOf(state, 'reread', all, options, true);
    }
    const sheet = context.workbook.worksheets.getItem(state.worksheetId);
    // The user may have renamed the sheet since: the pane shows and selects by the current name.
    sheet.load('name');
    const header =
      rect.r0 === 0 ? sheet.getRange(REGISTRATION_HEADER_ADDRESS).load('values, valueTypes') : null;
    const use1904 = queueDateSystem(context);
    const first = Math.max(rect.r0 + 1, REGISTRATION_FIRST_DATA_ROW);
    const last = rect.r1 + 1;
    const spans = first <= last ? [{ first, last }] : [];
    if (spans.length === 0) await context.sync();
    const read = await readMappedRows(context, sheet, spans, REGISTRATION_SHEET_MAPPING.columns, {
      use1904,
    });
    if (!read.ok) return null;
    state.sheetName = sheet.name;
    if (header !== null) {
      const titles = (header.values[0] ?? []).map((value, i) =>
        isEmptyExcelValue(value, header.valueTypes[0]?.[i] ?? 'Empty') ? '' : String(value),
      );
      state.headerIssues = checkHeader(titles);
    }
    state.put(read.rows);
    return updateOf(
      state,
      'edit',
      read.rows.map((row) => row.row),
      options,
      header !== null,
    );
  });
  if (update !== null) options.onIssues(update);
}

/**
 * Watches registration sheets: reads each one whole, validates it (the `initial` updates), and
 * registers `onChanged` handlers that re-check edited rows and call `onIssues` with their fresh
 * findings (see the module comment). Changes made by the add-in itself are ignored. One Excel.run
 * to start; one per change event after that (events of a sheet are handled in order).
 *
 * @example
 * ```ts
 * const watch = await watchRegistrationSheets({
 *   sheets: [{ sheetName: 'B003 Vaxigrip 28-11-2026', batch }],
 *   today: () => new Date(),
 *   settings,
 *   onIssues: (update) => showIssues(update.sheetName, update.changedRows, update.issues),
 * });
 * if (watch.ok) onPaneClose(() => watch.value.stop());
 * ```
 */
export async function watchRegistrationSheets(options: WatchOptions): Promise<WatchResult> {
  const states: WatchedSheetState[] = [];
  const initial: SheetIssuesUpdate[] = [];
  const failed = await Excel.run(async (context) => {
    const sheets = options.sheets.map((watched) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(watched.sheetName);
      sheet.load('id, name');
      return { watched, sheet };
    });
    await context.sync();
    const missing = sheets.find(({ sheet }) => sheet.isNullObject);
    if (missing !== undefined) return missing.watched.sheetName;
    for (const { watched, sheet } of sheets) {
      const state = new WatchedSheetState(sheet.name, sheet.id, watched.batch);
      if (!(await readWhole(context, state))) return watched.sheetName;
      states.push(state);
      initial.push(
        updateOf(
          state,
          'initial',
          state.rows.map((row) => row.row),
          options,
          true,
        ),
      );
    }
    for (const state of states) {
      const sheet = context.workbook.worksheets.getItem(state.worksheetId);
      state.handler = sheet.onChanged.add(async (args) => {
        if (isOwnChange(args)) return;
        const next = state.queue.then(() => recheck(state, args, options));
        state.queue = next.catch((error: unknown) => options.onError?.(error));
        await state.queue;
      });
    }
    await context.sync();
    return null;
  });
  if (failed !== null) return { ok: false, reason: 'sheet_not_found', sheetName: failed };
  return {
    ok: true,
    value: {
      initial,
      settled: async () => {
        await Promise.all(states.map((state) => state.queue));
      },
      stop: async () => {
        const handlers = states.flatMap((state) => (state.handler === null ? [] : [state.handler]));
        for (const state of states) state.handler = null;
        const first = handlers[0];
        if (first === undefined) return;
        // All handlers were added in one Excel.run: removed in one, on that same context.
        await Excel.run(first.context, async (context) => {
          for (const handler of handlers) handler.remove();
          await context.sync();
        });
      },
    },
  };
}
