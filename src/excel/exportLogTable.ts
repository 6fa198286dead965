import type { Encoding } from '../core';
import type { ColumnDefinition } from './columnDefinition';
import { ISO_TIME_NOTE } from './isoDateNotes';
import { GENERAL_FORMAT, TEXT_FORMAT } from './numberFormats';

/*
 * The export log's layout: its sheet, its name, its columns and how it labels an encoding.
 *
 * Sheet, table and column names are the workbook's file format, not interface text: they are always
 * Dutch (the primary language of SPEC's users), whatever language Office runs in, so a workbook
 * made on a French Excel reads back on a Dutch one. Interface text goes through the message
 * catalogs.
 */

/** Sheet of the export log (SPEC "Each export appends to an export log sheet"). */
export const EXPORT_LOG_SHEET = 'Exportlog';

export const EXPORT_LOG_TABLE = 'tblExportLog';

export type ExportLogColumnKey =
  'time' | 'batchId' | 'sheetName' | 'fileName' | 'part' | 'rows' | 'sha256' | 'encoding' | 'uploaded';

/**
 * Columns of the export log (SPEC: "time, batch, sheet, file name, part k/n, row count, SHA-256
 * of the bytes, encoding, and an 'Opgeladen in Vaccinnet' column"). Everything but Rijen is
 * text: `1/2` under General would become the date 2 January, and a SHA-256 made of digits with
 * one `e` would become a number.
 */
export const EXPORT_LOG_COLUMNS: readonly ColumnDefinition<ExportLogColumnKey>[] = [
  { key: 'time', header: 'Tijdstip', numberFormat: TEXT_FORMAT, width: 115, headerNote: ISO_TIME_NOTE },
  { key: 'batchId', header: 'Batch', numberFormat: TEXT_FORMAT, width: 50 },
  { key: 'sheetName', header: 'Blad', numberFormat: TEXT_FORMAT, width: 170 },
  { key: 'fileName', header: 'Bestandsnaam', numberFormat: TEXT_FORMAT, width: 300 },
  { key: 'part', header: 'Deel (k/n)', numberFormat: TEXT_FORMAT, width: 60 },
  { key: 'rows', header: 'Rijen', numberFormat: GENERAL_FORMAT, width: 45 },
  { key: 'sha256', header: 'SHA-256', numberFormat: TEXT_FORMAT, width: 420 },
  { key: 'encoding', header: 'Codering', numberFormat: TEXT_FORMAT, width: 90 },
  {
    key: 'uploaded',
    header: 'Opgeladen in Vaccinnet',
    numberFormat: TEXT_FORMAT,
    width: 125,
    dropDown: { source: 'yesNo', strict: true },
  },
];

/** Label of an encoding in the export log; technical names, the same in every language. */
export const ENCODING_LABELS: Readonly<Record<Encoding, string>> = {
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
};
