import {
  type Cell,
  DISPLAY_TEXT_COLUMNS,
  REGISTRATION_COLUMNS,
  type RegistrationColumn,
  type RegistrationRow,
} from '../core';
import { cellAddress, columnLetter } from './a1Address';
import { cellFromExcel, isEmptyExcelValue } from './cellFromExcel';
import { type HeaderTitle, titleText } from './headerTitles';
import type { CellBlock } from './readRowBlocks';
import type { SheetMapping } from './sheetMapping';

/*
 * Turning blocks of a sheet into core's rows (SPEC "Nothing is lost"): every row below the header
 * comes back (empty rows too, so core gives them their `empty` verdict), rows whose five cells are
 * empty but which hold something in another column are listed, every non-registration column with
 * a title or data is counted, and cells above the header row are kept as notes.
 */

/** A column that is not one of the five: not exported, not copied, but never silently dropped. */
export interface ExtraColumn extends HeaderTitle {
  /** Non-empty cells below the header. */
  readonly nonEmpty: number;
}

/** A non-empty cell above the header row (a title, a note). */
export interface SheetNote {
  readonly address: string;
  readonly text: string;
}

/** Five empty cells: a row with nothing in the registration columns. */
export function emptyCells(): Record<RegistrationColumn, Cell> {
  const empty: Cell = { kind: 'empty', value: null };
  return { insz: empty, naam: empty, voornaam: empty, geboortedatum: empty, postcode: empty };
}

/** Builds a SheetRead from blocks; one instance per read. */
export class SheetCollector {
  readonly rows: RegistrationRow[] = [];
  readonly emptyRows: number[] = [];
  readonly extraOnlyRows: number[] = [];
  readonly header: HeaderTitle[] = [];
  readonly notes: SheetNote[] = [];
  /** Non-empty data cells per extra column (0-based sheet column). */
  private readonly extraCounts = new Map<number, number>();
  private readonly mapped: readonly (readonly [RegistrationColumn, number])[];
  private readonly mappedSet: ReadonlySet<number>;

  constructor(
    private readonly mapping: SheetMapping,
    /** Read when the first block arrives: the date system is loaded in the same sync. */
    private readonly use1904: () => boolean,
  ) {
    this.mapped = REGISTRATION_COLUMNS.flatMap((column) => {
      const index = mapping.columns[column];
      return index === null ? [] : [[column, index] as const];
    });
    this.mappedSet = new Set(this.mapped.map(([, index]) => index));
  }

  /**
   * 0-based sheet columns whose `Range.text` the read must bring: the mapped columns of core's
   * DISPLAY_TEXT_COLUMNS (a number, date or boolean there is taken as the text Excel shows).
   */
  get textColumns(): number[] {
    return this.mapped.filter(([column]) => DISPLAY_TEXT_COLUMNS.includes(column)).map(([, index]) => index);
  }

  /** Rows between the header and the first used row: nothing in them. */
  addEmptyRows(first: number, last: number): void {
    for (let row = first; row <= last; row++) {
      this.rows.push({ row, cells: emptyCells() });
      this.emptyRows.push(row);
    }
  }

  add(block: CellBlock): void {
    const { headerRow } = this.mapping;
    const options = { use1904: this.use1904() };
    block.values.forEach((values, r) => {
      const row = block.firstRow + r;
      const types = block.valueTypes[r] ?? [];
      const formats = block.numberFormat[r] ?? [];
      if (row <= headerRow) {
        values.forEach((value, c) => {
          if (isEmptyExcelValue(value, types[c] ?? 'Empty')) return;
          const index = block.firstColumn + c;
          const text = titleText(value);
          if (row === headerRow) this.header.push({ column: columnLetter(index), index, title: text });
          else this.notes.push({ address: cellAddress(row - 1, index), text });
        });
        return;
      }
      const cells = emptyCells();
      let hasMapped = false;
      for (const [column, index] of this.mapped) {
        const c = index - block.firstColumn;
        if (c < 0 || c >= values.length) continue;
        const type = types[c] ?? 'Empty';
        const value = values[c];
        if (isEmptyExcelValue(value, type)) continue;
        hasMapped = true;
        cells[column] = cellFromExcel(
          value,
          type,
          formats[c] ?? 'General',
          options,
          block.texts.get(index)?.[r],
        );
      }
      let hasExtra = false;
      values.forEach((value, c) => {
        const index = block.firstColumn + c;
        if (this.mappedSet.has(index) || isEmptyExcelValue(value, types[c] ?? 'Empty')) return;
        hasExtra = true;
        this.extraCounts.set(index, (this.extraCounts.get(index) ?? 0) + 1);
      });
      this.rows.push({ row, cells });
      if (!hasMapped) (hasExtra ? this.extraOnlyRows : this.emptyRows).push(row);
    });
  }

  extraColumns(): ExtraColumn[] {
    const titles = new Map(this.header.map((title) => [title.index, title.title]));
    const indexes = new Set<number>([...this.extraCounts.keys()]);
    for (const title of this.header) if (!this.mappedSet.has(title.index)) indexes.add(title.index);
    return [...indexes]
      .sort((a, b) => a - b)
      .map((index) => ({
        column: columnLetter(index),
        index,
        title: titles.get(index) ?? '',
        nonEmpty: this.extraCounts.get(index) ?? 0,
      }));
  }
}
