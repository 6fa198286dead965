import {
  cellToA1,
  columnToLetters,
  formatAddress,
  lettersToColumn,
  MAX_ROWS,
  parseAddress,
  type Rect,
  rect,
  rectToA1,
} from './addresses';
import { type ErrorLiteral, asErrorLiteral, type Scalar } from './cellContent';
import { readCell, readCells, writeContents, recordChange } from './cellIO';
import type { CellInput } from './coercion';
import { FakeConditionalFormat } from './conditionalFormatProxies';
import { type HostRuntime, userExec } from './context';
import { ruleType } from './dataValidation';
import type { EventRegistry, FakeWorksheetChangedEventArgsData } from './events';
import { emptyStats, type HostStats, type PayloadLimits } from './limits';
import { normalizeNumberFormat } from './numberFormats';
import type { SheetModel } from './sheetModel';
import { DEFAULT_COLUMN_WIDTH } from './sheetModel';
import type { WorkbookModel } from './workbookModel';

/**
 * Test controls of the fake host: seed sheets, act as the user (typing, which goes through the
 * same coercion as Excel and raises `onChanged` with triggerSource "Unknown"), put errors in
 * cells, change limits and the 1904 flag, read the counters, and inspect everything the add-in
 * wrote (cells, fills, conditional formats, data validation, frozen panes, column widths, tables,
 * names) without going through the add-in API.
 */
export interface SheetSeed {
  /** Rows typed from `at` (default A1), coerced like typing: "01012000" becomes 1012000 unless the cell is `@`. */
  readonly rows?: readonly (readonly CellInput[])[];
  readonly at?: string;
  /** Whole-column number formats, applied before typing, e.g. `{ A: '@', B: '@' }`. */
  readonly columnFormats?: Readonly<Record<string, string>>;
  /** Number format for the typed block, applied before typing. */
  readonly numberFormat?: string;
}

export interface CellSeed {
  readonly value?: CellInput;
  readonly formula?: string;
  readonly error?: ErrorLiteral | string;
  readonly numberFormat?: string;
  readonly fill?: string;
}

export interface CellSnapshot {
  readonly address: string;
  readonly row: number;
  readonly column: number;
  readonly value: Scalar;
  readonly valueType: string;
  readonly formula: Scalar;
  readonly numberFormat: string;
  readonly text: string;
  readonly fill: string | null;
  readonly fontBold: boolean;
  readonly fontColor: string;
}

function requireRect(address: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`fake Excel host: '${address}' is not an A1 address`);
  return parsed.rect;
}

export class FakeExcelHost {
  constructor(
    private readonly runtime: HostRuntime & { limits: PayloadLimits; stats: HostStats },
    private readonly reloadSettings: () => void,
    private readonly setDisplayLanguageImpl: (language: string) => void,
  ) {}

  private get model(): WorkbookModel {
    return this.runtime.model;
  }

  private get events(): EventRegistry {
    return this.runtime.events;
  }

  private sheet(name: string): SheetModel {
    const sheet = this.model.sheetByName(name) ?? this.model.sheetById(name);
    if (!sheet) throw new Error(`fake Excel host: no sheet '${name}'`);
    return sheet;
  }

  // ---- setting up ----------------------------------------------------------------------------

