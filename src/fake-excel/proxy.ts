import type { ExecState, FakeRequestContext } from './context';
import { FakeErrorCodes, FakeExcelNotModelledError, officeError, propertyNotLoaded } from './errors';

/**
 * Proxy objects and load tracking, as office.js does them ("Application-specific API model":
 * proxy objects, `load()`, `sync()`):
 *
 * - Reading a property that was not loaded AND synced throws `PropertyNotLoaded`. office.js keeps
 *   one field per property; its getter throws while the field is undefined (`_throwIfNotLoaded`).
 * - `load()` only queues; the value arrives when `context.sync()` resolves and reflects the
 *   workbook at the point of the queue where the load was executed.
 * - Setting a property queues a write AND stores the assigned value in that same field (office.js
 *   setters do `this.m_values = value`), so reading right after a set returns what was assigned,
 *   not what Excel stored (e.g. the string "01012000", not the number 1012000). The host option
 *   `readAfterSet: 'throw'` makes such reads throw instead, to catch code that relies on it.
 * - `isNullObject` is known only after a sync that resolved the object (`*OrNullObject` methods
 *   resolve at the next sync, other objects when loaded); reading a property of a null object
 *   returns undefined, actions on it are ignored.
 * - Load forms: `load('values, numberFormat')`, `load(['values'])`, `load({ select: 'values' })`,
 *   `load()` (all scalar properties), navigation paths (`load('format/fill/color')`,
 *   `worksheets.load('items/name')`, and `collection.load('name')` meaning its items' names).
 */
export type LoadOption =
  | string
  | readonly string[]
  | { select?: string | readonly string[]; expand?: string | readonly string[] }
  | undefined;

/** Property names asked for, or null for "everything scalar". */
export function parseLoadOption(option: LoadOption): string[] | null {
  if (option === undefined) return null;
  const fromText = (text: string): string[] =>
    text
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  if (typeof option === 'string') return fromText(option);
  if (Array.isArray(option)) return (option as readonly string[]).flatMap(fromText);
  const select = (option as { select?: string | readonly string[] }).select;
  if (select === undefined) return null;
  return typeof select === 'string' ? fromText(select) : select.flatMap(fromText);
}

/** A value for the response and what to do with it once the response has arrived. */
export interface LoadResult {
  readonly value: unknown;
  apply(value: unknown): void;
}

export interface QueuedOp {
  /** JSON-able description of the operation: what is measured against the request limit. */
  readonly wire: unknown;
  /** `Class.member`, reported as `debugInfo.errorLocation`. */
  readonly location: string;
  /** Runs the operation against the model; `wire` is the JSON round-tripped copy of `this.wire`. */
  run(exec: ExecState, wire: unknown): void;
}

export abstract class FakeClientObject {
  /** @internal */
  readonly _context: FakeRequestContext;
  /** @internal Values delivered by sync (or assigned by the add-in). */
  readonly _fields = new Map<string, unknown>();
  /** @internal undefined until a sync resolved this object. */
  _isNull: boolean | undefined = undefined;

  abstract readonly _className: string;

  constructor(context: FakeRequestContext) {
    this._context = context;
  }

  get context(): FakeRequestContext {
    return this._context;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded('isNullObject', this._className);
    return this._isNull;
  }

  /** @internal Object path, used in the request body and in error messages. */
  abstract _path(): string;

  /** @internal Scalar properties `load()` can fetch. */
  abstract _scalarNames(): readonly string[];

  /** @internal Navigation property (`format`, `fill`, ...) by name. */
  _navigate(name: string): FakeClientObject | undefined {
    void name;
    return undefined;
  }

  /** @internal At execution: true for a null object; throws ItemNotFound when it cannot exist. */
  abstract _resolveIsNull(exec: ExecState): boolean;

  /** @internal At execution, for a non-null object: the current value of a scalar property. */
  abstract _readScalar(exec: ExecState, name: string): unknown;

  load(option?: LoadOption): this {
    const names = parseLoadOption(option) ?? [...this._scalarNames()];
    this._validateLoad(names);
    this._context._enqueue({
      wire: { action: 'load', object: this._path(), properties: names },
      location: `${this._className}.load`,
      run: (exec) => {
        exec.results.push(this._collectLoad(exec, names));
      },
    });
    return this;
  }

