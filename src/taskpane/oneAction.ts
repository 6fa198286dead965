/*
 * One workbook action at a time (issue #10): Exporteren, Controleren, a fix, the marks, a compliant
 * copy and a new batch each read and then write the workbook in one Excel.run. Two of them at once
 * interleave their syncs: two Exporteren clicks in the same JavaScript task both pass the
 * re-export check before either has logged, and every file is logged twice. The pane refuses the
 * second action visibly (ErrorBar: "another action is still running") instead of queueing it: a
 * queued second export would export again what the user already has, without them seeing why.
 *
 * The guard lives here, in the orchestration every pane action passes (exportBatch.ts,
 * checkSheet.ts, sheetActions.ts), not in the components: a component's disabled button only
 * takes effect after React renders, too late for a second click in the same task. The flag is
 * taken synchronously, before the first await, so the second call in the same task sees it.
 */

/** Thrown (as a rejected promise) when an action is asked for while another one runs. */
export class ActionRunningError extends Error {
  override readonly name = 'ActionRunningError';
  constructor(readonly running: string) {
    super(`Another workbook action is still running (${running}).`);
  }
}

let running: string | null = null;

/**
 * Runs `work` unless another workbook action runs; otherwise rejects with
 * {@link ActionRunningError} without calling `work`. The flag is released however `work` ends.
 *
 * @example
 * ```ts
 * const a = oneAtATime('export', () => Excel.run(...)); // runs
 * const b = oneAtATime('export', () => Excel.run(...)); // rejects: ActionRunningError
 * ```
 */
export function oneAtATime<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (running !== null) return Promise.reject(new ActionRunningError(running));
  running = name;
  let pending: Promise<T>;
  try {
    pending = work();
  } catch (error) {
    running = null;
    return Promise.reject(error);
  }
  return pending.finally(() => {
    running = null;
  });
}

/** The action running now, or null (for tests and diagnostics). */
export function runningAction(): string | null {
  return running;
}
