import { type ApplyFixesInput, type ApplyFixesResult, applyFixes } from '../excel/applyFixes';
import {
  type CompliantCopyInput,
  type CompliantCopyResult,
  makeCompliantCopy,
} from '../excel/makeCompliantCopy';
import { type CreateBatchInput, type CreateBatchResult, runCreateBatch } from '../excel/createBatch';
import {
  type ClearMarksResult,
  type MarkIssuesInput,
  type MarkResult,
  clearMarks,
  markIssues,
} from '../excel/marks';
import { oneAtATime } from './oneAction';

/*
 * The pane's writing actions besides Controleren and Exporteren (checkSheet.ts, exportBatch.ts):
 * each one Excel.run, one action at a time (oneAction.ts). No rule lives here.
 */

/** "Herstellen": the fixes the user picked (src/excel applyFixes.ts). */
export function fixCells(input: ApplyFixesInput): Promise<ApplyFixesResult> {
  return oneAtATime('fix', () => Excel.run((context) => applyFixes(context, input)));
}

/** "Markeren": the findings as fills on the sheet (src/excel marks.ts). */
export function markSheet(input: MarkIssuesInput): Promise<MarkResult> {
  return oneAtATime('marks', () => Excel.run((context) => markIssues(context, input)));
}

/** "Markeringen wissen": the sheet's earlier fills back (src/excel marks.ts). */
export function clearSheetMarks(input: { sheetName: string }): Promise<ClearMarksResult> {
  return oneAtATime('marks', () => Excel.run((context) => clearMarks(context, input)));
}

/** "Conforme kopie maken" (src/excel makeCompliantCopy.ts). */
export function copySheet(input: CompliantCopyInput): Promise<CompliantCopyResult> {
  return oneAtATime('copy', () => Excel.run((context) => makeCompliantCopy(context, input)));
}

/** "Nieuwe batch" (src/excel createBatch.ts). */
export function createBatchAction(input: CreateBatchInput): Promise<CreateBatchResult> {
  return oneAtATime('new_batch', () => runCreateBatch(input));
}
