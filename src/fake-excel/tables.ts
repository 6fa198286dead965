import { columnCount, intersect, parseAddress, type Rect, rect, rowCount } from './addresses';
import { readCells, recordChange, writeContents } from './cellIO';
import type { ExecState, FakeRequestContext } from './context';
import { FakeErrorCodes, FakeExcelNotModelledError, officeError } from './errors';
import { assertValidDefinedName, sameName } from './nameRules';
import { FakeClientObject, FakeClientResult, FakeCollection } from './proxy';
import { FakeRange } from './range';
import type { SheetModel } from './sheetModel';
import { resolveAddressOnSheet } from './worksheet';

/**
 * Tables (`worksheet.tables`, `workbook.tables`): `add(address, hasHeaders)`, `name`,
 * `getRange()`, `getHeaderRowRange()`, `getDataBodyRange()`, `rows.add(index, values)`,
 * `rows.count`, `columns` (name, index, values, `add`).
 *
 * Modelled as Excel does it: headers are text and unique ("Column1", "Column2" for blank or
 * missing ones); a table always has at least one data row (a header-only address gets an empty data
 * row); `hasHeaders: false` inserts a header row above the data, shifting it down; `rows.add`
 * inserts cells within the table's columns (shifting cells below down), copies the number formats
 * of the data row above into the new rows (tables extend their formatting) and writes values with the same
 * coercion as `Range.values` (so numeric text loses leading zeros unless the column is `@`);
 * `index` null/undefined appends. Table names follow defined-name rules and are unique across
 * tables and workbook names. Tables may not overlap.
 * `columns.add(index, values, name)` inserts a column the same way, shifting cells right within the
 * table's rows (see the method).
 * Not modelled: totals rows, styles, filters, sorting, structured references.
 */
export interface TableRecord {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  /** Header row plus data rows. */
  rect: Rect;
}

function headerRect(t: TableRecord): Rect {
  return { r0: t.rect.r0, c0: t.rect.c0, r1: t.rect.r0, c1: t.rect.c1 };
}

function bodyRect(t: TableRecord): Rect {
  return { r0: t.rect.r0 + 1, c0: t.rect.c0, r1: t.rect.r1, c1: t.rect.c1 };
}

function headerNames(sheet: SheetModel, t: TableRecord): string[] {
  const names: string[] = [];
  for (let c = t.rect.c0; c <= t.rect.c1; c += 1) {
    const content = sheet.getContent(t.rect.r0, c);
    names.push(content.kind === 'empty' || content.kind === 'formula' ? '' : String(content.value));
  }
  return names;
}

/** Unique, non-blank header texts, as Excel makes them. */
function normalizeHeaders(raw: readonly string[]): string[] {
  const out: string[] = [];
  raw.forEach((name, i) => {
    let candidate = name.trim() === '' ? `Column${i + 1}` : name;
    let n = 2;
    while (out.some((o) => sameName(o, candidate))) {
      candidate = `${name.trim() === '' ? `Column${i + 1}` : name}${n}`;
      n += 1;
    }
    out.push(candidate);
  });
  return out;
}

type TableLocator = (exec: ExecState) => TableRecord | null;

