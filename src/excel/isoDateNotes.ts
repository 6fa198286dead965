import type { HeaderNote } from './columnDefinition';

/*
 * The header notes of the columns where the add-in stores a date or time for itself (issue #13:
 * "One date format for people (Belgian dd/mm/yyyy) wherever a person reads a date; ISO only where
 * a machine reads it, and say so in the sheet's header comment").
 *
 * The add-in reads these cells back: Batches "Datum toediening" is the batch's date for every
 * export (calendar.ts: ISO is "the storage form of dates on the batch sheet"), "Laatste export"
 * and the Exportlog's "Tijdstip" find the files of the last export (uploads.ts, markUploaded.ts);
 * "Opgeladen op" on both tables (uploadedAtColumn.ts) records when "Opladen" marked them.
 * ISO text sorts as time does and reads the same in every Excel language and date system.
 *
 * Workbook text, like the headers it sits on (batchTable.ts: the workbook's file format is Dutch,
 * whatever language Office runs in); as a note for people it says it in Dutch first, then in
 * French and English, within Excel's limits (title 32 characters, message 255).
 */

export const ISO_DATE_NOTE: HeaderNote = {
  title: 'Datum voor de add-in',
  message:
    'JJJJ-MM-DD: de add-in leest deze datum, laat die vorm staan. Het taakvenster toont dd/mm/jjjj.' +
    ' FR\u00a0: AAAA-MM-JJ, lu par le complément. EN: YYYY-MM-DD, read by the add-in.',
};

export const ISO_TIME_NOTE: HeaderNote = {
  title: 'Tijdstip voor de add-in',
  message:
    'JJJJ-MM-DD UU:MM:SS: de add-in leest dit tijdstip, laat die vorm staan.' +
    ' FR\u00a0: AAAA-MM-JJ HH:MM:SS, lu par le complément. EN: YYYY-MM-DD HH:MM:SS, read by the add-in.',
};