  addSheet(name: string, seed: SheetSeed = {}): { id: string; name: string } {
    const sheet = this.model.addSheet(name, 'host.addSheet');
    for (const [letters, format] of Object.entries(seed.columnFormats ?? {})) {
      const column = lettersToColumn(letters);
      sheet.setFormat(rect(0, column, MAX_ROWS - 1, column), 'numberFormat', normalizeNumberFormat(format));
    }
    const rows = seed.rows ?? [];
    if (rows.length > 0) {
      const start = requireRect(seed.at ?? 'A1');
      const width = Math.max(...rows.map((r) => r.length));
      const block = rect(start.r0, start.c0, start.r0 + rows.length - 1, start.c0 + Math.max(width, 1) - 1);
      if (seed.numberFormat !== undefined)
        sheet.setFormat(block, 'numberFormat', normalizeNumberFormat(seed.numberFormat));
      const padded = rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => null)]);
      writeContents(userExec(this.runtime), sheet, block, padded, 'host.addSheet');
    }
    return { id: sheet.id, name: sheet.name };
  }

  /** Raw cell content and format, no coercion and no event (for states typing cannot reach). */
  setCell(sheetName: string, address: string, cell: CellSeed): void {
    const sheet = this.sheet(sheetName);
    const r = requireRect(address);
    for (let row = r.r0; row <= r.r1; row += 1) {
      for (let column = r.c0; column <= r.c1; column += 1) {
        if (cell.numberFormat !== undefined)
          sheet.setCellFormat(row, column, 'numberFormat', normalizeNumberFormat(cell.numberFormat));
        if (cell.fill !== undefined) sheet.setCellFormat(row, column, 'fill', cell.fill.toUpperCase());
        if (cell.formula !== undefined)
          sheet.setContent(row, column, { kind: 'formula', formula: cell.formula });
        else if (cell.error !== undefined) {
          const error = asErrorLiteral(cell.error);
          if (!error) throw new Error(`fake Excel host: '${cell.error}' is not an Excel error`);
          sheet.setContent(row, column, { kind: 'error', value: error });
        } else if (cell.value !== undefined && cell.value !== null) {
          const value = cell.value;
          sheet.setContent(
            row,
            column,
            typeof value === 'string'
              ? value === ''
                ? { kind: 'empty' }
                : { kind: 'string', value }
              : typeof value === 'number'
                ? { kind: 'number', value }
                : { kind: 'boolean', value },
          );
        }
      }
    }
  }

  /**
   * A dynamic array formula in `anchor` whose results spill into the cells below and to the right
   * (`=SORT(...)`, `=FILTER(...)`, `=A2:A9`; the fake does not calculate, the results are given):
   * the anchor holds the formula, the other cells of the spill range hold nothing of their own and
   * read as the results. When a cell of that range holds something, the spill is blocked and the
   * anchor shows `#SPILL!` ("Dynamic array formulas and spilled array behavior", Microsoft Support).
   */
  spillFormula(
    sheetName: string,
    anchor: string,
    formula: string,
    results: readonly (readonly Scalar[])[],
  ): void {
    const r = requireRect(anchor);
    this.sheet(sheetName).setSpill(r.r0, r.c0, formula, results);
  }

  /** Puts an error value (e.g. "#N/A", "#VALUE!") in the cells, as a formula result would. */
  setCellError(sheetName: string, address: string, error: ErrorLiteral | string = '#N/A'): void {
    this.setCell(sheetName, address, { error });
  }

  setNumberFormat(sheetName: string, address: string, numberFormat: string): void {
    this.sheet(sheetName).setFormat(
      requireRect(address),
      'numberFormat',
      normalizeNumberFormat(numberFormat),
    );
  }

  // ---- acting as the user --------------------------------------------------------------------

  /**
   * The user types `values` into `address` (a 2-D array, or one value for every cell): coerced as
   * typing is, `onChanged` raised with source "Local" (or "Remote" for a coauthor) and
   * triggerSource "Unknown". Resolves when the add-in's handlers have settled.
   */
  async userEdit(
    sheetName: string,
    address: string,
    values: CellInput | readonly (readonly CellInput[])[],
    options: { source?: 'Local' | 'Remote' } = {},
  ): Promise<void> {
    const sheet = this.sheet(sheetName);
    const exec = userExec(this.runtime, options.source ?? 'Local');
    writeContents(exec, sheet, requireRect(address), values, 'host.userEdit');
    this.events.schedule(exec.changes);
    await this.events.flush();
  }

  /** The user deletes whole rows (1-based, like row headers). */
  async userDeleteRows(sheetName: string, firstRow: number, count = 1): Promise<void> {
    const sheet = this.sheet(sheetName);
    const r = rect(firstRow - 1, 0, firstRow + count - 2, 16_383);
    sheet.deleteCells(r, 'Up');
    const exec = userExec(this.runtime);
    recordChange(exec, sheet, r, undefined, 'RowDeleted');
    this.events.schedule(exec.changes);
    await this.events.flush();
  }

  userSelect(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    this.model.activeSheetId = sheet.id;
    this.model.selection = { sheetId: sheet.id, rect: requireRect(address) };
  }

  userActivate(sheetName: string): void {
    this.model.activeSheetId = this.sheet(sheetName).id;
  }

  // ---- the user's sheet tabs: rename, move, copy, delete (issue #10) --------------------------

  /**
   * The user renames a sheet (double-click on the tab): the name follows Excel's rules
   * (nameRules.ts), the id stays ("The value of the identifier remains the same even when the
   * worksheet is renamed or moved", Excel.Worksheet.id, ExcelApi 1.1).
   */
  userRenameSheet(sheetName: string, newName: string): void {
    this.model.renameSheet(this.sheet(sheetName), newName, 'host.userRenameSheet');
  }

  /** The user drags a sheet's tab to `position` (0-based tab order); the id stays. */
  userMoveSheet(sheetName: string, position: number): void {
    this.model.moveSheet(this.sheet(sheetName), position, 'host.userMoveSheet');
  }

  /**
   * The user copies a sheet ("Move or Copy" with "Create a copy", or Ctrl-drag of the tab): the
   * copy gets a new id and Excel's copy name (`B001 (2)`), is placed at `position` (default:
   * right after the original) and becomes the active sheet. Returns the copy's id and name.
   */
  userCopySheet(sheetName: string, position?: number): { id: string; name: string } {
    const sheet = this.sheet(sheetName);
    const copy = this.model.copySheet(sheet, position ?? this.model.sheets.indexOf(sheet) + 1);
    this.model.activeSheetId = copy.id;
    return { id: copy.id, name: copy.name };
  }

  /** The user deletes a sheet (right-click on the tab, Delete). */
  userDeleteSheet(sheetName: string): void {
    this.model.deleteSheet(this.sheet(sheetName), 'host.userDeleteSheet');
  }

  // ---- hostile workbooks: what users do to a sheet (issue #10) ---------------------------------

  /**
   * The user protects the sheet (Review > Protect Sheet, every cell locked): the add-in's writes of
   * contents or formats on it fail with AccessDenied, reads work (see SheetModel.isProtected).
   */
  protectSheet(sheetName: string, protect = true): void {
    this.sheet(sheetName).isProtected = protect;
  }

  /**
   * The user hides whole rows (1-based) or columns (`'B:C'`): Excel.Range.rowHidden /
   * columnHidden. Values stay readable: "Range.values" returns every cell of the range, hidden or
   * not (Excel.Range.values; only Range.getSpecialCells / getVisibleView skip hidden cells).
   */
  hideRows(sheetName: string, firstRow: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    for (let row = firstRow - 1; row < firstRow - 1 + count; row += 1) sheet.hiddenRows.add(row);
  }

  hideColumns(sheetName: string, columns: string): void {
    const r = requireRect(columns);
    const sheet = this.sheet(sheetName);
    for (let column = r.c0; column <= r.c1; column += 1) sheet.hiddenColumns.add(column);
  }

  /**
   * The user filters `address` (header row first) on one column (0-based within the range): rows
   * whose value fails `keep` are hidden, nothing is deleted (Excel.AutoFilter.apply, ExcelApi 1.9:
   * "Applies the AutoFilter to a range. This filters the column if column index and filter
   * criteria are specified"; Excel "Filter data in a range or table": filtered-out rows are
   * hidden, not removed).
   */
  applyAutoFilter(
    sheetName: string,
    address: string,
    columnIndex: number,
    keep: (value: Scalar) => boolean,
  ): void {
    const sheet = this.sheet(sheetName);
    const r = requireRect(address);
    sheet.autoFilter = r;
    for (let row = r.r0 + 1; row <= r.r1; row += 1) {
      const value = readCell(userExec(this.runtime), sheet, row, r.c0 + columnIndex, 'values') as Scalar;
      if (!keep(value)) sheet.hiddenRows.add(row);
    }
  }

  /**
   * The user merges `address` (Home > Merge & Center; Excel.Range.merge, ExcelApi 1.2): "Merging
   * cells only keeps the upper-left value and discards other values" ("Merge and unmerge cells",
   * Microsoft Support), so every other cell of the area reads as empty.
   */
  mergeCells(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const r = requireRect(address);
    for (let row = r.r0; row <= r.r1; row += 1)
      for (let column = r.c0; column <= r.c1; column += 1)
        if (row !== r.r0 || column !== r.c0) sheet.setContent(row, column, { kind: 'empty' });
    sheet.mergedAreas.push(r);
  }

  // ---- settings of the fake ------------------------------------------------------------------

  setUse1904DateSystem(use1904: boolean): void {
    this.model.use1904DateSystem = use1904;
  }

  setDisplayLanguage(language: string): void {
    this.setDisplayLanguageImpl(language);
  }

  /** Changes the payload limits (bytes) and the read limit (cells) for tests. */
  setLimits(limits: Partial<PayloadLimits>): void {
    Object.assign(this.runtime.limits, limits);
  }

  get limits(): Readonly<PayloadLimits> {
    return { ...this.runtime.limits };
  }

  /** Simulates reloading the task pane: unsaved settings are dropped, event handlers are gone. */
  reloadAddin(): void {
    this.reloadSettings();
    this.events.clear();
  }

  // ---- counters and events -------------------------------------------------------------------

  get stats(): HostStats {
    return this.runtime.stats;
  }

  /**
   * Makes a later sync fail (GeneralException): the `inSyncs`-th sync from now (1 = the next one),
   * after `afterOperations` of its queued operations ran (default 0: nothing of it ran). Operations
   * that ran stay applied, as in Excel. For tests of "a failure at any sync leaves the workbook
   * restorable".
   */
  failSync(inSyncs: number, afterOperations = 0): void {
    this.runtime.fault = { inSyncs, afterOperations };
  }

  /** Removes a failure set by failSync that has not happened yet. */
  clearFailure(): void {
    this.runtime.fault = null;
  }

  resetStats(): void {
    Object.assign(this.runtime.stats, emptyStats());
  }

  /** Waits until the event handlers started so far have settled. */
  flushEvents(): Promise<void> {
    return this.events.flush();
  }

  get eventErrors(): readonly unknown[] {
    return this.events.errors;
  }

  /** Every `onChanged` event raised (whether or not a handler was registered). */
  get eventLog(): readonly FakeWorksheetChangedEventArgsData[] {
    return this.events.log;
  }

  get eventHandlerCount(): number {
    return this.events.handlerCount;
  }

  // ---- inspection ----------------------------------------------------------------------------

  get inspect(): FakeExcelInspector {
    return new FakeExcelInspector(this.runtime);
  }
}

