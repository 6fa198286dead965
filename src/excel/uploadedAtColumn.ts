import type { ColumnDefinition } from './columnDefinition';
import { TEXT_FORMAT } from './numberFormats';

/**
 * "Opgeladen op", appended to the batch table and to the export log by the "Opladen" step when it
 * first marks a batch uploaded (issue #15: "time recorded in the log and the batch row"):
 * `YYYY-MM-DD HH:MM:SS` text like the log's time (exportLogText.ts `formatLogTime`); blank where
 * the mark was typed by hand. Not in the tables' column lists: a table gets it on first use
 * (addLaterColumns.ts `queueAddLaterColumns`), so set-up and export stay as they were.
 */
export const UPLOADED_AT_COLUMN: ColumnDefinition<'uploadedAt'> = {
  key: 'uploadedAt',
  header: 'Opgeladen op',
  numberFormat: TEXT_FORMAT,
  width: 115,
  addedLater: true,
};
