import { formatAbsoluteAddress, parseAddress, type Rect } from './addresses';
import type { ExecState, FakeRequestContext } from './context';
import { FakeErrorCodes, officeError } from './errors';
import { assertValidDefinedName, sameName } from './nameRules';
import { FakeClientObject, FakeClientResult, FakeCollection } from './proxy';
import { FakeRange } from './range';
import type { SheetModel } from './sheetModel';
import type { WorkbookModel } from './workbookModel';

/**
 * Defined names (`workbook.names`, `worksheet.names`): `add(name, reference, comment?)` with a
 * Range or a formula string ("=Sheet1!$A$1:$B$2", "=0.5"); names follow Excel's rules and are
 * unique per scope, ignoring case (ItemAlreadyExists). `formula` reads back as "=Sheet1!$A$1:$B$2".
 */
export interface NamedItemRecord {
  name: string;
  /** null for workbook scope. */
  readonly scopeSheetId: string | null;
  reference: { sheetId: string; rect: Rect } | null;
  formula: string;
  comment: string;
  visible: boolean;
}

export function resolveNameToRange(
  model: WorkbookModel,
  name: string,
  sheetId: string | null,
): { sheetId: string; rect: Rect } | null {
  const record =
    model.names.find((n) => n.scopeSheetId === sheetId && sheetId !== null && sameName(n.name, name)) ??
    model.names.find((n) => n.scopeSheetId === null && sameName(n.name, name));
  return record?.reference ?? null;
}

function formulaOf(model: WorkbookModel, record: NamedItemRecord): string {
  if (!record.reference) return record.formula;
  const sheet = model.sheetById(record.reference.sheetId);
  return sheet ? `=${formatAbsoluteAddress(sheet.name, record.reference.rect)}` : '=#REF!';
}

function typeOf(record: NamedItemRecord): string {
  if (record.reference) return 'Range';
  const body = record.formula.replace(/^=/, '');
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  if (body !== '' && !Number.isNaN(Number(body))) return 'Double';
  if (body.startsWith('#')) return 'Error';
  return 'String';
}

type NamedLocator = (exec: ExecState) => { record: NamedItemRecord } | null;

export class FakeNamedItem extends FakeClientObject {
  readonly _className = 'NamedItem';
  private bound: NamedItemRecord | null | undefined = undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locate: NamedLocator,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  private record(exec: ExecState): NamedItemRecord | null {
    if (this.bound === undefined) this.bound = this.locate(exec)?.record ?? null;
    if (this.bound && !exec.model.names.includes(this.bound)) {
      throw officeError(FakeErrorCodes.itemNotFound, 'the name was deleted', 'NamedItem');
    }
    return this.bound;
  }

  /** @internal */
  _instantiate(): void {
    this._queueInstantiate();
  }

  override _resolveIsNull(exec: ExecState): boolean {
    return this.record(exec) === null;
  }

  override _scalarNames(): readonly string[] {
    return ['name', 'type', 'value', 'formula', 'visible', 'comment', 'scope'];
  }

  override _readScalar(exec: ExecState, name: string): unknown {
    const record = this.record(exec);
    if (!record) return undefined;
    switch (name) {
      case 'name':
        return record.name;
      case 'type':
        return typeOf(record);
      case 'value':
        return formulaOf(exec.model, record).replace(/^=/, '');
      case 'formula':
        return formulaOf(exec.model, record);
      case 'visible':
        return record.visible;
      case 'comment':
        return record.comment;
      default:
        return record.scopeSheetId === null ? 'Workbook' : 'Worksheet';
    }
  }