function requireTable(exec: ExecState, id: string): TableRecord {
  const table = exec.model.tables.find((t) => t.id === id);
  if (!table) throw officeError(FakeErrorCodes.itemNotFound, 'the table was deleted', 'Table');
  return table;
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  readonly _className = 'TableCollection';

  /** `scope` null: `workbook.tables`; otherwise the worksheet's tables. */
  constructor(
    context: FakeRequestContext,
    private readonly scope: ((exec: ExecState) => SheetModel | null) | null,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  override _scalarNames(): readonly string[] {
    return ['count'];
  }

  override _readScalar(exec: ExecState): unknown {
    return this.inScope(exec).length;
  }

  get count(): number {
    return this._get('count');
  }

  private inScope(exec: ExecState): TableRecord[] {
    if (!this.scope) return exec.model.tables;
    const sheet = this.scope(exec);
    if (!sheet) throw officeError(FakeErrorCodes.itemNotFound, undefined, 'TableCollection');
    return exec.model.tables.filter((t) => t.sheetId === sheet.id);
  }

  override _sampleItem(): FakeTable {
    return new FakeTable(this._context, () => null, `${this.pathText}.items`);
  }

  override _enumerate(exec: ExecState): FakeTable[] {
    return this.inScope(exec).map(
      (t) =>
        new FakeTable(
          this._context,
          (e) => requireTable(e, t.id),
          `${this.pathText}.getItem(${JSON.stringify(t.name)})`,
        ),
    );
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    this._assertSameContext(address, 'TableCollection.add');
    let createdId: string | null = null;
    const table = new FakeTable(
      this._context,
      (exec) => {
        if (createdId === null)
          throw officeError(FakeErrorCodes.itemNotFound, 'the table was not created', 'TableCollection.add');
        return requireTable(exec, createdId);
      },
      `${this.pathText}.add(${JSON.stringify(typeof address === 'string' ? address : address._path())})`,
    );
    this._queueMethod(
      'add',
      [typeof address === 'string' ? address : { range: address._path() }, hasHeaders],
      (exec) => {
        const location = 'TableCollection.add';
        const { sheet, rect: given } = this.resolveTarget(exec, address, location);
        let r = given;
        if (!hasHeaders) {
          sheet.insertCells({ r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c1 }, 'Down', location);
          r = { ...r, r1: r.r1 + 1 };
        }
        if (rowCount(r) === 1) r = { ...r, r1: r.r1 + 1 };
        if (exec.model.tables.some((t) => t.sheetId === sheet.id && intersect(t.rect, r))) {
          throw officeError(
            FakeErrorCodes.invalidOperation,
            'a table cannot overlap another table',
            location,
          );
        }
        const raw = hasHeaders
          ? headerNames(sheet, { id: '', name: '', sheetId: sheet.id, rect: r })
          : Array.from({ length: columnCount(r) }, () => '');
        normalizeHeaders(raw).forEach((name, i) =>
          sheet.setContent(r.r0, r.c0 + i, { kind: 'string', value: name }),
        );
        let n = exec.model.tables.length + 1;
        const taken = (name: string): boolean =>
          exec.model.tables.some((t) => sameName(t.name, name)) ||
          exec.model.names.some((x) => sameName(x.name, name));
        while (taken(`Table${n}`)) n += 1;
        const record: TableRecord = {
          id: exec.model.nextId('table'),
          name: `Table${n}`,
          sheetId: sheet.id,
          rect: r,
        };
        exec.model.tables.push(record);
        createdId = record.id;
        recordChange(exec, sheet, r);
      },
    );
    return table;
  }

  private resolveTarget(
    exec: ExecState,
    address: string | FakeRange,
    location: string,
  ): { sheet: SheetModel; rect: Rect } {
    if (typeof address !== 'string') return address._requireTarget(exec, location);
    if (this.scope) {
      const sheet = this.scope(exec);
      if (!sheet) throw officeError(FakeErrorCodes.itemNotFound, undefined, location);
      return { sheet, rect: resolveAddressOnSheet(exec, sheet, address, location) };
    }
    const parsed = parseAddress(address);
    const sheet = parsed?.sheet === undefined ? undefined : exec.model.sheetByName(parsed.sheet);
    if (!parsed || !sheet)
      throw officeError(FakeErrorCodes.invalidArgument, `'${address}' must name a sheet`, location);
    return { sheet, rect: parsed.rect };
  }

  getItem(key: string): FakeTable {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string): FakeTable {
    return this.lookup(key, true);
  }

  private lookup(key: string, nullable: boolean): FakeTable {
    const table = new FakeTable(
      this._context,
      (exec) => {
        const record = this.inScope(exec).find((t) => t.id === key || sameName(t.name, key));
        if (record) return record;
        if (nullable) return null;
        throw officeError(FakeErrorCodes.itemNotFound, `no table '${key}'`, 'TableCollection.getItem');
      },
      `${this.pathText}.getItem(${JSON.stringify(key)})`,
    );
    if (nullable) table._instantiate();
    return table;
  }

  getItemAt(index: number): FakeTable {
    return new FakeTable(
      this._context,
      (exec) => {
        const record = this.inScope(exec)[index];
        if (!record)
          throw officeError(FakeErrorCodes.itemNotFound, `no table at ${index}`, 'TableCollection.getItemAt');
        return record;
      },
      `${this.pathText}.getItemAt(${index})`,
    );
  }

  getCount(): FakeClientResult<number> {
    return FakeClientResult.queue(this, 'getCount', (exec) => this.inScope(exec).length);
  }
}

export class FakeTable extends FakeClientObject {
  readonly _className = 'Table';
  private boundId: string | null | undefined = undefined;
  private rowsProxy: FakeTableRowCollection | undefined;
  private columnsProxy: FakeTableColumnCollection | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locate: TableLocator,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  /** @internal */
  _record(exec: ExecState): TableRecord | null {
    if (this.boundId === undefined) this.boundId = this.locate(exec)?.id ?? null;
    return this.boundId === null ? null : requireTable(exec, this.boundId);
  }

  /** @internal */
  _require(exec: ExecState, location: string): { table: TableRecord; sheet: SheetModel } {
    const table = this._record(exec);
    if (!table) throw officeError(FakeErrorCodes.itemNotFound, undefined, location);
    return { table, sheet: exec.model.requireSheet(table.sheetId, location) };
  }

  /** @internal */
  _instantiate(): void {
    this._queueInstantiate();
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this._record(exec) === null;
  }

  override _scalarNames(): readonly string[] {
    return ['id', 'name', 'showHeaders', 'showTotals'];
  }

  override _navigate(name: string): FakeClientObject | undefined {
    if (name === 'rows') return this.rows;
    if (name === 'columns') return this.columns;
    return undefined;
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const { table } = this._require(exec, `Table.${name}`);
    if (name === 'id') return table.id;
    if (name === 'name') return table.name;
    return name === 'showHeaders';
  }

  get id(): string {
    return this._get('id');
  }
  get showHeaders(): boolean {
    return this._get('showHeaders');
  }
  get showTotals(): boolean {
    return this._get('showTotals');
  }

  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._queueSet('name', value, (exec, v) => {
      const { table } = this._require(exec, 'Table.name');
      if (typeof v === 'string' && sameName(v, table.name)) {
        table.name = v;
        return;
      }
      const taken = [
        ...exec.model.tables.filter((t) => t !== table).map((t) => t.name),
        ...exec.model.names.map((n) => n.name),
      ];
      assertValidDefinedName(v, taken, 'Table.name');
      table.name = v as string;
    });
  }

  get rows(): FakeTableRowCollection {
    this.rowsProxy ??= new FakeTableRowCollection(this._context, this, `${this.pathText}.rows`);
    return this.rowsProxy;
  }

  get columns(): FakeTableColumnCollection {
    this.columnsProxy ??= new FakeTableColumnCollection(this._context, this, `${this.pathText}.columns`);
    return this.columnsProxy;
  }

  /** @internal */
  _rangeOf(method: string, pick: (table: TableRecord) => Rect): FakeRange {
    return new FakeRange(
      this._context,
      (exec) => {
        const table = this._record(exec);
        return table ? { sheetId: table.sheetId, rect: pick(table) } : null;
      },
      `${this.pathText}.${method}()`,
    );
  }

  getRange(): FakeRange {
    return this._rangeOf('getRange', (t) => t.rect);
  }

  getHeaderRowRange(): FakeRange {
    return this._rangeOf('getHeaderRowRange', headerRect);
  }

  getDataBodyRange(): FakeRange {
    return this._rangeOf('getDataBodyRange', bodyRect);
  }

  getTotalRowRange(): FakeRange {
    throw new FakeExcelNotModelledError('table total rows');
  }

  /** Deletes the table and its cells' contents and formats. */
  delete(): void {
    this._queueMethod('delete', [], (exec) => {
      const { table, sheet } = this._require(exec, 'Table.delete');
      sheet.clearContents(table.rect);
      sheet.clearFormats(table.rect);
      exec.model.tables = exec.model.tables.filter((t) => t !== table);
      recordChange(exec, sheet, table.rect);
    });
  }

  /** Keeps the cells, removes the table. */
  convertToRange(): FakeRange {
    const range = this._rangeOf('convertToRange', (t) => t.rect);
    this._queueMethod('convertToRange', [], (exec) => {
      const { table } = this._require(exec, 'Table.convertToRange');
      exec.model.tables = exec.model.tables.filter((t) => t !== table);
    });
    return range;
  }
}

