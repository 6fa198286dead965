/**
 * The bench's per-call costs (bench/heapCosts.ts): a full collection and fresh memory touched
 * between start and stop are counted, and divided by the calls.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { watchHeapCosts } from '../../bench/heapCosts';

v8.setFlagsFromString('--expose-gc');
const fullCollection = vm.runInNewContext('gc') as () => void;

describe('watchHeapCosts', () => {
  it('counts the full collections made while watching, per call', async () => {
    const watch = watchHeapCosts();
    fullCollection();
    fullCollection();
    const costs = await watch.stop(4);
    expect(costs.calls).toBe(4);
    expect(costs.majorGcsPerCall).toBe(0.5);
    expect(costs.majorGcPauseMsPerCall).toBeGreaterThan(0);
  });

  it('counts none when none was made', async () => {
    const watch = watchHeapCosts();
    const costs = await watch.stop(1);
    expect(costs.majorGcsPerCall).toBe(0);
    expect(costs.majorGcPauseMsPerCall).toBe(0);
  });

  it('counts the page faults of fresh memory touched while watching', async () => {
    const watch = watchHeapCosts();
    // 64 MB, one write per 4 KB page: fresh pages from the kernel, each faulted in once.
    const fresh = new Uint8Array(64 << 20);
    for (let at = 0; at < fresh.length; at += 4096) fresh[at] = 1;
    const costs = await watch.stop(2);
    expect(costs.pageFaultsPerCall).toBeGreaterThan(1_000);
    expect(fresh[4096]).toBe(1);
  });
});
