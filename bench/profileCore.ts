/**
 * A CPU profile of the core hot paths (issue #11: "profile first"): runs validateRegistrations or
 * planExport on the bench rows N times, for `node --cpu-prof`.
 *
 *   npx esbuild bench/profileCore.ts --bundle --platform=node --format=cjs --outfile=dist-bench/profile.cjs
 *   node --cpu-prof --cpu-prof-dir=dist-bench/prof dist-bench/profile.cjs validate 100000 20
 *
 * CommonJS, as the bench itself (bench/run.ts says why).
 */
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector/promises';
import { DEFAULT_SETTINGS, planExport, validateRegistrations } from '../src/core';
import { BENCH_BATCH, BENCH_TODAY, generateRows } from './generateRows';

async function main(): Promise<void> {
  const [what = 'validate', count = '100000', times = '20'] = process.argv.slice(2);
  const rows = generateRows(Number(count));
  const today = BENCH_TODAY;
  const batch = BENCH_BATCH;
  // ALLOC=1: sample the allocations of the calls (collected objects included) into
  // dist-bench/alloc.heapprofile (open in Chrome DevTools, Memory tab).
  const session = process.env.ALLOC ? new inspector.Session() : null;
  if (session) {
    session.connect();
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  const ms: number[] = [];
  // Minor page faults per call: on the bench machine (a VM) each first touch of a fresh 4 KB page
  // cost ~17-25 µs, so a call that gets its typed arrays from fresh memory (the person index's
  // tables, the file buffers) ran ~30-50% slower at 100,000 rows than one whose memory the
  // allocator reused. Look here before blaming the code for a slow sample.
  const faults: number[] = [];
  for (let i = 0; i < Number(times); i++) {
    const faultsBefore = process.resourceUsage().minorPageFault;
    const start = performance.now();
    if (what === 'validate') validateRegistrations({ rows, batch, today, settings: DEFAULT_SETTINGS });
    else planExport({ rows, batch, batchId: 'B001', today, settings: DEFAULT_SETTINGS });
    ms.push(performance.now() - start);
    faults.push(process.resourceUsage().minorPageFault - faultsBefore);
  }
  if (session) {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    writeFileSync('dist-bench/alloc.heapprofile', JSON.stringify(profile));
  }
  console.log(what, count, ms.map((m) => m.toFixed(0)).join(' '));
  console.log('page faults', faults.join(' '));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
