/**
 * Text as written through `Range.values`: a text starting with an apostrophe gets one more. Excel
 * takes a leading apostrophe as its "this is text" prefix and drops it (Excel help, "Keep leading
 * zeros"); a Flemish name such as `'t Kindt` would otherwise lose it.
 *
 * @example
 * ```ts
 * excelText("'t Kindt"); // "''t Kindt"
 * ```
 */
export function excelText(text: string): string {
  return text.startsWith("'") ? `'${text}` : text;
}
