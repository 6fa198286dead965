import type { ApplyFixesInput, ApplyFixesResult } from '../excel/applyFixes';
import type { CompliantCopyInput, CompliantCopyResult } from '../excel/makeCompliantCopy';
import type { CreateBatchInput, CreateBatchResult } from '../excel/createBatch';
import type { ClearMarksResult, MarkIssuesInput, MarkResult } from '../excel/marks';
import { currentSheetName } from '../excel/navigation';
import { oneAtATime } from './oneAction';

/*
 * The pane's writing actions besides Controleren and Exporteren (checkSheet.ts, exportBatch.ts):
 * each one Excel.run, one action at a time (oneAction.ts). No rule lives here.
 *
 * Each action loads its Excel-layer module when it runs (a dynamic import inside the guard): the
 * first tab imports this file, and fixes, copies, marks and batch creation are not needed before a click
 * (issue #11: initial task pane JavaScript <= 200 KB gzipped).
 *
 * Each takes the worksheet id of the sheet Controleren read (`sheetId`, Excel.Worksheet.id): the
 * user may have renamed the sheet since, and the action then finds it by its id, as Controleren,
 * the live check and Exporteren do (issue #10, docs/decisions/0009-sheets-by-id.md).
 */

/** The worksheet id of the sheet an action works on, when the pane knows it. */
interface ById {
  readonly sheetId?: string | undefined;
}
const applyFixesModule = () => import(/* webpackChunkName: "excel-fixes" */ '../excel/applyFixes');
const compliantCopyModule = () => import(/* webpackChunkName: "excel-copy" */ '../excel/makeCompliantCopy');
const marksModule = () => import(/* webpackChunkName: "excel-marks" */ '../excel/marks');
const createBatchModule = () => import(/* webpackChunkName: "excel-create-batch" */ '../excel/createBatch');

/** "Herstellen": the fixes the user picked (src/excel applyFixes.ts). */
export function fixCells(input: ApplyFixesInput & ById): Promise<ApplyFixesResult> {
  return oneAtATime('fix', async () => {
    const { applyFixes } = await applyFixesModule();
    return Excel.run(async (context) =>
      applyFixes(context, { ...input, sheetName: await currentSheetName(context, input) }),
    );
  });
}

/** "Markeren": the findings as fills on the sheet (src/excel marks.ts). */
export function markSheet(input: MarkIssuesInput & ById): Promise<MarkResult> {
  return oneAtATime('marks', async () => {
    const { markIssues } = await marksModule();
    return Excel.run(async (context) =>
      markIssues(context, { ...input, sheetName: await currentSheetName(context, input) }),
    );
  });
}

/** "Markeringen wissen": the sheet's earlier fills back (src/excel marks.ts). */
export function clearSheetMarks(input: { sheetName: string } & ById): Promise<ClearMarksResult> {
  return oneAtATime('marks', async () => {
    const { clearMarks } = await marksModule();
    return Excel.run(async (context) =>
      clearMarks(context, { sheetName: await currentSheetName(context, input) }),
    );
  });
}

/** "Conforme kopie maken" (src/excel makeCompliantCopy.ts). */
export function copySheet(
  input: CompliantCopyInput & { readonly sourceSheetId?: string | undefined },
): Promise<CompliantCopyResult> {
  return oneAtATime('copy', async () => {
    const { makeCompliantCopy } = await compliantCopyModule();
    return Excel.run(async (context) => {
      const sourceSheet = await currentSheetName(context, {
        sheetName: input.sourceSheet,
        sheetId: input.sourceSheetId,
      });
      return makeCompliantCopy(context, { ...input, sourceSheet });
    });
  });
}

/** "Nieuwe batch" (src/excel createBatch.ts). */
export function createBatchAction(input: CreateBatchInput): Promise<CreateBatchResult> {
  return oneAtATime('new_batch', async () => {
    const { runCreateBatch } = await createBatchModule();
    return runCreateBatch(input);
  });
}
