import type { Issue } from '../../src/core';

/**
 * The dense marks case of issue #10: faults in columns A and D on every other data row (an error
 * in A, a warning in D) of a sheet with `rows` data rows below the header. Shared by the marks
 * scale test (test/excel/marksScale.test.ts) and `npm run bench` (bench/workbook.ts).
 *
 * @example
 * ```ts
 * denseIssues(4).map((issue) => `${issue.column}${issue.row}`); // ['insz2', 'geboortedatum2', 'insz4', 'geboortedatum4']
 * ```
 */
export function denseIssues(rows: number): Issue[] {
  const issues: Issue[] = [];
  for (let row = 2; row <= rows + 1; row += 2) {
    issues.push({ code: 'insz_checksum', row, column: 'insz', severity: 'error', params: {} });
    issues.push({
      code: 'birthdate_before_1900',
      row,
      column: 'geboortedatum',
      severity: 'warning',
      params: {},
    });
  }
  return issues;
}
