import { useCallback, useEffect, useRef, useState } from 'react';
import type { BatchMetadata, ExportSettings } from '../../core';
import {
  type SheetIssuesUpdate,
  type SheetWatch,
  watchRegistrationSheets,
} from '../../excel/watchRegistrationSheets';
import { type PaneError, toPaneError } from '../errors';

/** A checked registration sheet to keep up to date while the user types. */
export interface WatchTarget {
  /** Identifies the check the target comes from: a new check is a new target. */
  readonly checkId: number;
  readonly sheetName: string;
  /** The batch the check used (birthdate_after_administration), if its fields are in order. */
  readonly batch: BatchMetadata | null;
  /** The settings of the check, so that the live results are comparable with it. */
  readonly settings: ExportSettings;
}

export interface SheetWatchState {
  /** True once the watcher runs (its handlers are registered). */
  readonly watching: boolean;
  /** The sheet was gone when watching should start (renamed or deleted since the check). */
  readonly missingSheet: string | null;
  /** A start or a re-check that failed, for ErrorBar. */
  readonly error: PaneError | null;
  readonly clearError: () => void;
}

/**
 * Watches the target's sheet with src/excel's watchRegistrationSheets while the target is set:
 * the first read and every re-check go to `onUpdate` with the target they belong to. Stops when
 * the target changes (a new check, another sheet) or becomes null, and when the component
 * unmounts; updates of a stopped watch are dropped. One watch at a time.
 */
export function useSheetWatch(
  target: WatchTarget | null,
  onUpdate: (update: SheetIssuesUpdate, target: WatchTarget) => void,
): SheetWatchState {
  const [watching, setWatching] = useState(false);
  const [missingSheet, setMissingSheet] = useState<string | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  // The latest callback, so a re-render does not restart the watch.
  const callback = useRef(onUpdate);
  useEffect(() => {
    callback.current = onUpdate;
  }, [onUpdate]);

  useEffect(() => {
    if (target === null) return undefined;
    let active = true;
    let watch: SheetWatch | null = null;
    const fail = (reason: unknown): void => {
      // Kept for support, as useAction does: the pane shows the catalog's sentence.
      console.error(reason);
      if (active) setError(toPaneError(reason));
    };
    const stop = (running: SheetWatch): void => {
      running.stop().catch((reason: unknown) => console.error(reason));
    };
    watchRegistrationSheets({
      sheets: [{ sheetName: target.sheetName, ...(target.batch === null ? {} : { batch: target.batch }) }],
      today: () => new Date(),
      settings: target.settings,
      onIssues: (update) => {
        if (active) callback.current(update, target);
      },
      onError: fail,
    }).then((result) => {
      if (!result.ok) {
        if (active) setMissingSheet(result.sheetName);
        return;
      }
      if (!active) {
        stop(result.value);
        return;
      }
      watch = result.value;
      setWatching(true);
      for (const update of result.value.initial) callback.current(update, target);
    }, fail);
    return () => {
      active = false;
      if (watch !== null) stop(watch);
      // What was said about this watch no longer applies.
      setWatching(false);
      setMissingSheet(null);
      setError(null);
    };
  }, [target]);

  const clearError = useCallback(() => setError(null), []);
  return { watching, missingSheet, error, clearError };
}
