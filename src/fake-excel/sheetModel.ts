import {
  cellCount,
  columnCount,
  contains,
  isEntireColumns,
  isEntireRows,
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
  rowCount,
} from './addresses';
import { type CellContent, EMPTY, type Scalar } from './cellContent';
import type { ConditionalFormatRecord } from './conditionalFormats';
import type { DataValidationRecord } from './dataValidation';
import { FakeErrorCodes, officeError } from './errors';
import { GENERAL } from './numberFormats';

/**
 * One worksheet's state: cell contents, formats, column widths, frozen panes, conditional formats
 * and data validation.
 *
 * Formats are stamped with a sequence number and stored on a cell, a whole row, a whole column, the
 * whole sheet, or a large rectangle, so "text format on every column" or on `A2:E1048576` does not
 * create millions of cells. A cell shows the most recently applied format that covers it (what
 * Excel shows after applying formats one after the other).
 */
export interface FormatLayer {
  numberFormat?: string;
  /** Fill colour `#RRGGBB`; `null` means "no fill". */
  fill?: string | null;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontColor?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
}

export type FormatProp = keyof FormatLayer;
export type FormatValue<P extends FormatProp> = Exclude<FormatLayer[P], undefined>;

export const DEFAULT_FORMAT: { readonly [P in FormatProp]-?: FormatValue<P> } = {
  numberFormat: GENERAL,
  fill: null,
  fontBold: false,
  fontItalic: false,
  fontColor: '#000000',
  wrapText: false,
  horizontalAlignment: 'General',
};

const FORMAT_PROPS = Object.keys(DEFAULT_FORMAT) as FormatProp[];

/** Rectangles at least this big get one rectangle layer instead of per-cell formats. */
const RECT_LAYER_THRESHOLD = 4096;

/** Excel's default column width and row height in points (8.43 characters, 15 points). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export type SheetVisibilityName = 'Visible' | 'Hidden' | 'VeryHidden';

interface Stamp {
  readonly value: unknown;
  readonly seq: number;
}

type StampedLayer = { [P in FormatProp]?: Stamp };

/** A dynamic array formula at (row, column) and the results it spills (see SheetModel.spills). */
export interface SpillRecord {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly values: readonly (readonly Scalar[])[];
}

interface CellRecord {
  content: CellContent;
  format: StampedLayer;
}

function isEmptyLayer(layer: StampedLayer): boolean {
  return Object.keys(layer).length === 0;
}

function unstamp(layer: StampedLayer): FormatLayer {
  const out: Record<string, unknown> = {};
  for (const [prop, stamp] of Object.entries(layer)) out[prop] = stamp.value;
  return out as FormatLayer;
}

export class SheetModel {
  readonly id: string;
  name: string;
  visibility: SheetVisibilityName = 'Visible';
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Index = priority (0 is the highest). */
  conditionalFormats: ConditionalFormatRecord[] = [];
  validations: DataValidationRecord[] = [];

  /**
   * Worksheet protection as the user sets it (Review > Protect Sheet; Excel.WorksheetProtection,
   * ExcelApi 1.2, "protected: Specifies if the worksheet is protected"). Every cell is locked by
   * default ("Lock or unlock specific areas of a protected worksheet", Microsoft Support), so an
   * add-in's write of contents or formats is refused with AccessDenied (office-js#664); reads work.
   */
  isProtected = false;
  /**
   * Rows and columns hidden by the user or by an AutoFilter (Excel.Range.rowHidden /
   * columnHidden, ExcelApi 1.2; Excel.AutoFilter.apply, ExcelApi 1.9: "rows that do not match
   * are hidden"). Hiding changes no value: `Range.values` still returns hidden cells.
   */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  /** The AutoFilter's range, if one is applied (Excel.Worksheet.autoFilter). */
  autoFilter: Rect | null = null;
  /** Merged areas (Excel.Range.merge, ExcelApi 1.2; Range.getMergedAreasOrNullObject, 1.13). */
  readonly mergedAreas: Rect[] = [];

  /**
   * Dynamic array formulas' results, by anchor cell key ("Dynamic array formulas and spilled array
   * behavior", Microsoft Support; "Handle dynamic arrays and spilling using the Excel JavaScript
   * API"): the anchor cell holds the formula, the other cells of the spill range hold nothing of
   * their own and show the anchor's results. A spill whose range holds anything else (or whose
   * anchor no longer holds the formula) is blocked: the anchor shows `#SPILL!`, nothing spills.
   */
  readonly spills = new Map<number, SpillRecord>();

