import type { ExportRegisterInput, ExportRegisterResult } from '../excel/exportRegister';
import type { CreateRegisterInput, CreateRegisterResult } from '../excel/createRegister';
import { confirmedRegister } from './confirmedRegisters';
import { oneAtATime } from './oneAction';

/*
 * The day register's actions in the pane (issue #9): each one Excel.run, one workbook action at a
 * time (oneAction.ts). The Excel-layer modules load when the action runs (issue #11: the pane's
 * first paint carries none of them). No rule lives here: core decides, src/excel reads and writes.
 */
const exportRegisterModule = () =>
  import(/* webpackChunkName: "excel-register-export" */ '../excel/exportRegister');
const createRegisterModule = () => import(/* webpackChunkName: "excel-register" */ '../excel/createRegister');

/** "Nieuw dagregister" (src/excel createRegister.ts). */
export function createRegisterAction(input: CreateRegisterInput): Promise<CreateRegisterResult> {
  return oneAtATime('new_register', async () => {
    const { runCreateRegister } = await createRegisterModule();
    return runCreateRegister(input);
  });
}

/**
 * "Exporteren" on a register: every group with ready rows, recorded (src/excel exportRegister.ts:
 * Batches rows of new groups, a log row per file), or `confirmation_required` when a group's files
 * are marked uploaded. The caller hands the files over (deliverExport).
 */
export function exportRegisterAction(input: ExportRegisterInput): Promise<ExportRegisterResult> {
  return oneAtATime('export', async () => {
    const { runExportRegister } = await exportRegisterModule();
    // Lists confirmed in this session are registers too for duplicate_across_batches.
    return runExportRegister({ confirmedMapping: (name) => confirmedRegister(name)?.mapping, ...input });
  });
}
