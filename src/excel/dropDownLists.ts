import type { BatchLists } from '../core';

/*
 * The editable drop-down lists: where they live and how data validation refers to them.
 *
 * Sheet, table and column names are the workbook's file format, not interface text: they are always
 * Dutch (the primary language of SPEC's users), whatever language Office runs in, so a workbook
 * made on a French Excel reads back on a Dutch one. Interface text goes through the message
 * catalogs.
 *
 * Each list is a one-column table on the lists sheet, referred to by a workbook name that data
 * validation uses: docs/decisions/0005-drop-down-lists-as-named-table-columns.md.
 */

/** Sheet of the editable drop-down lists. */
export const LISTS_SHEET = 'Lijsten';

export type ListKey = keyof BatchLists;

/** One drop-down list: a one-column table on the lists sheet and the name that points at it. */
export interface ListDefinition {
  readonly key: ListKey;
  /** Header of the table column (also the column name in the structured reference). */
  readonly header: string;
  readonly tableName: string;
  /** Workbook-scoped name used as data-validation source, e.g. `lst_toedieningswijze`. */
  readonly rangeName: string;
  /** 0-based column of the table on the lists sheet. */
  readonly columnIndex: number;
  /** Column width in points. */
  readonly width: number;
}

/**
 * The lists, in batch-field order, one table per list with an empty column between tables so a
 * value typed beside one table is not taken for a row of the next one.
 */
export const LIST_DEFINITIONS: readonly ListDefinition[] = [
  {
    key: 'immunisatieproduct',
    header: 'Immunisatieproduct',
    tableName: 'tblLijstImmunisatieproduct',
    rangeName: 'lst_immunisatieproduct',
    columnIndex: 0,
    width: 180,
  },
  {
    key: 'toedieningswijze',
    header: 'Toedieningswijze',
    tableName: 'tblLijstToedieningswijze',
    rangeName: 'lst_toedieningswijze',
    columnIndex: 2,
    width: 120,
  },
  {
    key: 'typeProfylaxe',
    header: 'Type profylaxe',
    tableName: 'tblLijstTypeProfylaxe',
    rangeName: 'lst_typeprofylaxe',
    columnIndex: 4,
    width: 140,
  },
  {
    key: 'lichaamsdeel',
    header: 'Lichaamsdeel',
    tableName: 'tblLijstLichaamsdeel',
    rangeName: 'lst_lichaamsdeel',
    columnIndex: 6,
    width: 140,
  },
  {
    key: 'lichaamszijde',
    header: 'Lichaamszijde',
    tableName: 'tblLijstLichaamszijde',
    rangeName: 'lst_lichaamszijde',
    columnIndex: 8,
    width: 100,
  },
];

/** The formula a list's workbook name refers to: the data column of its table. */
export function listNameFormula(list: ListDefinition): string {
  return `=${list.tableName}[${list.header}]`;
}

/** The data-validation source of a list: its workbook name. */
export function listValidationSource(list: ListDefinition): string {
  return `=${list.rangeName}`;
}
