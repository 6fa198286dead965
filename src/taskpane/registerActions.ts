import type { CreateRegisterInput, CreateRegisterResult } from '../excel/registerSheet';
import { oneAtATime } from './oneAction';

/*
 * The day register's actions in the pane (issue #9): each one Excel.run, one workbook action at a
 * time (oneAction.ts). The Excel-layer modules load when the action runs (issue #11: the pane's
 * first paint carries none of them). No rule lives here: core decides, src/excel reads and writes.
 */
const registerSheetModule = () => import(/* webpackChunkName: "excel-register" */ '../excel/registerSheet');

/** "Nieuw dagregister" (src/excel registerSheet.ts createRegister). */
export function createRegisterAction(input: CreateRegisterInput): Promise<CreateRegisterResult> {
  return oneAtATime('new_register', async () => {
    const { runCreateRegister } = await registerSheetModule();
    return runCreateRegister(input);
  });
}
