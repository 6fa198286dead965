import type { BatchField } from '../core';
import type { ColumnDefinition } from './columnDefinition';
import { ISO_DATE_NOTE, ISO_TIME_NOTE } from './isoDateNotes';
import { GENERAL_FORMAT, TEXT_FORMAT } from './numberFormats';

/*
 * The batch table's layout: its sheet, its name and its columns.
 *
 * Sheet, table and column names are the workbook's file format, not interface text: they are always
 * Dutch (the primary language of SPEC's users), whatever language Office runs in, so a workbook
 * made on a French Excel reads back on a Dutch one. Interface text goes through the message
 * catalogs.
 */

/** Sheet of the batch table (SPEC "the batch-metadata sheet"). */
export const BATCHES_SHEET = 'Batches';

export const BATCHES_TABLE = 'tblBatches';

export type BatchColumnKey =
  'batchId' | 'sheetName' | BatchField | 'rows' | 'files' | 'notExported' | 'lastExport' | 'uploaded';

/**
 * Columns of the batch table: Batch, Registratieblad, every SPEC batch field, then what the
 * exports record. Text columns are `@` so INSZ and lot numbers keep their leading zeros and
 * dates stay ISO text (calendar.ts: ISO is "the storage form of dates on the batch sheet").
 * Dosis stays General: a number, typed `0,5` or `0.5` as the user's Excel wants it.
 *
 * "Niet geëxporteerd" (SPEC "Nothing is lost": after "export the valid rows only" the blocked
 * ones "stay marked as not exported") sits with Rijen and Bestanden: the last export's rows left
 * out, as `3: 5, 9, 12` (count, then the sheet rows; exportLogText.ts `formatNotExported`). Text,
 * so Excel never reads `1: 7` as a time. A table made before this column existed gets it appended
 * at its end instead (`addedLater`).
 */
export const BATCH_COLUMNS: readonly ColumnDefinition<BatchColumnKey>[] = [
  { key: 'batchId', header: 'Batch', numberFormat: TEXT_FORMAT, width: 50 },
  { key: 'sheetName', header: 'Registratieblad', numberFormat: TEXT_FORMAT, width: 170 },
  { key: 'toedienerInsz', header: 'INSZ toediener', numberFormat: TEXT_FORMAT, width: 95 },
  { key: 'organisatie', header: 'Organisatie', numberFormat: TEXT_FORMAT, width: 140 },
  {
    key: 'gratisVoorraad',
    header: 'Gratis voorraad',
    numberFormat: TEXT_FORMAT,
    width: 85,
    dropDown: { source: 'yesNo', strict: true },
  },
  {
    key: 'datumToediening',
    header: 'Datum toediening',
    numberFormat: TEXT_FORMAT,
    width: 95,
    headerNote: ISO_DATE_NOTE,
  },
  {
    key: 'immunisatieproduct',
    header: 'Immunisatieproduct',
    numberFormat: TEXT_FORMAT,
    width: 150,
    dropDown: { source: 'immunisatieproduct', strict: false },
  },
  { key: 'dosis', header: 'Dosis', numberFormat: GENERAL_FORMAT, width: 45 },
  { key: 'lotnummer', header: 'Lotnummer', numberFormat: TEXT_FORMAT, width: 80 },
  {
    key: 'toedieningswijze',
    header: 'Toedieningswijze',
    numberFormat: TEXT_FORMAT,
    width: 110,
    dropDown: { source: 'toedieningswijze', strict: true },
  },
  {
    key: 'typeProfylaxe',
    header: 'Type profylaxe',
    numberFormat: TEXT_FORMAT,
    width: 130,
    dropDown: { source: 'typeProfylaxe', strict: true },
  },
  {
    key: 'lichaamsdeel',
    header: 'Lichaamsdeel',
    numberFormat: TEXT_FORMAT,
    width: 130,
    dropDown: { source: 'lichaamsdeel', strict: true },
  },
  {
    key: 'lichaamszijde',
    header: 'Lichaamszijde',
    numberFormat: TEXT_FORMAT,
    width: 85,
    dropDown: { source: 'lichaamszijde', strict: true },
  },
  { key: 'opmerkingen', header: 'Opmerkingen', numberFormat: TEXT_FORMAT, width: 200 },
  { key: 'rows', header: 'Rijen', numberFormat: GENERAL_FORMAT, width: 45 },
  { key: 'files', header: 'Bestanden', numberFormat: GENERAL_FORMAT, width: 60 },
  {
    key: 'notExported',
    header: 'Niet geëxporteerd',
    numberFormat: TEXT_FORMAT,
    width: 130,
    addedLater: true,
  },
  {
    key: 'lastExport',
    header: 'Laatste export',
    numberFormat: TEXT_FORMAT,
    width: 115,
    headerNote: ISO_TIME_NOTE,
  },
  {
    key: 'uploaded',
    header: 'Opgeladen in Vaccinnet',
    numberFormat: TEXT_FORMAT,
    width: 125,
    dropDown: { source: 'yesNo', strict: true },
  },
];
