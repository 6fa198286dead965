import { REGISTRATION_COLUMNS, REGISTRATION_HEADERS } from '../core';

/*
 * The layout of a registration sheet the add-in creates: header row, columns, widths, header fill.
 */

/** SPEC: "Header line exactly INSZ,Naam,Voornaam,Geboortedatum,Postcode", in A1:E1. */
export const REGISTRATION_HEADER_ROW: readonly string[] = REGISTRATION_COLUMNS.map(
  (column) => REGISTRATION_HEADERS[column],
);
export const REGISTRATION_HEADER_ADDRESS = 'A1:E1';
/** The five columns, whole: text format goes on them before anything is typed. */
export const REGISTRATION_COLUMNS_ADDRESS = 'A:E';
/** First data row (row 1 is the header). */
export const REGISTRATION_FIRST_DATA_ROW = 2;
/** Column widths in points, in file order. */
export const REGISTRATION_COLUMN_WIDTHS: readonly number[] = [95, 140, 110, 90, 60];
/**
 * Header style: bold on a light grey fill (distinct from the highlight colours of
 * registrationHighlights.ts and overLimitBands.ts OVER_LIMIT_FILLS).
 */
export const REGISTRATION_HEADER_FILL = '#D9D9D9';