/** Read-only views of the workbook for assertions. Addresses are A1 strings on the named sheet. */
export class FakeExcelInspector {
  constructor(private readonly runtime: HostRuntime) {}

  workbook() {
    const model = this.runtime.model;
    const selection = model.selection;
    const selectionSheet = selection ? model.sheetById(selection.sheetId) : undefined;
    return {
      name: model.name,
      sheetNames: model.sheets.map((s) => s.name),
      activeSheet: model.activeSheet()?.name ?? null,
      selection:
        selection && selectionSheet
          ? (selection.areas ?? [selection.rect]).map((r) => formatAddress(selectionSheet.name, r)).join(', ')
          : null,
      use1904DateSystem: model.use1904DateSystem,
      calculationMode: model.calculationMode,
      eventsEnabled: model.eventsEnabled,
      settings: Object.fromEntries(model.settings),
      names: model.names.map((n) => ({
        name: n.name,
        scope: n.scopeSheetId === null ? 'Workbook' : (model.sheetById(n.scopeSheetId)?.name ?? '?'),
        reference: n.reference
          ? formatAddress(model.sheetById(n.reference.sheetId)?.name ?? '?', n.reference.rect)
          : null,
        formula: n.formula,
        comment: n.comment,
      })),
      tables: model.tables.map((t) => t.name),
    };
  }

