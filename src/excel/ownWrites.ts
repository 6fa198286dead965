/*
 * How the add-in keeps its own writes out of the live re-checks (ARCHITECTURE: "Switch events
 * off, or ignore your own changes, while writing in bulk"): three layers, each enough on its own
 * where the host has it.
 * 1. `context.runtime.enableEvents = false` around bulk writes ("Enable and disable events",
 *    ExcelApi 1.8): Excel raises no event for them at all. Costs one small sync to switch events
 *    back on, so it is used for bulk writes (the compliant copy) and offered as an option elsewhere.
 * 2. `WorksheetChangedEventArgs.triggerSource === 'ThisLocalAddin'` (ExcelApi 1.14, the manifest's
 *    minimum): an event raised by this add-in's own write is ignored.
 * 3. A module-level guard ({@link beginOwnWrites}) held while fixes and marks write and released one
 *    task after their last sync, so events delivered for those syncs still see it. It also hides a
 *    user's edit made during that short window; the next edit of those rows re-checks them.
 */

let ownWriteDepth = 0;

/**
 * Raises the own-writes guard; call the returned function when the writes are synced. The guard
 * drops one task later: Excel delivers change events after the sync's response, so events caused
 * by the last sync still arrive while it is up.
 */
export function beginOwnWrites(): () => void {
  ownWriteDepth++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    setTimeout(() => {
      ownWriteDepth--;
    }, 0);
  };
}

/** True while fixes, marks or the compliant copy are writing. */
export function isOwnWriteInProgress(): boolean {
  return ownWriteDepth > 0;
}

/** True for a change this add-in made (layers 2 and 3 of the module comment). */
export function isOwnChange(args: { readonly triggerSource?: string }): boolean {
  return args.triggerSource === 'ThisLocalAddin' || isOwnWriteInProgress();
}

/**
 * Runs `write` (which queues writes and syncs) under the own-writes guard and, with
 * `suspendEvents`, with `context.runtime.enableEvents` off: switched off in the first sync that
 * `write` makes, before its writes, and back on in one more sync afterwards, also when `write`
 * fails (events left off would silence every handler of the add-in).
 */
export async function runOwnWrites<T>(
  context: Excel.RequestContext,
  options: { readonly suspendEvents?: boolean },
  write: () => Promise<T>,
): Promise<T> {
  const release = beginOwnWrites();
  const suspend = options.suspendEvents === true;
  if (suspend) context.runtime.enableEvents = false;
  try {
    return await write();
  } finally {
    if (suspend) {
      context.runtime.enableEvents = true;
      await context.sync();
    }
    release();
  }
}