  private readonly cells = new Map<number, CellRecord>();
  private readonly columnLayers = new Map<number, StampedLayer>();
  private readonly rowLayers = new Map<number, StampedLayer>();
  private sheetLayer: StampedLayer = {};
  private rectLayers: { rect: Rect; layer: StampedLayer }[] = [];
  private seq = 0;

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  /**
   * A copy of this sheet under another id and name: cells, formats, column widths, row heights,
   * frozen panes, conditional formats, data validation, hidden rows and columns, merged areas,
   * protection and visibility, as Excel's "Move or Copy" with "Create a copy" and
   * `Worksheet.copy` (ExcelApi 1.7) copy a sheet. Only the id and the name differ.
   */
  copyAs(id: string, name: string, newRecordId: (prefix: string) => string): SheetModel {
    const copy = new SheetModel(id, name);
    copy.visibility = this.visibility;
    copy.frozenRows = this.frozenRows;
    copy.frozenColumns = this.frozenColumns;
    for (const [k, v] of this.columnWidths) copy.columnWidths.set(k, v);
    for (const [k, v] of this.rowHeights) copy.rowHeights.set(k, v);
    copy.conditionalFormats = this.conditionalFormats.map((record) => ({
      ...structuredClone(record),
      id: newRecordId('cf'),
    }));
    copy.validations = this.validations.map((record) => ({
      ...structuredClone(record),
      id: newRecordId('dv'),
    }));
    copy.isProtected = this.isProtected;
    for (const row of this.hiddenRows) copy.hiddenRows.add(row);
    for (const column of this.hiddenColumns) copy.hiddenColumns.add(column);
    copy.autoFilter = this.autoFilter === null ? null : { ...this.autoFilter };
    copy.mergedAreas.push(...this.mergedAreas.map((area) => ({ ...area })));
    for (const [k, record] of this.cells) copy.cells.set(k, structuredClone(record));
    for (const [k, spill] of this.spills) copy.spills.set(k, structuredClone(spill));
    for (const [k, layer] of this.columnLayers) copy.columnLayers.set(k, structuredClone(layer));
    for (const [k, layer] of this.rowLayers) copy.rowLayers.set(k, structuredClone(layer));
    copy.sheetLayer = structuredClone(this.sheetLayer);
    copy.rectLayers = structuredClone(this.rectLayers);
    copy.seq = this.seq;
    return copy;
  }

  private static key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  private static unkey(key: number): { row: number; column: number } {
    return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
  }

  private stamp(value: unknown): Stamp {
    this.seq += 1;
    return { value, seq: this.seq };
  }

  get storedCellCount(): number {
    return this.cells.size;
  }

  /** Refuses a change to a protected sheet (see {@link isProtected}). */
  assertWritable(location = 'Range'): void {
    if (this.isProtected)
      throw officeError(FakeErrorCodes.accessDenied, `the sheet '${this.name}' is protected`, location);
  }

  /** Records a spill of `values` from the anchor cell (which must hold the array formula). */
  setSpill(row: number, column: number, formula: string, values: readonly (readonly Scalar[])[]): void {
    this.setContent(row, column, { kind: 'formula', formula });
    this.spills.set(SheetModel.key(row, column), { row, column, formula, values });
  }

  /** The spill range of a recorded spill (its anchor at the upper left). */
  static spillRect(spill: SpillRecord): Rect {
    const width = Math.max(1, ...spill.values.map((line) => line.length));
    return {
      r0: spill.row,
      c0: spill.column,
      r1: Math.min(MAX_ROWS - 1, spill.row + Math.max(1, spill.values.length) - 1),
      c1: Math.min(MAX_COLUMNS - 1, spill.column + width - 1),
    };
  }

  /** True when the spill's anchor holds its formula and every other cell of its range is empty. */
  private spillActive(spill: SpillRecord): boolean {
    const anchor = this.getContent(spill.row, spill.column);
    if (anchor.kind !== 'formula' || anchor.formula !== spill.formula) return false;
    const r = SheetModel.spillRect(spill);
    for (let row = r.r0; row <= r.r1; row += 1)
      for (let c = r.c0; c <= r.c1; c += 1)
        if ((row !== r.r0 || c !== r.c0) && this.getContent(row, c).kind !== 'empty') return false;
    return true;
  }

