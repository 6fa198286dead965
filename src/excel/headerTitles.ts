/** A non-blank title of the header row. */
export interface HeaderTitle {
  /** Column letters, e.g. `C`. */
  readonly column: string;
  /** 0-based sheet column. */
  readonly index: number;
  readonly title: string;
}

/** A cell as header or note text. */
export function titleText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