  /** @internal Throws (synchronously, at `load()`) for properties the fake does not model. */
  _validateLoad(names: readonly string[]): void {
    for (const name of names) {
      const slash = name.indexOf('/');
      const head = slash < 0 ? name : name.slice(0, slash);
      const child = this._navigate(head);
      if (child) {
        if (slash >= 0) child._validateLoad([name.slice(slash + 1)]);
      } else if (slash >= 0 || !this._scalarNames().includes(head)) {
        throw new FakeExcelNotModelledError(`the property '${name}' of ${this._className}`);
      }
    }
  }

  /**
   * @internal Reads `names` now (navigation paths included; a bare navigation name loads all the
   * child's scalars) and returns the response part plus how to store it on the proxies.
   */
  _collectLoad(exec: ExecState, names: readonly string[]): LoadResult {
    const isNull = this._resolveIsNull(exec);
    const own: Record<string, unknown> = {};
    const nested: LoadResult[] = [];
    if (!isNull) {
      const byChild = new Map<string, string[]>();
      for (const name of names) {
        const slash = name.indexOf('/');
        const head = slash < 0 ? name : name.slice(0, slash);
        const child = this._navigate(head);
        if (child) {
          const rest = slash < 0 ? [...child._scalarNames()] : [name.slice(slash + 1)];
          byChild.set(head, [...(byChild.get(head) ?? []), ...rest]);
        } else {
          own[name] = this._readScalar(exec, name);
        }
      }
      for (const [head, rest] of byChild) {
        const child = this._navigate(head);
        if (child) nested.push(child._collectLoad(exec, rest));
      }
    }
    return {
      value: isNull ? null : { own, nested: nested.map((n) => n.value) },
      apply: (v) => {
        this._isNull = v === null;
        if (v === null) return;
        const parts = v as { own: Record<string, unknown>; nested: unknown[] };
        for (const [key, val] of Object.entries(parts.own)) this._fields.set(key, val);
        nested.forEach((n, i) => n.apply(parts.nested[i]));
      },
    };
  }

  /** `object.set({...})`: assigns several properties, navigation properties included. */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      const child = this._navigate(name);
      if (child && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        child.set(value as Record<string, unknown>);
        continue;
      }
      if (!hasSetter(this, name)) {
        throw officeError(
          FakeErrorCodes.invalidArgument,
          `${this._className}.${name} cannot be set`,
          `${this._className}.set`,
        );
      }
      (this as unknown as Record<string, unknown>)[name] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._fields);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /**
   * @internal office.js refuses a proxy from another request context as an argument ("Cannot use
   * the object across different request contexts"), a classic mistake with objects kept from an
   * earlier `Excel.run`.
   */
  _assertSameContext(other: unknown, location: string): void {
    if (other instanceof FakeClientObject && other._context !== this._context) {
      throw officeError(FakeErrorCodes.invalidRequestContext, undefined, location);
    }
  }

  /** @internal Reads a property the office.js way. */
  protected _get<T>(name: string): T {
    if (this._isNull === true) return undefined as T;
    if (this._fields.has(name)) return this._fields.get(name) as T;
    throw propertyNotLoaded(name, this._className);
  }

  /** @internal Queues a property write; `apply` runs at sync on the JSON copy of `value`. */
  protected _queueSet(name: string, value: unknown, apply: (exec: ExecState, value: unknown) => void): void {
    if (this._context._host.options.readAfterSet === 'office') this._fields.set(name, value);
    else this._fields.delete(name);
    this._context._enqueue({
      wire: { action: 'set', object: this._path(), property: name, value },
      location: `${this._className}.${name}`,
      run: (exec, wire) => {
        if (this._resolveIsNull(exec)) return;
        apply(exec, (wire as { value: unknown }).value);
      },
    });
  }

  /** @internal Queues a method call. */
  protected _queueMethod(
    name: string,
    args: readonly unknown[],
    apply: (exec: ExecState, args: unknown[]) => void,
    options: { runOnNull?: boolean } = {},
  ): void {
    this._context._enqueue({
      wire: { action: 'call', object: this._path(), method: name, args },
      location: `${this._className}.${name}`,
      run: (exec, wire) => {
        if (this._resolveIsNull(exec) && options.runOnNull !== true) return;
        apply(exec, (wire as { args: unknown[] }).args);
      },
    });
  }

  /** @internal Makes `isNullObject` readable after the next sync (what *OrNullObject methods do). */
  protected _queueInstantiate(): void {
    this._context._enqueue({
      wire: { action: 'instantiate', object: this._path() },
      location: `${this._className}`,
      run: (exec) => {
        const isNull = this._resolveIsNull(exec);
        exec.results.push({ value: isNull, apply: (v) => (this._isNull = v === true) });
      },
    });
  }
}