  /** The spill ranges that spill now (see {@link spills}). */
  activeSpills(): { spill: SpillRecord; rect: Rect }[] {
    const out: { spill: SpillRecord; rect: Rect }[] = [];
    for (const spill of this.spills.values())
      if (this.spillActive(spill)) out.push({ spill, rect: SheetModel.spillRect(spill) });
    return out;
  }

  /**
   * What a spill puts in a cell: the anchor's first result or `#SPILL!` when blocked, another
   * cell's share of the results, or null for a cell no spill reaches.
   */
  spillAt(row: number, column: number): { anchor: boolean; value: Scalar; rect: Rect | null } | null {
    if (this.spills.size === 0) return null;
    const own = this.spills.get(SheetModel.key(row, column));
    if (own !== undefined) {
      const anchor = this.getContent(row, column);
      if (anchor.kind === 'formula' && anchor.formula === own.formula) {
        return this.spillActive(own)
          ? { anchor: true, value: own.values[0]?.[0] ?? '', rect: SheetModel.spillRect(own) }
          : { anchor: true, value: '#SPILL!', rect: null };
      }
    }
    if (this.getContent(row, column).kind !== 'empty') return null;
    for (const spill of this.spills.values()) {
      const r = SheetModel.spillRect(spill);
      if (!contains(r, row, column) || !this.spillActive(spill)) continue;
      return { anchor: false, value: spill.values[row - r.r0]?.[column - r.c0] ?? '', rect: r };
    }
    return null;
  }

  getContent(row: number, column: number): CellContent {
    return this.cells.get(SheetModel.key(row, column))?.content ?? EMPTY;
  }

  setContent(row: number, column: number, content: CellContent): void {
    this.assertWritable();
    const key = SheetModel.key(row, column);
    const record = this.cells.get(key);
    if (record) {
      record.content = content;
      this.dropIfBlank(key, record);
    } else if (content.kind !== 'empty') {
      this.cells.set(key, { content, format: {} });
    }
  }

  getFormat<P extends FormatProp>(row: number, column: number, prop: P): FormatValue<P> {
    let best: Stamp | undefined;
    const consider = (stamp: Stamp | undefined): void => {
      if (stamp && (!best || stamp.seq > best.seq)) best = stamp;
    };
    consider(this.cells.get(SheetModel.key(row, column))?.format[prop]);
    consider(this.rowLayers.get(row)?.[prop]);
    consider(this.columnLayers.get(column)?.[prop]);
    consider(this.sheetLayer[prop]);
    for (const { rect: r, layer } of this.rectLayers) if (contains(r, row, column)) consider(layer[prop]);
    return (best ? best.value : DEFAULT_FORMAT[prop]) as FormatValue<P>;
  }

  setCellFormat<P extends FormatProp>(row: number, column: number, prop: P, value: FormatValue<P>): void {
    this.assertWritable();
    const key = SheetModel.key(row, column);
    let record = this.cells.get(key);
    if (!record) {
      record = { content: EMPTY, format: {} };
      this.cells.set(key, record);
    }
    record.format[prop] = this.stamp(value);
  }

  /** Applies a format to a rectangle (one layer for whole rows/columns/sheet or large rectangles). */
  setFormat<P extends FormatProp>(r: Rect, prop: P, value: FormatValue<P>): void {
    this.assertWritable();
    if (cellCount(r) < RECT_LAYER_THRESHOLD) {
      for (let row = r.r0; row <= r.r1; row += 1) {
        for (let c = r.c0; c <= r.c1; c += 1) this.setCellFormat(row, c, prop, value);
      }
      return;
    }
    const stamp = this.stamp(value);
    const entireColumns = isEntireColumns(r);
    const entireRows = isEntireRows(r);
    if (entireColumns && entireRows) {
      this.sheetLayer[prop] = stamp;
    } else if (entireColumns) {
      for (let c = r.c0; c <= r.c1; c += 1) this.layer(this.columnLayers, c)[prop] = stamp;
    } else if (entireRows) {
      for (let row = r.r0; row <= r.r1; row += 1) this.layer(this.rowLayers, row)[prop] = stamp;
    } else {
      this.rectLayers.push({ rect: r, layer: { [prop]: stamp } });
    }
    // Older cell formats under the new layer can no longer show: drop them.
    this.forEachStoredCell(r, (row, column, record, key) => {
      delete record.format[prop];
      this.dropIfBlank(key, record);
    });
  }

