/*
 * The colours of the live highlights: Excel's own conditional-format presets, so a highlight the
 * add-in made looks like one the user would pick.
 */

/** Excel's "Light red fill with dark red text": the errors. */
export const ERROR_FILL = '#FFC7CE';
export const ERROR_FONT = '#9C0006';
/** Excel's "Yellow fill with dark yellow text": edge whitespace (a warning, fixable). */
export const WARNING_FILL = '#FFEB9C';
export const WARNING_FONT = '#9C5700';