  sheetNames(): string[] {
    return this.runtime.model.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.runtime.model.sheetByName(name) !== undefined;
  }

  sheet(name: string): FakeSheetInspector {
    const sheet = this.runtime.model.sheetByName(name);
    if (!sheet) throw new Error(`fake Excel host: no sheet '${name}'`);
    return new FakeSheetInspector(this.runtime, sheet);
  }

  /** Alias of `sheet(name)`. */
  getSheet(name: string): FakeSheetInspector {
    return this.sheet(name);
  }
}

export class FakeSheetInspector {
  constructor(
    private readonly runtime: HostRuntime,
    private readonly model: SheetModel,
  ) {}

  get id(): string {
    return this.model.id;
  }
  get name(): string {
    return this.model.name;
  }
  get position(): number {
    return this.runtime.model.sheets.indexOf(this.model);
  }
  get visibility(): string {
    return this.model.visibility;
  }
  get frozenRows(): number {
    return this.model.frozenRows;
  }
  /** Hidden rows, 1-based, ascending (by the user or an AutoFilter). */
  get hiddenRows(): number[] {
    return [...this.model.hiddenRows].map((row) => row + 1).sort((a, b) => a - b);
  }
  get isProtected(): boolean {
    return this.model.isProtected;
  }
  get frozenColumns(): number {
    return this.model.frozenColumns;
  }

  private read(
    address: string,
    property: 'values' | 'formulas' | 'valueTypes' | 'numberFormat' | 'text',
  ): unknown[][] {
    return readCells(userExec(this.runtime), this.model, requireRect(address), property, 'inspect');
  }

  values(address: string): Scalar[][] {
    return this.read(address, 'values') as Scalar[][];
  }
  valueTypes(address: string): string[][] {
    return this.read(address, 'valueTypes') as string[][];
  }
  formulas(address: string): Scalar[][] {
    return this.read(address, 'formulas') as Scalar[][];
  }
  numberFormats(address: string): string[][] {
    return this.read(address, 'numberFormat') as string[][];
  }
  texts(address: string): string[][] {
    return this.read(address, 'text') as string[][];
  }