  /**
   * "Clear formats": the cells of `r` get the default format again. Cell formats are dropped, layers
   * inside `r` removed, and one default layer covers what other layers still reach.
   */
  clearFormats(r: Rect): void {
    this.assertWritable();
    this.forEachStoredCell(r, (row, column, record, key) => {
      record.format = {};
      this.dropIfBlank(key, record);
    });
    if (isEntireColumns(r) && isEntireRows(r)) this.sheetLayer = {};
    if (isEntireColumns(r)) for (let c = r.c0; c <= r.c1; c += 1) this.columnLayers.delete(c);
    if (isEntireRows(r)) for (let row = r.r0; row <= r.r1; row += 1) this.rowLayers.delete(row);
    this.rectLayers = this.rectLayers.filter(
      (l) => !(l.rect.r0 >= r.r0 && l.rect.r1 <= r.r1 && l.rect.c0 >= r.c0 && l.rect.c1 <= r.c1),
    );
    const othersReach =
      !isEmptyLayer(this.sheetLayer) ||
      this.rowLayers.size > 0 ||
      this.columnLayers.size > 0 ||
      this.rectLayers.length > 0;
    if (othersReach) {
      const layer: StampedLayer = {};
      for (const prop of FORMAT_PROPS) layer[prop] = this.stamp(DEFAULT_FORMAT[prop]);
      this.rectLayers.push({ rect: r, layer });
    }
  }

  clearContents(r: Rect): void {
    this.assertWritable();
    this.forEachStoredCell(r, (row, column, record, key) => {
      record.content = EMPTY;
      this.dropIfBlank(key, record);
    });
  }

  /** Calls `fn` for the stored cells inside `r` (cells never written are skipped), row-major. */
  forEachStoredCell(
    r: Rect,
    fn: (row: number, column: number, record: CellRecord, key: number) => void,
  ): void {
    if (cellCount(r) <= this.cells.size) {
      for (let row = r.r0; row <= r.r1; row += 1) {
        for (let c = r.c0; c <= r.c1; c += 1) {
          const key = SheetModel.key(row, c);
          const record = this.cells.get(key);
          if (record) fn(row, c, record, key);
        }
      }
      return;
    }
    const hits: [number, CellRecord][] = [];
    for (const entry of this.cells) {
      const { row, column } = SheetModel.unkey(entry[0]);
      if (contains(r, row, column)) hits.push(entry);
    }
    hits.sort((a, b) => a[0] - b[0]);
    for (const [key, record] of hits) {
      const { row, column } = SheetModel.unkey(key);
      fn(row, column, record, key);
    }
  }

  /** Stored cells with a value (and, unless `valuesOnly`, with a cell format), in row-major order. */
  storedCells(
    valuesOnly: boolean,
  ): { row: number; column: number; content: CellContent; format: FormatLayer }[] {
    const out: { row: number; column: number; content: CellContent; format: FormatLayer }[] = [];
    const keys = [...this.cells.keys()].sort((a, b) => a - b);
    for (const key of keys) {
      const record = this.cells.get(key);
      if (!record) continue;
      if (record.content.kind === 'empty' && (valuesOnly || isEmptyLayer(record.format))) continue;
      out.push({ ...SheetModel.unkey(key), content: record.content, format: unstamp(record.format) });
    }
    return out;
  }