  get name(): string {
    return this._get('name');
  }
  get type(): string {
    return this._get('type');
  }
  get value(): unknown {
    return this._get('value');
  }
  get formula(): string {
    return this._get('formula');
  }
  get scope(): string {
    return this._get('scope');
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(value: boolean) {
    this._queueSet('visible', value, (exec, v) => {
      const record = this.record(exec);
      if (record) record.visible = v === true;
    });
  }
  get comment(): string {
    return this._get('comment');
  }
  set comment(value: string) {
    this._queueSet('comment', value, (exec, v) => {
      const record = this.record(exec);
      if (record) record.comment = String(v);
    });
  }

  getRange(): FakeRange {
    return this.rangeProxy(false);
  }

  getRangeOrNullObject(): FakeRange {
    return this.rangeProxy(true);
  }

  private rangeProxy(nullable: boolean): FakeRange {
    const range = new FakeRange(
      this._context,
      (exec) => {
        const record = this.record(exec);
        if (record?.reference) return record.reference;
        if (nullable) return null;
        throw officeError(
          FakeErrorCodes.invalidOperation,
          'the name does not refer to a range',
          'NamedItem.getRange',
        );
      },
      `${this.pathText}.getRange()`,
    );
    if (nullable) range._instantiate();
    return range;
  }

  delete(): void {
    this._queueMethod('delete', [], (exec) => {
      const record = this.record(exec);
      exec.model.names = exec.model.names.filter((n) => n !== record);
    });
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  readonly _className = 'NamedItemCollection';

  /** `scope` null: workbook names; otherwise the worksheet whose names these are. */
  constructor(
    context: FakeRequestContext,
    private readonly scope: ((exec: ExecState) => SheetModel | null) | null,
    private readonly pathText: string,
  ) {
    super(context);
  }

  override _path(): string {
    return this.pathText;
  }

  private scopeId(exec: ExecState): string | null {
    if (!this.scope) return null;
    const sheet = this.scope(exec);
    if (!sheet) throw officeError(FakeErrorCodes.itemNotFound, undefined, 'NamedItemCollection');
    return sheet.id;
  }

  private inScope(exec: ExecState): NamedItemRecord[] {
    const id = this.scopeId(exec);
    return exec.model.names.filter((n) => n.scopeSheetId === id);
  }

  override _sampleItem(): FakeNamedItem {
    return new FakeNamedItem(this._context, () => null, `${this.pathText}.items`);
  }

  override _enumerate(exec: ExecState): FakeNamedItem[] {
    return this.inScope(exec).map(
      (record) =>
        new FakeNamedItem(
          this._context,
          () => ({ record }),
          `${this.pathText}.getItem(${JSON.stringify(record.name)})`,
        ),
    );
  }

  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    this._assertSameContext(reference, 'NamedItemCollection.add');
    let created: NamedItemRecord | null = null;
    const item = new FakeNamedItem(
      this._context,
      () => (created ? { record: created } : null),
      `${this.pathText}.add(${JSON.stringify(name)})`,
    );
    const wireReference = typeof reference === 'string' ? reference : { range: reference._path() };
    this._queueMethod('add', [name, wireReference, comment ?? ''], (exec) => {
      const scopeSheetId = this.scopeId(exec);
      const taken = [
        ...exec.model.names.filter((n) => n.scopeSheetId === scopeSheetId).map((n) => n.name),
        ...exec.model.tables.map((t) => t.name),
      ];
      assertValidDefinedName(name, taken, 'NamedItemCollection.add');
      let target: { sheetId: string; rect: Rect } | null = null;
      let formula = '';
      if (typeof reference === 'string') {
        const body = reference.replace(/^=/, '');
        const parsed = parseAddress(body);
        if (parsed) {
          const sheet =
            parsed.sheet === undefined
              ? scopeSheetId === null
                ? undefined
                : exec.model.sheetById(scopeSheetId)
              : exec.model.sheetByName(parsed.sheet);
          if (!sheet)
            throw officeError(
              FakeErrorCodes.invalidArgument,
              `'${reference}' does not name a sheet`,
              'NamedItemCollection.add',
            );
          target = { sheetId: sheet.id, rect: parsed.rect };
        } else {
          formula = reference.startsWith('=') ? reference : `=${reference}`;
        }
      } else {
        const t = reference._requireTarget(exec, 'NamedItemCollection.add');
        target = { sheetId: t.sheet.id, rect: t.rect };
      }
      created = { name, scopeSheetId, reference: target, formula, comment: comment ?? '', visible: true };
      exec.model.names.push(created);
    });
    return item;
  }

  getItem(name: string): FakeNamedItem {
    return this.lookup(name, false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this.lookup(name, true);
  }

  private lookup(name: string, nullable: boolean): FakeNamedItem {
    const item = new FakeNamedItem(
      this._context,
      (exec) => {
        const record = this.inScope(exec).find((n) => sameName(n.name, name));
        if (record) return { record };
        if (nullable) return null;
        throw officeError(FakeErrorCodes.itemNotFound, `no name '${name}'`, 'NamedItemCollection.getItem');
      },
      `${this.pathText}.getItem(${JSON.stringify(name)})`,
    );
    if (nullable) item._instantiate();
    return item;
  }

  getCount(): FakeClientResult<number> {
    return FakeClientResult.queue(this, 'getCount', (exec) => this.inScope(exec).length);
  }
}
