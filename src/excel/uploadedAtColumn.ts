import type { ColumnDefinition } from './columnDefinition';
import { ISO_TIME_NOTE } from './isoDateNotes';
import { TEXT_FORMAT } from './numberFormats';

/**
 * "Opgeladen op", appended to the batch table and to the export log by the "Opladen" step when it
 * first marks a batch uploaded (issue #15: "time recorded in the log and the batch row"):
 * `YYYY-MM-DD HH:MM:SS` text like the log's time (exportLogText.ts `formatLogTime`); blank where
 * the mark was typed by hand. Not in the tables' column lists: a table gets it on first use
 * (addLaterColumns.ts `queueAddLaterColumns`), so set-up and export stay as they were.
 * Its header says that the add-in reads this time (issue #13: ISO only where a machine reads it,
 * "and say so in the sheet's header comment"), like "Tijdstip" and "Laatste export".
 */
export const UPLOADED_AT_COLUMN: ColumnDefinition<'uploadedAt'> = {
  key: 'uploadedAt',
  header: 'Opgeladen op',
  numberFormat: TEXT_FORMAT,
  width: 115,
  addedLater: true,
  headerNote: ISO_TIME_NOTE,
};