  /**
   * Bounding rectangle of cells holding values (and cell formats unless `valuesOnly`), as
   * `Worksheet.getUsedRange(valuesOnly)`; null for a blank sheet. Row, column and rectangle formats
   * do not extend it.
   */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -Infinity;
    let c1 = -Infinity;
    for (const [key, record] of this.cells) {
      if (record.content.kind === 'empty' && (valuesOnly || isEmptyLayer(record.format))) continue;
      const { row, column } = SheetModel.unkey(key);
      r0 = Math.min(r0, row);
      c0 = Math.min(c0, column);
      r1 = Math.max(r1, row);
      c1 = Math.max(c1, column);
    }
    // Spilled values are values of the sheet (the spill range is part of the used range).
    for (const { rect: r } of this.activeSpills()) {
      r0 = Math.min(r0, r.r0);
      c0 = Math.min(c0, r.c0);
      r1 = Math.max(r1, r.r1);
      c1 = Math.max(c1, r.c1);
    }
    return r0 === Infinity ? null : { r0, c0, r1, c1 };
  }

  /** Inserts blank cells at `r`, shifting cells (and whole-row/column formats) down or right. */
  insertCells(r: Rect, shift: 'Down' | 'Right', location: string): void {
    this.assertWritable();
    const down = shift === 'Down';
    const n = down ? rowCount(r) : columnCount(r);
    const moved: [number, CellRecord][] = [];
    for (const [key, record] of this.cells) {
      const { row, column } = SheetModel.unkey(key);
      const inBand = down
        ? column >= r.c0 && column <= r.c1 && row >= r.r0
        : row >= r.r0 && row <= r.r1 && column >= r.c0;
      if (!inBand) continue;
      const target = down ? row + n : column + n;
      if (target >= (down ? MAX_ROWS : MAX_COLUMNS) && record.content.kind !== 'empty') {
        throw officeError(
          FakeErrorCodes.invalidOperation,
          'inserting would push non-empty cells off the sheet',
          location,
        );
      }
      moved.push([key, record]);
    }
    for (const [key] of moved) this.cells.delete(key);
    for (const [key, record] of moved) {
      const { row, column } = SheetModel.unkey(key);
      const nr = down ? row + n : row;
      const nc = down ? column : column + n;
      if (nr < MAX_ROWS && nc < MAX_COLUMNS) this.cells.set(SheetModel.key(nr, nc), record);
    }
    if (down && isEntireRows(r)) shiftMap(this.rowLayers, r.r0, n, MAX_ROWS);
    if (down && isEntireRows(r)) shiftMap(this.rowHeights, r.r0, n, MAX_ROWS);
    if (!down && isEntireColumns(r)) shiftMap(this.columnLayers, r.c0, n, MAX_COLUMNS);
    if (!down && isEntireColumns(r)) shiftMap(this.columnWidths, r.c0, n, MAX_COLUMNS);
  }

  /** Deletes the cells of `r`, shifting cells below up or cells to the right left. */
  deleteCells(r: Rect, shift: 'Up' | 'Left'): void {
    this.assertWritable();
    const up = shift === 'Up';
    const n = up ? rowCount(r) : columnCount(r);
    const moved: [number, CellRecord][] = [];
    for (const [key, record] of [...this.cells]) {
      const { row, column } = SheetModel.unkey(key);
      if (contains(r, row, column)) {
        this.cells.delete(key);
        continue;
      }
      const inBand = up
        ? column >= r.c0 && column <= r.c1 && row > r.r1
        : row >= r.r0 && row <= r.r1 && column > r.c1;
      if (inBand) moved.push([key, record]);
    }
    for (const [key] of moved) this.cells.delete(key);
    for (const [key, record] of moved) {
      const { row, column } = SheetModel.unkey(key);
      this.cells.set(SheetModel.key(up ? row - n : row, up ? column : column - n), record);
    }
    if (up && isEntireRows(r)) shiftMap(this.rowLayers, r.r0, -n, MAX_ROWS);
    if (!up && isEntireColumns(r)) shiftMap(this.columnLayers, r.c0, -n, MAX_COLUMNS);
  }

  /** Format layers (without cell formats), for `host.inspect`. */
  layers(): {
    sheet: FormatLayer;
    columns: Map<number, FormatLayer>;
    rows: Map<number, FormatLayer>;
    rects: { rect: Rect; format: FormatLayer }[];
  } {
    const unstampMap = (map: Map<number, StampedLayer>): Map<number, FormatLayer> =>
      new Map([...map].map(([k, v]) => [k, unstamp(v)]));
    return {
      sheet: unstamp(this.sheetLayer),
      columns: unstampMap(this.columnLayers),
      rows: unstampMap(this.rowLayers),
      rects: this.rectLayers.map((l) => ({ rect: l.rect, format: unstamp(l.layer) })),
    };
  }

  private layer(map: Map<number, StampedLayer>, index: number): StampedLayer {
    let layer = map.get(index);
    if (!layer) {
      layer = {};
      map.set(index, layer);
    }
    return layer;
  }

  private dropIfBlank(key: number, record: CellRecord): void {
    if (record.content.kind === 'empty' && isEmptyLayer(record.format)) this.cells.delete(key);
  }
}

/** Moves entries with key >= from by `delta` (deleting those in the removed band when delta < 0). */
function shiftMap<V>(map: Map<number, V>, from: number, delta: number, limit: number): void {
  const entries = [...map].filter(([k]) => k >= from);
  for (const [k] of entries) map.delete(k);
  for (const [k, v] of entries) {
    if (delta < 0 && k < from - delta) continue;
    const target = k + delta;
    if (target >= 0 && target < limit) map.set(target, v);
  }
}