  cell(address: string): CellSnapshot {
    const r = requireRect(address);
    return this.snapshot(r.r0, r.c0);
  }

  private snapshot(row: number, column: number): CellSnapshot {
    const exec = userExec(this.runtime);
    const read = (p: 'values' | 'formulas' | 'valueTypes' | 'numberFormat' | 'text'): unknown =>
      readCell(exec, this.model, row, column, p);
    return {
      address: cellToA1(row, column),
      row,
      column,
      value: read('values') as Scalar,
      valueType: read('valueTypes') as string,
      formula: read('formulas') as Scalar,
      numberFormat: read('numberFormat') as string,
      text: read('text') as string,
      fill: this.model.getFormat(row, column, 'fill'),
      fontBold: this.model.getFormat(row, column, 'fontBold'),
      fontColor: this.model.getFormat(row, column, 'fontColor'),
    };
  }

  /** Every stored cell (with a value, or with only a cell-level format), row-major. */
  cells(options: { valuesOnly?: boolean } = {}): CellSnapshot[] {
    return this.model.storedCells(options.valuesOnly === true).map((c) => this.snapshot(c.row, c.column));
  }

  /** Fill colour of one cell (null = no fill), whatever level (cell, row, column) set it. */
  fill(address: string): string | null {
    const r = requireRect(address);
    return this.model.getFormat(r.r0, r.c0, 'fill');
  }

  /** Fills as applied: whole columns, whole rows, large rectangles, then single cells (later wins where they overlap). */
  fills(): { address: string; color: string | null }[] {
    const out: { address: string; color: string | null }[] = [];
    const layers = this.model.layers();
    for (const [column, layer] of layers.columns) {
      if (layer.fill !== undefined)
        out.push({ address: `${columnToLetters(column)}:${columnToLetters(column)}`, color: layer.fill });
    }
    for (const [row, layer] of layers.rows) {
      if (layer.fill !== undefined) out.push({ address: `${row + 1}:${row + 1}`, color: layer.fill });
    }
    for (const { rect: r, format } of layers.rects) {
      if (format.fill !== undefined) out.push({ address: rectToA1(r), color: format.fill });
    }
    for (const cell of this.model.storedCells(false)) {
      if (cell.format.fill !== undefined)
        out.push({ address: cellToA1(cell.row, cell.column), color: cell.format.fill });
    }
    return out;
  }

  /** Whole-column number formats, e.g. `{ A: '@' }`. */
  columnNumberFormats(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [column, layer] of this.model.layers().columns) {
      if (layer.numberFormat !== undefined) out[columnToLetters(column)] = layer.numberFormat;
    }
    return out;
  }

  columnWidths(): Record<string, number> {
    return Object.fromEntries(
      [...this.model.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnToLetters(c), w]),
    );
  }

  columnWidth(letters: string): number {
    return this.model.columnWidths.get(lettersToColumn(letters)) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Conditional formats in priority order (0 first), with their formula, format and ranges. */
  conditionalFormats() {
    return this.model.conditionalFormats.map((record, i) =>
      FakeConditionalFormat.describe(this.model.name, record, i),
    );
  }

  dataValidations() {
    return this.model.validations.map((v) => ({
      id: v.id,
      type: ruleType(v.rule),
      rule: v.rule,
      ignoreBlanks: v.ignoreBlanks,
      errorAlert: { ...v.errorAlert },
      prompt: { ...v.prompt },
      ranges: v.ranges.map((r) => formatAddress(this.model.name, r)),
    }));
  }

  tables() {
    const exec = userExec(this.runtime);
    return this.runtime.model.tables
      .filter((t) => t.sheetId === this.model.id)
      .map((t) => {
        const header = rect(t.rect.r0, t.rect.c0, t.rect.r0, t.rect.c1);
        const body = rect(t.rect.r0 + 1, t.rect.c0, t.rect.r1, t.rect.c1);
        return {
          id: t.id,
          name: t.name,
          address: formatAddress(this.model.name, t.rect),
          headers: (readCells(exec, this.model, header, 'values', 'inspect')[0] ?? []).map(String),
          dataBodyAddress: formatAddress(this.model.name, body),
          dataRowCount: t.rect.r1 - t.rect.r0,
        };
      });
  }

  usedRange(valuesOnly = false): string | null {
    const r = this.model.usedRect(valuesOnly);
    return r ? formatAddress(this.model.name, r) : null;
  }
}