export class FakeTableRowCollection extends FakeCollection<FakeTableRow> {
  readonly _className = 'TableRowCollection';

  constructor(
    context: FakeRequestContext,
    private readonly table: FakeTable,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this.table._resolveIsNull(exec);
  }

  override _scalarNames(): readonly string[] {
    return ['count'];
  }

  override _readScalar(exec: ExecState): unknown {
    return rowCount(bodyRect(this.table._require(exec, 'TableRowCollection.count').table));
  }

  get count(): number {
    return this._get('count');
  }

  override _sampleItem(): FakeTableRow {
    return new FakeTableRow(this._context, this.table, () => 0, `${this.pathText}.items`);
  }

  override _enumerate(exec: ExecState): FakeTableRow[] {
    const { table } = this.table._require(exec, 'TableRowCollection.items');
    return Array.from(
      { length: rowCount(bodyRect(table)) },
      (_, i) => new FakeTableRow(this._context, this.table, () => i, `${this.pathText}.getItemAt(${i})`),
    );
  }

  getCount(): FakeClientResult<number> {
    return FakeClientResult.queue(this, 'getCount', (exec) =>
      rowCount(bodyRect(this.table._require(exec, 'TableRowCollection.getCount').table)),
    );
  }

  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(this._context, this.table, () => index, `${this.pathText}.getItemAt(${index})`);
  }

  /** `rows.add(index?, values?)`: inserts rows inside the table (see the file comment). */
  add(index?: number | null, values?: unknown): FakeTableRow {
    let insertedAt = 0;
    this._queueMethod('add', [index ?? null, values ?? null], (exec, args) => {
      const location = 'TableRowCollection.add';
      const { table, sheet } = this.table._require(exec, location);
      const body = bodyRect(table);
      const rowsGiven = args[1];
      const count = Array.isArray(rowsGiven) ? rowsGiven.length : 1;
      if (count === 0) throw officeError(FakeErrorCodes.invalidArgument, 'no rows to add', location);
      const at = args[0] === null ? rowCount(body) : (args[0] as number);
      if (!Number.isInteger(at) || at < 0 || at > rowCount(body))
        throw officeError(FakeErrorCodes.invalidArgument, `index ${String(at)} is out of range`, location);
      const firstRow = body.r0 + at;
      const newRows = rect(firstRow, table.rect.c0, firstRow + count - 1, table.rect.c1);
      sheet.insertCells(newRows, 'Down', location);
      table.rect = { ...table.rect, r1: table.rect.r1 + count };
      // Tables below, in the columns that moved, move with their cells.
      for (const other of exec.model.tables) {
        const sharesColumns = other.rect.c0 <= newRows.c1 && other.rect.c1 >= newRows.c0;
        if (other !== table && other.sheetId === sheet.id && other.rect.r0 >= firstRow && sharesColumns) {
          other.rect = { ...other.rect, r0: other.rect.r0 + count, r1: other.rect.r1 + count };
        }
      }
      const templateRow = firstRow - 1;
      for (let row = newRows.r0; row <= newRows.r1; row += 1) {
        for (let c = newRows.c0; c <= newRows.c1; c += 1) {
          if (templateRow > table.rect.r0)
            sheet.setCellFormat(row, c, 'numberFormat', sheet.getFormat(templateRow, c, 'numberFormat'));
        }
      }
      insertedAt = at;
      if (Array.isArray(rowsGiven)) writeContents(exec, sheet, newRows, rowsGiven, location);
      else recordChange(exec, sheet, newRows, undefined, 'RowInserted');
    });
    return new FakeTableRow(this._context, this.table, () => insertedAt, `${this.pathText}.add()`);
  }
}

