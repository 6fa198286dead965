/**
 * The bench's bookkeeping: timing (warm-up, interleaved rounds, medians), the figures with their
 * targets, and the two outputs (text for people, one JSON object for comparing runs).
 *
 * Adding a figure: call `figures.add({ id, label, value, unit, target })` from a section in
 * run.ts (or a section of your own registered there). A figure with a target is printed as met or
 * not met and makes the bench exit 1 when not met; one without is information.
 *
 * @example
 * ```ts
 * const figures = new Figures();
 * const t = measureInterleaved({ a: () => work(), b: () => other() }, { rounds: 9 });
 * figures.add({ id: 'a.ms', label: 'a on 100k rows', value: t.a.median, unit: 'ms', target: { max: 50 } });
 * ```
 */

/** `max`: the value must be <= max; `min`: >= min. */
export type Target = { readonly max: number } | { readonly min: number };

export interface Figure {
  /** Stable key for comparing runs, e.g. `validateRegistrations.100k.ms`. */
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: Target;
  /** The individual measurements behind a median, when there are any. */
  readonly samples?: readonly number[];
}

export interface FigureResult extends Figure {
  /** null: information only (no target). */
  readonly met: boolean | null;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Timing {
  /** Median of `samples`, in the bench's clock ({@link BENCH_CLOCK}). */
  readonly median: number;
  readonly samples: readonly number[];
  /** The first call, before any warm-up (V8 not yet optimised). */
  readonly cold: number;
  /** Wall-clock medians and samples, for comparison whatever the clock. */
  readonly wallMedian: number;
  readonly wallSamples: readonly number[];
}

/**
 * What the figures measure: `cpu` (default) is the CPU time of this process during a call (user +
 * system, all threads, so the garbage collector's helper threads count too), `wall` the elapsed
 * time. On a quiet machine CPU time is at least the wall time of a single-threaded call; on the
 * shared 2-core machine (issue #11: ~6 developers at once, load averages of 10-20 measured) the
 * wall time mostly measures how long the process waited for a core, and medians of the same code
 * moved 3-5x between runs. `BENCH_CLOCK=wall` measures elapsed time instead.
 */
export const BENCH_CLOCK: 'cpu' | 'wall' = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';

/** Milliseconds of CPU time this process has used so far (user + system). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface InterleaveOptions {
  /** Timed rounds; each round calls every function once. */
  readonly rounds: number;
  /** Untimed rounds first (V8 optimises hot functions only after several calls). */
  readonly warmUpRounds: number;
}

/**
 * Times several functions in interleaved rounds: round r calls each function once, in an order
 * rotated by r, so a burst of load on the machine (2 shared cores) hits all of them alike and a
 * ratio of two medians stays fair. Returns the median, samples and cold time per function.
 */
export function measureInterleaved<K extends string>(
  fns: Readonly<Record<K, () => unknown>>,
  options: InterleaveOptions,
): Record<K, Timing> {
  const keys = Object.keys(fns) as K[];
  const samples = new Map<K, number[]>(keys.map((k) => [k, []]));
  const wall = new Map<K, number[]>(keys.map((k) => [k, []]));
  const cold = new Map<K, number>();
  let sink = 0;
  const total = options.warmUpRounds + options.rounds;
  for (let round = 0; round < total; round++) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(i + round) % keys.length] as K;
      const startCpu = cpuMs();
      const start = performance.now();
      const result = fns[key]();
      const wallMs = performance.now() - start;
      const ms = BENCH_CLOCK === 'cpu' ? cpuMs() - startCpu : wallMs;
      // Keep the result observable so the call cannot be optimised away.
      if (result !== undefined) sink++;
      if (round === 0) cold.set(key, ms);
      if (round >= options.warmUpRounds) {
        samples.get(key)?.push(ms);
        wall.get(key)?.push(wallMs);
      }
    }
  }
  if (sink < 0) console.error(sink);
  const out = {} as Record<K, Timing>;
  for (const key of keys) {
    const s = samples.get(key) ?? [];
    const w = wall.get(key) ?? [];
    out[key] = {
      median: median(s),
      samples: s,
      cold: cold.get(key) ?? Number.NaN,
      wallMedian: median(w),
      wallSamples: w,
    };
  }
  return out;
}

const isMet = (value: number, target: Target | undefined): boolean | null =>
  target === undefined ? null : 'max' in target ? value <= target.max : value >= target.min;

const targetText = (target: Target | undefined, unit: string): string =>
  target === undefined ? '' : 'max' in target ? `<= ${target.max} ${unit}` : `>= ${target.min} ${unit}`;

/** The figures of one bench run, printed as they come and written as one JSON object at the end. */
export class Figures {
  private readonly list: FigureResult[] = [];

  constructor(private readonly log: (line: string) => void) {}

  add(figure: Figure): FigureResult {
    const result: FigureResult = { ...figure, met: isMet(figure.value, figure.target) };
    this.list.push(result);
    const verdict = result.met === null ? '' : result.met ? 'met' : 'NOT MET';
    const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(2);
    this.log(
      `${figure.label.padEnd(60)} ${value.padStart(10)} ${figure.unit.padEnd(5)} ${targetText(figure.target, figure.unit).padEnd(14)} ${verdict}`,
    );
    return result;
  }

  get all(): readonly FigureResult[] {
    return this.list;
  }

  get allMet(): boolean {
    return this.list.every((f) => f.met !== false);
  }

  /** Summary lines: every target, met or not. */
  summary(): string[] {
    return this.list
      .filter((f) => f.met !== null)
      .map(
        (f) =>
          `${f.met ? 'met    ' : 'NOT MET'}  ${f.label}: ${f.value.toFixed(2)} ${f.unit} (target ${targetText(f.target, f.unit)})`,
      );
  }
}
