/*
 * Writing in groups under Excel on the web's request limit: a request over 5 MB is refused
 * ("Resource limits and performance optimization for Office Add-ins", section "Excel add-ins"), so
 * queued writes are synced once per ~4 MB, never once per row or cell.
 */

/** Largest request one sync may carry: well under Excel on the web's 5 MB. */
export const MAX_SYNC_REQUEST_BYTES = 4 * 1024 * 1024;

/** A task of a sync group: its request bytes and what it queues. */
export interface WriteTask {
  readonly bytes: number;
  readonly queue: () => void;
}

/** Queues tasks and syncs whenever the next one would take the request over the limit. */
export async function syncInGroups(
  context: Excel.RequestContext,
  tasks: readonly WriteTask[],
): Promise<number> {
  let syncs = 0;
  let start = 0;
  while (start < tasks.length) {
    let bytes = 0;
    while (start < tasks.length) {
      const task = tasks[start];
      if (task === undefined) break;
      if (bytes > 0 && bytes + task.bytes > MAX_SYNC_REQUEST_BYTES) break;
      task.queue();
      bytes += task.bytes;
      start++;
    }
    // One sync per ~4 MB of written values (Excel on the web refuses requests over 5 MB).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
  }
  return syncs;
}
