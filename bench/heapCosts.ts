/**
 * What a stretch of calls cost the process besides their own code (issue #11, the 1M / 100k cost
 * per row): full garbage collections and fresh memory. The bench adds them as figures beside the times so
 * that a reader can tell a change in the code from a change in what the heap and the machine
 * charge for it.
 *
 * - Full collections (V8 mark-compact, perf_hooks `gc` entries of kind major): each one marks the
 *   whole live heap, and at 1,000,000 rows that is mostly the ~310 MB of input rows, whoever
 *   allocated the memory that started it. The pause is the main thread's part only; the
 *   concurrent marking on the helper thread is in the CPU time but not here.
 * - Minor page faults (`process.resourceUsage().minorPageFault`): the first touch of each 4 KB page
 *   of fresh memory. On the bench machine (a VM) each cost ~10-20 µs, so fresh typed arrays cost
 *   far more there than on a laptop.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';

export interface HeapCosts {
  readonly calls: number;
  readonly majorGcsPerCall: number;
  /** Main-thread pause of the full collections, per call. */
  readonly majorGcPauseMsPerCall: number;
  readonly pageFaultsPerCall: number;
}

/**
 * Starts watching; `stop(calls)` ends it and returns the costs per call of the `calls` calls made
 * in between (async: Node hands over the collections' entries on the next turn of the event loop).
 *
 * @example
 * ```ts
 * const watch = watchHeapCosts();
 * for (let i = 0; i < 5; i++) work();
 * const costs = await watch.stop(5); // { calls: 5, majorGcsPerCall: 0.4, ... }
 * ```
 */
export function watchHeapCosts(): { stop: (calls: number) => Promise<HeapCosts> } {
  const observer = new PerformanceObserver(() => undefined);
  observer.observe({ entryTypes: ['gc'] });
  const faultsBefore = process.resourceUsage().minorPageFault;
  return {
    async stop(calls: number): Promise<HeapCosts> {
      const faults = process.resourceUsage().minorPageFault - faultsBefore;
      await new Promise((resolve) => setImmediate(resolve));
      const major = observer
        .takeRecords()
        .filter(
          (entry) =>
            (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR,
        );
      observer.disconnect();
      return {
        calls,
        majorGcsPerCall: major.length / calls,
        majorGcPauseMsPerCall: major.reduce((sum, entry) => sum + entry.duration, 0) / calls,
        pageFaultsPerCall: faults / calls,
      };
    },
  };
}