function hasSetter(object: object, name: string): boolean {
  let proto: object | null = Object.getPrototypeOf(object) as object | null;
  while (proto) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return typeof descriptor.set === 'function';
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return false;
}

/**
 * A collection proxy: `items` is available after `load` + `sync`; `load('name')` on a collection
 * loads its items' names.
 */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  /** @internal */
  _items: T[] | undefined = undefined;

  get items(): T[] {
    if (this._isNull === true) return [];
    if (this._items === undefined) throw propertyNotLoaded('items', this._className);
    return this._items;
  }

  /** @internal Item proxies bound to what exists at execution time. */
  abstract _enumerate(exec: ExecState): T[];

  override _scalarNames(): readonly string[] {
    return [];
  }

  override _resolveIsNull(exec: ExecState): boolean {
    void exec;
    return false;
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    void exec;
    throw new FakeExcelNotModelledError(`the property '${name}' of ${this._className}`);
  }

  /** @internal A prototype item, to validate item property names at `load()`. */
  abstract _sampleItem(): T;

  /** Splits collection load names into its own scalars and item paths ("items/name" or "name"). */
  private splitNames(names: readonly string[] | null): { own: string[]; items: string[] | null } {
    if (names === null) return { own: [], items: null };
    const own: string[] = [];
    const items: string[] = [];
    for (const name of names) {
      if (name === 'items') continue;
      if (name.startsWith('items/')) items.push(name.slice('items/'.length));
      else if (this._scalarNames().includes(name)) own.push(name);
      else items.push(name);
    }
    // `load('items')`, `load()`: the items with all their scalar properties.
    return { own, items: items.length === 0 && own.length > 0 ? [] : items.length === 0 ? null : items };
  }

  override load(option?: LoadOption): this {
    const names = parseLoadOption(option);
    this._validateLoad(names ?? ['items']);
    this._context._enqueue({
      wire: { action: 'load', object: this._path(), properties: names ?? ['items'] },
      location: `${this._className}.load`,
      run: (exec) => {
        exec.results.push(this._collectLoad(exec, names ?? ['items']));
      },
    });
    return this;
  }

  override _validateLoad(names: readonly string[]): void {
    const { own, items } = this.splitNames(names);
    if (own.length > 0) super._validateLoad(own);
    if (items && items.length > 0) this._sampleItem()._validateLoad(items);
  }

  override _collectLoad(exec: ExecState, names: readonly string[]): LoadResult {
    const { own, items: itemNames } = this.splitNames(names);
    const ownResult = own.length > 0 ? super._collectLoad(exec, own) : undefined;
    const wantItems = itemNames === null || itemNames.length > 0;
    const items = wantItems && !this._resolveIsNull(exec) ? this._enumerate(exec) : [];
    const loaders = items.map((item) => item._collectLoad(exec, itemNames ?? item._scalarNames()));
    return {
      value: { own: ownResult?.value ?? null, items: loaders.map((l) => l.value) },
      apply: (v) => {
        const parts = v as { own: unknown; items: unknown[] };
        if (ownResult) ownResult.apply(parts.own);
        if (!wantItems) return;
        loaders.forEach((l, i) => l.apply(parts.items[i]));
        this._items = items;
        this._isNull = false;
      },
    };
  }
}

/**
 * `OfficeExtension.ClientResult<T>` (what `getCount()` returns): `value` is readable after the
 * sync, before that office.js throws `ValueNotLoaded`.
 */
export class FakeClientResult<T> {
  private loaded = false;
  private result: T | undefined = undefined;

  get value(): T {
    if (!this.loaded) throw officeError(FakeErrorCodes.valueNotLoaded);
    return this.result as T;
  }

  /** @internal */
  static queue<T>(
    object: FakeClientObject,
    method: string,
    compute: (exec: ExecState) => T,
  ): FakeClientResult<T> {
    const result = new FakeClientResult<T>();
    object._context._enqueue({
      wire: { action: 'call', object: object._path(), method, args: [] },
      location: `${object._className}.${method}`,
      run: (exec) => {
        const value = object._resolveIsNull(exec) ? null : compute(exec);
        exec.results.push({
          value,
          apply: (v) => {
            result.loaded = true;
            result.result = v as T;
          },
        });
      },
    });
    return result;
  }
}
