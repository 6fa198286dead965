import { BATCH_FIELDS, type BatchField, type Issue, unifiedSpelling } from '../core';
import { titleText } from './headerTitles';
import { rowSpans } from './rowSpans';
import type { SheetMapping } from './sheetMapping';

/*
 * The near-duplicate fix of a day's register (issue #9: "a fix that unifies them"): the findings
 * sit on batch-field cells (lot, organisatie, opmerkingen, product), which applyFixes reaches
 * through the register's mapping. Each cell is read as it is now and core decides what it gets
 * (unifiedSpelling); applyFixes writes it as text, like every other fix.
 */

/** A batch-field cell a near-duplicate finding asks to unify. */
export interface BatchFixTarget {
  readonly row: number;
  readonly field: BatchField;
  /** 0-based sheet column. */
  readonly index: number;
  readonly issue: Issue;
}

const isBatchField = (column: Issue['column']): column is BatchField =>
  column !== null && (BATCH_FIELDS as readonly string[]).includes(column);

/**
 * The cell of `issue` when it is a batch-field finding on a register mapping (a mapping with
 * `batch` columns, src/excel registerMapping.ts); null for any other finding or sheet.
 *
 * @example
 * ```ts
 * batchFixTarget(REGISTER_SHEET_MAPPING, { row: 5, column: 'lotnummer', ... }); // { row: 5, index: 8, ... }
 * ```
 */
export function batchFixTarget(mapping: SheetMapping, issue: Issue): BatchFixTarget | null {
  if (!isBatchField(issue.column) || !('batch' in mapping)) return null;
  const batch = (mapping as { batch: Readonly<Partial<Record<BatchField, number>>> }).batch;
  const index = batch[issue.column];
  if (index === undefined || issue.row <= mapping.headerRow) return null;
  return { row: issue.row, field: issue.column, index, issue };
}

/**
 * Reads the target cells as they are now (one range per column and run of rows, one sync) and
 * returns, per target, the text core says it gets, or null when it needs nothing any more.
 */
export async function spellingFixes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  targets: readonly BatchFixTarget[],
): Promise<(string | null)[]> {
  const byColumn = new Map<number, number[]>();
  for (const target of targets)
    byColumn.set(target.index, [...(byColumn.get(target.index) ?? []), target.row]);
  const reads: { index: number; first: number; range: Excel.Range }[] = [];
  for (const [index, rows] of byColumn) {
    for (const span of rowSpans([...new Set(rows)].sort((a, b) => a - b))) {
      const range = sheet
        .getRangeByIndexes(span.first - 1, index, span.last - span.first + 1, 1)
        .load('values');
      reads.push({ index, first: span.first, range });
    }
  }
  await context.sync();
  const text = new Map<string, string>();
  for (const read of reads) {
    read.range.values.forEach((row, r) => text.set(`${read.first + r}:${read.index}`, titleText(row[0])));
  }
  return targets.map((target) =>
    unifiedSpelling(text.get(`${target.row}:${target.index}`) ?? '', target.issue),
  );
}
