import type { Scalar } from './cellContent';
import type { ExecState, FakeRequestContext } from './context';
import type { FakeRange } from './range';
import type { WorkbookModel } from './workbookModel';

/**
 * Worksheet `onChanged` events ("Work with events using the Excel JavaScript API"):
 *
 * - "Events within an Excel workbook can be triggered by: user interaction via the Excel user
 *   interface (UI) that changes the workbook; Office Add-in (JavaScript) code that changes the
 *   workbook; ..." So writes made by the add-in raise `onChanged` too; their
 *   `triggerSource` is "ThisLocalAddin" (WorksheetChangedEventArgs.triggerSource, ExcelApi 1.14),
 *   a user's edit gives "Unknown". `source` is "Local", or "Remote" for a coauthor's edit.
 * - Registering (`onChanged.add`) and removing (`result.remove()`) are queued and take effect at
 *   the next `context.sync()`.
 * - `context.runtime.enableEvents = false` stops events for the add-in ("Enable and disable events").
 * - Handlers run in a later task than the sync that made the change; a handler's error does not reach the code that
 *   made the change (the host collects it in `host.eventErrors`).
 *
 * One event is raised per write operation (one `values` assignment, one `clear`, one user edit)
 * with the address of the range written, without the sheet name (e.g. "A1:B2"). `details` (value
 * before/after) is given for single-cell changes only, as documented.
 */
export type ChangeTypeName =
  | 'RangeEdited'
  | 'RowInserted'
  | 'RowDeleted'
  | 'ColumnInserted'
  | 'ColumnDeleted'
  | 'CellInserted'
  | 'CellDeleted';

export interface ChangeDetail {
  valueBefore: Scalar;
  valueAfter: Scalar;
  valueTypeBefore: string;
  valueTypeAfter: string;
}

export interface ChangeRecord {
  readonly sheetId: string;
  readonly address: string;
  readonly changeType: ChangeTypeName;
  readonly source: 'Local' | 'Remote';
  readonly triggerSource: 'ThisLocalAddin' | 'Unknown';
  readonly details?: ChangeDetail;
}

export interface FakeWorksheetChangedEventArgs {
  readonly type: 'WorksheetChanged';
  readonly address: string;
  readonly worksheetId: string;
  readonly changeType: ChangeTypeName;
  readonly source: 'Local' | 'Remote';
  readonly triggerSource: 'ThisLocalAddin' | 'Unknown';
  readonly details: ChangeDetail | undefined;
  getRange(context: FakeRequestContext): FakeRange;
  getRangeOrNullObject(context: FakeRequestContext): FakeRange;
}

export type ChangedHandler = (args: FakeWorksheetChangedEventArgs) => unknown;

interface Registration {
  readonly id: number;
  /** A worksheet id, or null for `worksheets.onChanged` (every sheet). */
  readonly sheetId: string | null;
  readonly handler: ChangedHandler;
}

export interface FakeEventHandlerResult {
  readonly context: FakeRequestContext;
  remove(): void;
}

export class EventRegistry {
  private registrations: Registration[] = [];
  private nextId = 1;
  private readonly pending = new Set<Promise<void>>();
  /** Errors thrown or rejected by handlers. */
  readonly errors: unknown[] = [];
  /** Every event raised, in order (also when no handler is registered). */
  readonly log: FakeWorksheetChangedEventArgsData[] = [];

  constructor(private readonly model: WorkbookModel) {}

  add(sheetId: string | null, handler: ChangedHandler): number {
    const id = this.nextId;
    this.nextId += 1;
    this.registrations.push({ id, sheetId, handler });
    return id;
  }

  remove(id: number): void {
    this.registrations = this.registrations.filter((r) => r.id !== id);
  }

  /** Drops every registration (the add-in was reloaded). */
  clear(): void {
    this.registrations = [];
  }

  get handlerCount(): number {
    return this.registrations.length;
  }

  /** Dispatches change events after the current turn (Excel raises them asynchronously). */
  schedule(changes: readonly ChangeRecord[]): void {
    if (changes.length === 0 || !this.model.eventsEnabled) return;
    for (const change of changes) {
      this.log.push({ ...change, type: 'WorksheetChanged', worksheetId: change.sheetId });
      for (const registration of this.registrations) {
        if (registration.sheetId !== null && registration.sheetId !== change.sheetId) continue;
        const args = makeArgs(change);
        // A later task, as Excel's event messages arrive after the sync's response.
        const work = new Promise<void>((resolve) => setTimeout(resolve, 0))
          .then(() => registration.handler(args))
          .then(
            () => undefined,
            (error: unknown) => {
              this.errors.push(error);
            },
          );
        this.pending.add(work);
        void work.finally(() => this.pending.delete(work));
      }
    }
  }

  /** Resolves once every handler started so far (and those they caused) has settled. */
  async flush(): Promise<void> {
    for (let round = 0; round < 100; round += 1) {
      await Promise.resolve();
      if (this.pending.size === 0) {
        // Let a handler's own Excel.run (and the events it raises) get going before deciding.
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        if (this.pending.size === 0) return;
      }
      await Promise.allSettled([...this.pending]);
    }
  }
}

export type FakeWorksheetChangedEventArgsData = ChangeRecord & {
  type: 'WorksheetChanged';
  worksheetId: string;
};

function makeArgs(change: ChangeRecord): FakeWorksheetChangedEventArgs {
  const rangeOf = (context: FakeRequestContext): FakeRange =>
    context.workbook.worksheets.getItem(change.sheetId).getRange(change.address);
  return {
    type: 'WorksheetChanged',
    address: change.address,
    worksheetId: change.sheetId,
    changeType: change.changeType,
    source: change.source,
    triggerSource: change.triggerSource,
    details: change.details,
    getRange: rangeOf,
    getRangeOrNullObject: rangeOf,
  };
}

/** `worksheet.onChanged` / `worksheets.onChanged`. */
export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly resolveSheetId: ((exec: ExecState) => string | null) | null,
    private readonly path: string,
  ) {}

  add(handler: ChangedHandler): FakeEventHandlerResult {
    let registrationId: number | null = null;
    const context = this.context;
    context._enqueue({
      wire: { action: 'addHandler', object: this.path },
      location: 'EventHandlers.add',
      run: (exec) => {
        const sheetId = this.resolveSheetId ? this.resolveSheetId(exec) : null;
        if (this.resolveSheetId && sheetId === null) return;
        registrationId = exec.host.events.add(sheetId, handler);
      },
    });
    return {
      context,
      remove: () => {
        context._enqueue({
          wire: { action: 'removeHandler', object: this.path },
          location: 'EventHandlerResult.remove',
          run: (exec) => {
            if (registrationId !== null) exec.host.events.remove(registrationId);
          },
        });
      },
    };
  }
}
