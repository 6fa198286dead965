import { columnLetter } from './a1Address';
import { TEXT_FORMAT, setNumberFormatEverywhere } from './numberFormats';
import {
  REGISTRATION_COLUMNS_ADDRESS,
  REGISTRATION_COLUMN_WIDTHS,
  REGISTRATION_HEADER_ADDRESS,
  REGISTRATION_HEADER_FILL,
  REGISTRATION_HEADER_ROW,
} from './registrationLayout';
import {
  type RegistrationHighlight,
  type RegistrationSheetOptions,
  registrationHighlights,
} from './registrationHighlights';

/*
 * The look of a registration sheet (SPEC "Using it": "the five headers, text format on every column
 * (so Excel keeps leading zeros), frozen header, and live highlighting that works while typing,
 * even when the add-in is not loaded"). Used by createBatch and by "make a compliant copy".
 */

/**
 * Queues the registration-sheet look on `sheet` (no sync): text format on A:E BEFORE anything is
 * written, the five headers in A1:E1 (bold, filled), the header row frozen, column widths, and the
 * live conditional formats. Meant for a new sheet (or a new copy): the conditional formats are
 * added, not replaced.
 *
 * @example
 * ```ts
 * const sheet = context.workbook.worksheets.add('B003 Vaxigrip 28-11-2026');
 * queueFormatRegistrationSheet(sheet, { linesPerFile: 100 });
 * await context.sync();
 * ```
 */
export function queueFormatRegistrationSheet(
  sheet: Excel.Worksheet,
  options: RegistrationSheetOptions,
): void {
  queueRegistrationLook(sheet, registrationHighlights(options));
}

/**
 * The look of {@link queueFormatRegistrationSheet} with the given highlights, the first with the
 * highest priority (a day register adds its own and leaves the rows-per-file bands out:
 * formatRegisterSheet.ts).
 */
export function queueRegistrationLook(
  sheet: Excel.Worksheet,
  highlights: readonly RegistrationHighlight[],
): void {
  // Text first: under General, Excel turns 01012000 into 1012000 (ARCHITECTURE "Talking to Excel").
  setNumberFormatEverywhere(sheet.getRange(REGISTRATION_COLUMNS_ADDRESS), TEXT_FORMAT);
  const header = sheet.getRange(REGISTRATION_HEADER_ADDRESS);
  header.values = [[...REGISTRATION_HEADER_ROW]];
  header.format.font.bold = true;
  header.format.fill.color = REGISTRATION_HEADER_FILL;
  sheet.freezePanes.freezeRows(1);
  REGISTRATION_COLUMN_WIDTHS.forEach((width, i) => {
    const letter = columnLetter(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width;
  });
  highlights.forEach((highlight, priority) => {
    const format = sheet.getRange(highlight.address).conditionalFormats.add('Custom');
    format.custom.rule.formula = highlight.formula;
    format.custom.format.fill.color = highlight.fill;
    if (highlight.fontColor !== undefined) format.custom.format.font.color = highlight.fontColor;
    // Explicit, whatever position the host gives a new rule: errors above warnings above bands.
    format.priority = priority;
  });
}

/** {@link queueFormatRegistrationSheet} plus the sync. */
export async function formatRegistrationSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  options: RegistrationSheetOptions,
): Promise<void> {
  queueFormatRegistrationSheet(sheet, options);
  await context.sync();
}
