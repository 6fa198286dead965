import type { FormulaEvaluator } from './cellContent';
import { FakeErrorCodes, FakeOfficeExtensionError, officeError } from './errors';
import type { ChangeRecord, EventRegistry } from './events';
import { type HostStats, type PayloadLimits, utf8Length } from './limits';
import type { LoadResult, QueuedOp } from './proxy';
import type { WorkbookModel } from './workbookModel';
import { FakeApplication, FakeRuntime, FakeWorkbook } from './workbook';

/**
 * `Excel.RequestContext` and `Excel.run`: operations are queued on the context and executed in
 * order at `context.sync()` ("Application-specific API model": "the queue of pending commands on
 * the request context ... will run the next time you call the sync() method").
 *
 * At each sync the fake:
 * 1. serialises the queued operations to JSON and refuses the whole request when it is over the
 *    request limit (`RequestPayloadSizeLimitExceeded`; nothing is applied);
 * 2. runs them in order; the first failing one stops the batch and `sync()` rejects with its
 *    Office error; earlier operations stay applied (Excel does not roll back);
 * 3. serialises what was loaded and refuses the response when it is over the response limit
 *    (`ResponsePayloadSizeLimitExceeded`; the writes are applied, nothing is delivered);
 * 4. hands the loaded values to the proxies; worksheet change events are dispatched afterwards,
 *    asynchronously, as Excel does.
 *
 * `Excel.run(batch)` resolves with what `batch` resolves with, after flushing anything still
 * queued with one more sync (as office.js does when the batch returns). A batch that does not
 * return a promise is refused (`RunMustReturnPromise`).
 */
export interface FakeOptionsResolved {
  readonly readAfterSet: 'office' | 'throw';
  readonly evaluateFormula: FormulaEvaluator;
  readonly shortDateDisplay: string;
  readonly booleanDisplay: readonly [string, string];
}

export interface HostRuntime {
  readonly model: WorkbookModel;
  readonly stats: HostStats;
  readonly limits: PayloadLimits;
  readonly options: FakeOptionsResolved;
  readonly events: EventRegistry;
  /**
   * A failure to inject (host.failSync): the `inSyncs`-th sync from when it was set fails after
   * running `afterOperations` of its operations (0: none ran, as when the request never reached
   * Excel). Excel keeps what ran before the failing operation ("Application-specific API model":
   * "if an operation fails, the operations before it are not rolled back").
   */
  fault?: { inSyncs: number; afterOperations: number } | null;
}

export interface ExecState {
  readonly host: HostRuntime;
  readonly model: WorkbookModel;
  /** Data changes to report as `onChanged` events once the sync is done. */
  readonly changes: ChangeRecord[];
  readonly results: LoadResult[];
  /** Who is writing: the add-in (sync) or the simulated user (host helpers). */
  readonly trigger: 'addin' | 'user';
  readonly source: 'Local' | 'Remote';
}

export function userExec(host: HostRuntime, source: 'Local' | 'Remote' = 'Local'): ExecState {
  return { host, model: host.model, changes: [], results: [], trigger: 'user', source };
}

export class FakeRequestContext {
  /** @internal */
  readonly _host: HostRuntime;
  /** @internal */
  _queue: QueuedOp[] = [];
  /** @internal Set once the `Excel.run` that created the context has finished. */
  _closed = false;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  readonly trackedObjects = {
    add: (object: unknown): void => void object,
    remove: (object: unknown): void => void object,
  };

  constructor(host: HostRuntime) {
    this._host = host;
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
    this.runtime = new FakeRuntime(this);
  }

  /** Legacy `context.load(object, option)`. */
  load<T extends { load(option?: unknown): unknown }>(object: T, option?: unknown): T {
    object.load(option);
    return object;
  }