export class FakeTableRow extends FakeClientObject {
  readonly _className = 'TableRow';

  constructor(
    context: FakeRequestContext,
    private readonly table: FakeTable,
    private readonly indexOf: () => number,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this.table._resolveIsNull(exec);
  }

  override _scalarNames(): readonly string[] {
    return ['index', 'values'];
  }

  private rowRect(exec: ExecState): { sheet: SheetModel; rect: Rect } {
    const { table, sheet } = this.table._require(exec, 'TableRow');
    const body = bodyRect(table);
    const i = this.indexOf();
    if (i < 0 || i >= rowCount(body))
      throw officeError(FakeErrorCodes.itemNotFound, `no row ${i}`, 'TableRow');
    return { sheet, rect: rect(body.r0 + i, body.c0, body.r0 + i, body.c1) };
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    if (name === 'index') return this.indexOf();
    const { sheet, rect: r } = this.rowRect(exec);
    return readCells(exec, sheet, r, 'values', 'TableRow.values');
  }

  get index(): number {
    return this._get('index');
  }

  get values(): (string | number | boolean)[][] {
    return this._get('values');
  }
  set values(value: unknown) {
    this._queueSet('values', value, (exec, v) => {
      const { sheet, rect: r } = this.rowRect(exec);
      writeContents(exec, sheet, r, v, 'TableRow.values');
    });
  }

  getRange(): FakeRange {
    return new FakeRange(
      this._context,
      (exec) => {
        const { sheet, rect: r } = this.rowRect(exec);
        return { sheetId: sheet.id, rect: r };
      },
      `${this.pathText}.getRange()`,
    );
  }

