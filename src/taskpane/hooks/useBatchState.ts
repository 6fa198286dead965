import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LISTS, type BatchLists } from '../../core';
import type { BatchRecord } from '../../excel/batchRecords';
import { useAction } from './useAction';

/**
 * The workbook's batches and drop-down lists (src/excel readBatches), read when a component
 * mounts and again on `reload` (which also returns what it read, undefined when the read failed).
 * `setUp` is false until the workbook has a batch table.
 */
export function useBatchState() {
  const action = useAction();
  const [lists, setLists] = useState<BatchLists>(DEFAULT_LISTS);
  const [batches, setBatches] = useState<readonly BatchRecord[]>([]);
  const [setUp, setSetUp] = useState<boolean | null>(null);
  const { run } = action;

  const reload = useCallback(async () => {
    // The Excel layer's batch reading loads with the first read, after the form's first paint
    // (issue #11: initial task pane JavaScript <= 200 KB gzipped).
    const state = await run(async () => {
      const { runReadBatches } = await import(
        /* webpackChunkName: "excel-batches" */ '../../excel/readBatches'
      );
      return runReadBatches({ today: new Date() });
    });
    if (state === undefined) return undefined;
    setLists(state.lists);
    setBatches(state.batches);
    setSetUp(state.setUp);
    return state;
  }, [run]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return {
    lists,
    batches,
    setUp,
    reload,
    loading: action.busy,
    error: action.error,
    clearError: action.clearError,
  };
}
