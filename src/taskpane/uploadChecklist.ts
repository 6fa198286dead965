import {
  type Encoding,
  type ExportFile,
  type UploadChange,
  type UploadItem,
  uploadBatchKey,
  uploadQueue,
  uploadZipName,
  zipTimeOf,
} from '../core';
import {
  type MarkUploadedResult,
  type MarkUploadedUndo,
  markUploaded,
  undoMarkUploaded,
} from '../excel/markUploaded';
import { selectCell } from '../excel/navigation';
import { type UploadChecklist, readUploadChecklist } from '../excel/readUploadChecklist';
import { readUploadTables } from '../excel/readUploadTables';
import { type RemadeBatch, registerContext, remakeBatch } from '../excel/remakeBatch';
import { logRowsOf } from '../excel/uploadLogRows';
import type { ReadTools } from './checkSheet';
import { abortError } from './hooks/useAction';
import { confirmedRegister } from './confirmedRegisters';
import { oneAtATime } from './oneAction';

/*
 * The orchestration of "Opladen" (issue #15; manual 2.2.2): read the checklist (src/excel
 * readUploadChecklist.ts, core uploadOverview), hand out a batch's files again only when they are the logged
 * bytes, mark a batch uploaded and undo it (src/excel markUploaded.ts). Each is one Excel.run and
 * one workbook action at a time (oneAction.ts). The clock is read here and passed on. No rule
 * lives here.
 */

function readOptions(tools: ReadTools) {
  return {
    today: new Date(),
    settings: tools.settings,
    // A practice's list confirmed as a register in this session: its groups are batches (issue #9).
    confirmedMapping: (name: string) => confirmedRegister(name)?.mapping,
    signal: tools.signal,
    onProgress: (p: { rowsRead: number; totalRows: number }) =>
      tools.setProgress({ done: p.rowsRead, total: p.totalRows }),
  };
}

/** The checklist of the workbook (every batch's sheet read and re-made). */
export function loadChecklist(tools: ReadTools): Promise<UploadChecklist> {
  return oneAtATime('upload_read', () =>
    Excel.run(async (context) => {
      const list = await readUploadChecklist(context, readOptions(tools));
      if (list === null) throw abortError();
      return list;
    }),
  );
}

/** Files to hand out: verified against the log, one encoding (DownloadPanel takes one). */
export interface VerifiedFiles {
  readonly files: readonly ExportFile[];
  readonly encoding: Encoding;
  /** Zip time stamp: the (oldest) administration date, noon (deterministic). */
  readonly mtime: Date;
  readonly zipName?: string;
}

export type RedownloadOutcome =
  | { kind: 'verified'; download: VerifiedFiles }
  /** The sheet no longer gives the logged bytes (or cannot be read): offer a new export. */
  | { kind: 'refused'; change: UploadChange };

function refusalOf(remade: RemadeBatch | { kind: 'cancelled' } | null): UploadChange {
  if (remade === null) return 'batch_missing';
  switch (remade.kind) {
    case 'sheet_missing':
      return 'sheet_missing';
    case 'sheet_unreadable':
      return 'sheet_unreadable';
    default:
      return 'bytes_differ';
  }
}

/**
 * A batch's files re-made from its sheet now, handed out only when they are, part by part, the
 * SHA-256 its last export logged (core remakeExport); otherwise refused, never a silently
 * different file.
 */
export function redownloadBatch(batchId: string, tools: ReadTools): Promise<RedownloadOutcome> {
  return oneAtATime('upload_download', () =>
    Excel.run(async (context): Promise<RedownloadOutcome> => {
      const options = readOptions(tools);
      const tables = await readUploadTables(context, options);
      const key = uploadBatchKey(batchId);
      const record = tables.batches.find((batch) => uploadBatchKey(batch.batchId) === key);
      const logged = logRowsOf(tables.log, batchId);
      if (record === undefined) return { kind: 'refused', change: 'batch_missing' };
      if (logged.length === 0) return { kind: 'refused', change: 'log_missing' };
      const remade = await remakeBatch(context, record, logged, {
        ...options,
        registers: registerContext(tables.batches, tables.lists, options.confirmedMapping),
      });
      if (remade.kind === 'cancelled') throw abortError();
      if (remade.kind !== 'remade' || !remade.matches) return { kind: 'refused', change: refusalOf(remade) };
      const date = record.metadata.ok ? record.metadata.value.datumToediening : null;
      return {
        kind: 'verified',
        download: { files: remade.plan.files, encoding: remade.plan.encoding, mtime: zipTimeOf(date) },
      };
    }),
  );
}

/** What "all pending files" gives: the verified files in upload order, and what was left out. */
export interface PendingDownload {
  /** One group per encoding (nearly always one), in upload order within each. */
  readonly groups: readonly VerifiedFiles[];
  readonly fileCount: number;
  /** Batches not uploaded that give no verified file (not exported, changed). */
  readonly skippedBatches: number;
}

/**
 * Every file still to upload, in upload order (core uploadQueue: oldest administration date
 * first, parts in order), from a fresh read: only files whose bytes are the logged ones. The zip
 * is named by date (core uploadZipName).
 */
export function pendingDownload(tools: ReadTools): Promise<PendingDownload> {
  return oneAtATime('upload_download', () =>
    Excel.run(async (context) => {
      const list = await readUploadChecklist(context, readOptions(tools));
      if (list === null) throw abortError();
      return pendingOf(list);
    }),
  );
}

/** {@link PendingDownload} of a checklist (pure). */
export function pendingOf(list: UploadChecklist): PendingDownload {
  const byEncoding = new Map<Encoding, { files: ExportFile[]; items: UploadItem[] }>();
  for (const { item, file } of uploadQueue(list.overview)) {
    const remade = list.remade.get(uploadBatchKey(item.batchId));
    if (remade?.kind !== 'remade' || !remade.matches) continue;
    const made = remade.plan.files.find((candidate) => candidate.name === file.name);
    if (made === undefined || made.sha256 !== file.sha256) continue;
    const group = byEncoding.get(remade.plan.encoding) ?? { files: [], items: [] };
    group.files.push(made);
    if (!group.items.includes(item)) group.items.push(item);
    byEncoding.set(remade.plan.encoding, group);
  }
  const groups = [...byEncoding].map(([encoding, group]) => {
    const dates = group.items.map((item) => item.datumToediening);
    return {
      files: group.files,
      encoding,
      mtime: zipTimeOf(group.items[0]?.datumToediening ?? null),
      zipName: uploadZipName(dates),
    };
  });
  const skippedBatches = list.overview.items.filter(
    (item) => item.state === 'not_exported' || item.state === 'changed',
  ).length;
  return { groups, fileCount: groups.reduce((sum, group) => sum + group.files.length, 0), skippedBatches };
}

/** Marks a batch's last export uploaded now (src/excel markUploaded.ts). */
export function markBatchUploaded(batchId: string): Promise<MarkUploadedResult> {
  return oneAtATime('upload_mark', () =>
    Excel.run((context) => markUploaded(context, { batchId, time: new Date() })),
  );
}

/** Puts back what a mark replaced. */
export function undoBatchUploaded(undo: MarkUploadedUndo): Promise<{ logRows: number; batchRow: boolean }> {
  return oneAtATime('upload_mark', () => Excel.run((context) => undoMarkUploaded(context, undo)));
}

/** Activates a batch's sheet (A1 selected). */
export function goToSheet(sheetName: string): Promise<void> {
  return Excel.run((context) => selectCell(context, sheetName, 1, 0));
}