  delete(): void {
    this._queueMethod('delete', [], (exec) => {
      const { table } = this.table._require(exec, 'TableRow.delete');
      const { sheet, rect: r } = this.rowRect(exec);
      if (rowCount(bodyRect(table)) === 1) {
        sheet.clearContents(r);
      } else {
        sheet.deleteCells(r, 'Up');
        table.rect = { ...table.rect, r1: table.rect.r1 - 1 };
      }
      recordChange(exec, sheet, r, undefined, 'RowDeleted');
    });
  }
}

export class FakeTableColumnCollection extends FakeCollection<FakeTableColumn> {
  readonly _className = 'TableColumnCollection';

  constructor(
    context: FakeRequestContext,
    private readonly table: FakeTable,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this.table._resolveIsNull(exec);
  }

  override _scalarNames(): readonly string[] {
    return ['count'];
  }

  override _readScalar(exec: ExecState): unknown {
    return columnCount(this.table._require(exec, 'TableColumnCollection.count').table.rect);
  }

  get count(): number {
    return this._get('count');
  }

  override _sampleItem(): FakeTableColumn {
    return new FakeTableColumn(this._context, this.table, () => 0, `${this.pathText}.items`);
  }

  override _enumerate(exec: ExecState): FakeTableColumn[] {
    const { table } = this.table._require(exec, 'TableColumnCollection.items');
    return Array.from(
      { length: columnCount(table.rect) },
      (_, i) => new FakeTableColumn(this._context, this.table, () => i, `${this.pathText}.getItemAt(${i})`),
    );
  }

  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(
      this._context,
      this.table,
      () => index,
      `${this.pathText}.getItemAt(${index})`,
    );
  }

  /** By header name (any case) or by id (the 1-based column number as a string, like Excel). */
  getItem(key: string | number): FakeTableColumn {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string | number): FakeTableColumn {
    return this.lookup(key, true);
  }

  private lookup(key: string | number, nullable: boolean): FakeTableColumn {
    let found = -1;
    const column = new FakeTableColumn(
      this._context,
      this.table,
      () => found,
      `${this.pathText}.getItem(${JSON.stringify(key)})`,
      (exec) => {
        const { table, sheet } = this.table._require(exec, 'TableColumnCollection.getItem');
        const names = headerNames(sheet, table);
        found = names.findIndex(
          (n, i) => String(i + 1) === String(key) || (typeof key === 'string' && sameName(n, key)),
        );
        if (found < 0 && !nullable)
          throw officeError(
            FakeErrorCodes.itemNotFound,
            `no column '${String(key)}'`,
            'TableColumnCollection.getItem',
          );
        return found < 0;
      },
    );
    if (nullable) column._instantiate();
    return column;
  }

  getCount(): FakeClientResult<number> {
    return FakeClientResult.queue(this, 'getCount', (exec) =>
      columnCount(this.table._require(exec, 'TableColumnCollection.getCount').table.rect),
    );
  }

  /**
   * `columns.add(index?, values?, name?)`: one new column inside the table at `index` (null,
   * undefined or -1: after the last). The cells of the table's rows from there on shift one column
   * right, cells right of the table on those rows included (as Excel's "Insert > Table Columns"
   * does: nothing is overwritten); a table there moves with them, or, if the shift would cut it,
   * the call is InvalidOperation. `values` is the whole column, header first (the form of the "Work
   * with tables" sample), one value per table row or a single value for all; the body gets the
   * coercion of `Range.values`. `name` names the header instead of `values[0][0]`; a blank or
   * taken header becomes "ColumnN" / "name2", as Excel makes them. The new cells get no number
   * format (not modelled: the formatting Excel may carry over from the neighbouring column).
   */
  add(index?: number | null, values?: unknown, name?: string | null): FakeTableColumn {
    let insertedAt = 0;
    this._queueMethod('add', [index ?? null, values ?? null, name ?? null], (exec, args) => {
      const location = 'TableColumnCollection.add';
      const { table, sheet } = this.table._require(exec, location);
      const width = columnCount(table.rect);
      const height = rowCount(table.rect);
      const at = args[0] === null || args[0] === -1 ? width : (args[0] as number);
      if (!Number.isInteger(at) || at < 0 || at > width)
        throw officeError(FakeErrorCodes.invalidArgument, `index ${String(at)} is out of range`, location);
      const given = args[1];
      if (Array.isArray(given) && given.length !== height)
        throw officeError(
          FakeErrorCodes.invalidArgument,
          `values has ${given.length} rows, the table ${height} (header included)`,
          location,
        );
      const column = table.rect.c0 + at;
      const band = rect(table.rect.r0, column, table.rect.r1, column);
      const moving = exec.model.tables.filter(
        (other) =>
          other !== table &&
          other.sheetId === sheet.id &&
          other.rect.c0 >= column &&
          other.rect.r0 <= band.r1 &&
          other.rect.r1 >= band.r0,
      );
      if (moving.some((other) => other.rect.r0 < band.r0 || other.rect.r1 > band.r1))
        throw officeError(FakeErrorCodes.invalidOperation, 'the shift would cut another table', location);
      sheet.insertCells(band, 'Right', location);
      for (const other of moving)
        other.rect = { ...other.rect, c0: other.rect.c0 + 1, c1: other.rect.c1 + 1 };
      table.rect = { ...table.rect, c1: table.rect.c1 + 1 };

      const first = Array.isArray(given) ? (given[0] as unknown[] | undefined)?.[0] : given;
      const raw = args[2] ?? first ?? '';
      const base = String(raw).trim() === '' ? `Column${at + 1}` : String(raw);
      const others = headerNames(sheet, table).filter((_, i) => i !== at);
      let header = base;
      for (let n = 2; others.some((other) => sameName(other, header)); n += 1) header = `${base}${n}`;
      sheet.setContent(band.r0, column, { kind: 'string', value: header });
      insertedAt = at;
      const body = rect(band.r0 + 1, column, band.r1, column);
      if (given === null) recordChange(exec, sheet, band, undefined, 'CellInserted');
      else writeContents(exec, sheet, body, Array.isArray(given) ? given.slice(1) : given, location);
    });
    return new FakeTableColumn(this._context, this.table, () => insertedAt, `${this.pathText}.add()`);
  }
}