  /** @internal */
  _enqueue(op: QueuedOp): void {
    this._queue.push(op);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    // office.js sends the request asynchronously: nothing happens before the caller awaits.
    await Promise.resolve();
    const ops = this._queue;
    this._queue = [];
    const { stats, limits } = this._host;
    stats.syncs += 1;
    if (this._closed && ops.length > 0) {
      throw officeError(
        FakeErrorCodes.invalidRequestContext,
        'the Excel.run batch of this context has finished',
      );
    }
    const requestText = ops.length > 0 ? JSON.stringify(ops.map((op) => op.wire)) : '';
    const requestBytes = utf8Length(requestText);
    stats.requests.push(requestBytes);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (requestBytes > limits.requestBytes) {
      stats.responses.push(0);
      throw officeError(
        FakeErrorCodes.requestPayloadSizeLimitExceeded,
        `${requestBytes} bytes > ${limits.requestBytes}`,
        ops[0]?.location,
      );
    }
    const wires: unknown[] = ops.length > 0 ? (JSON.parse(requestText) as unknown[]) : [];
    const exec: ExecState = {
      host: this._host,
      model: this._host.model,
      changes: [],
      results: [],
      trigger: 'addin',
      source: 'Local',
    };
    let failure: unknown = undefined;
    let failAfter = Number.POSITIVE_INFINITY;
    const fault = this._host.fault;
    if (fault !== undefined && fault !== null) {
      fault.inSyncs -= 1;
      if (fault.inSyncs <= 0) {
        failAfter = fault.afterOperations;
        this._host.fault = null;
      }
    }
    for (let i = 0; i < ops.length; i += 1) {
      const op = ops[i];
      if (!op) continue;
      if (i >= failAfter) {
        failure = officeError(
          FakeErrorCodes.generalException,
          'injected failure (host.failSync)',
          op.location,
        );
        break;
      }
      try {
        op.run(exec, wires[i]);
        stats.operations += 1;
      } catch (error) {
        failure = withLocation(error, op.location);
        break;
      }
    }
    if (failure === undefined && failAfter !== Number.POSITIVE_INFINITY && ops.length <= failAfter) {
      failure = officeError(FakeErrorCodes.generalException, 'injected failure (host.failSync)');
    }
    this._host.events.schedule(exec.changes);
    if (failure !== undefined) {
      stats.responses.push(0);
      throw failure;
    }
    const responseText = exec.results.length > 0 ? JSON.stringify(exec.results.map((r) => r.value)) : '';
    const responseBytes = utf8Length(responseText);
    stats.responses.push(responseBytes);
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (responseBytes > limits.responseBytes) {
      throw officeError(
        FakeErrorCodes.responsePayloadSizeLimitExceeded,
        `${responseBytes} bytes > ${limits.responseBytes}`,
      );
    }
    const delivered: unknown[] = exec.results.length > 0 ? (JSON.parse(responseText) as unknown[]) : [];
    exec.results.forEach((result, i) => result.apply(delivered[i]));
    return passThroughValue as T;
  }
}

function withLocation(error: unknown, location: string): unknown {
  if (error instanceof FakeOfficeExtensionError && error.debugInfo.errorLocation === undefined) {
    error.debugInfo.errorLocation = location;
  }
  return error;
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** `Excel.run(batch)` and `Excel.run(objectOrOptions, batch)`. */
export function createRun(host: HostRuntime) {
  return async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') {
      throw officeError(FakeErrorCodes.invalidArgument, 'Excel.run needs a batch function');
    }
    // `Excel.run(context | proxy, batch)` reuses that context (e.g. to remove an event handler).
    const first = args.length > 1 ? args[0] : undefined;
    const reused =
      first instanceof FakeRequestContext
        ? first
        : typeof first === 'object' &&
            first !== null &&
            (first as { _context?: unknown })._context instanceof FakeRequestContext
          ? (first as { _context: FakeRequestContext })._context
          : undefined;
    const context = reused ?? new FakeRequestContext(host);
    context._closed = false;
    host.stats.runs += 1;
    try {
      const returned: unknown = (batch as Batch<T>)(context);
      if (!isThenable(returned)) throw officeError(FakeErrorCodes.runMustReturnPromise);
      const value = (await returned) as T;
      if (context._queue.length > 0) await context.sync();
      return value;
    } finally {
      context._closed = true;
    }
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}