export class FakeTableColumn extends FakeClientObject {
  readonly _className = 'TableColumn';

  constructor(
    context: FakeRequestContext,
    private readonly table: FakeTable,
    private readonly indexOf: () => number,
    private readonly pathText: string,
    private readonly resolveNull?: (exec: ExecState) => boolean,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  /** @internal */
  _instantiate(): void {
    this._queueInstantiate();
  }

  override _resolveIsNull(exec: ExecState): boolean {
    if (this.table._resolveIsNull(exec)) return true;
    return this.resolveNull ? this.resolveNull(exec) : false;
  }

  override _scalarNames(): readonly string[] {
    return ['id', 'index', 'name', 'values'];
  }

  private columnRect(exec: ExecState): { sheet: SheetModel; table: TableRecord; rect: Rect } {
    const { table, sheet } = this.table._require(exec, 'TableColumn');
    const i = this.indexOf();
    if (i < 0 || i >= columnCount(table.rect))
      throw officeError(FakeErrorCodes.itemNotFound, `no column ${i}`, 'TableColumn');
    return { sheet, table, rect: rect(table.rect.r0, table.rect.c0 + i, table.rect.r1, table.rect.c0 + i) };
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const { sheet, table, rect: r } = this.columnRect(exec);
    switch (name) {
      case 'id':
        return String(this.indexOf() + 1);
      case 'index':
        return this.indexOf();
      case 'name':
        return headerNames(sheet, table)[this.indexOf()];
      default:
        return readCells(exec, sheet, r, 'values', 'TableColumn.values');
    }
  }

  get id(): string {
    return this._get('id');
  }
  get index(): number {
    return this._get('index');
  }
  get name(): string {
    return this._get('name');
  }
  get values(): (string | number | boolean)[][] {
    return this._get('values');
  }

  private range(method: string, pick: (r: Rect) => Rect): FakeRange {
    return new FakeRange(
      this._context,
      (exec) => {
        if (this._resolveIsNull(exec)) return null;
        const { sheet, rect: r } = this.columnRect(exec);
        return { sheetId: sheet.id, rect: pick(r) };
      },
      `${this.pathText}.${method}()`,
    );
  }

  getRange(): FakeRange {
    return this.range('getRange', (r) => r);
  }

  getHeaderRowRange(): FakeRange {
    return this.range('getHeaderRowRange', (r) => ({ ...r, r1: r.r0 }));
  }

  getDataBodyRange(): FakeRange {
    return this.range('getDataBodyRange', (r) => ({ ...r, r0: r.r0 + 1 }));
  }
}
