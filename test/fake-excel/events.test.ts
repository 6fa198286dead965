import { useFakeExcel } from './helpers';

/**
 * Worksheet onChanged ("Work with events using the Excel JavaScript API"): raised for user edits
 * AND for add-in code that changes the workbook ("Events within an Excel workbook can be triggered
 * by ... Office Add-in (JavaScript) code that changes the workbook"); `source` Local/Remote for
 * coauthoring; `triggerSource` "ThisLocalAddin" for this add-in's own writes (ExcelApi 1.14);
 * handlers registered and removed at sync; `context.runtime.enableEvents = false` turns them off.
 */
describe('fake Excel: worksheet onChanged', () => {
  const fake = useFakeExcel({ sheets: ['Registraties', 'Andere'] });
  let seen: Excel.WorksheetChangedEventArgs[];

  async function register(
    sheet = 'Registraties',
  ): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>> {
    return Excel.run(async (context) => {
      const handle = context.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => {
        seen.push(args);
      });
      await context.sync();
      return handle;
    });
  }

  beforeEach(() => {
    seen = [];
  });

  test('a user edit raises RangeEdited with source Local and triggerSource Unknown, address without sheet', async () => {
    await register();
    await fake().host.userEdit('Registraties', 'A2:B3', [
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(seen).toEqual([
      expect.objectContaining({
        type: 'WorksheetChanged',
        address: 'A2:B3',
        changeType: 'RangeEdited',
        source: 'Local',
        triggerSource: 'Unknown',
        details: undefined,
      }),
    ]);
    expect(seen[0]?.worksheetId).toBe(fake().host.inspect.sheet('Registraties').id);
  });

  test('a single-cell edit carries details (value before and after)', async () => {
    await register();
    await fake().host.userEdit('Registraties', 'A2', [['01012000']]);
    expect(seen[0]?.details).toEqual({
      valueBefore: '',
      valueAfter: 1012000,
      valueTypeBefore: 'Empty',
      valueTypeAfter: 'Double',
    });
  });

  test("a coauthor's edit has source Remote", async () => {
    await register();
    await fake().host.userEdit('Registraties', 'C1', 'x', { source: 'Remote' });
    expect(seen[0]?.source).toBe('Remote');
  });

  test('add-in writes raise onChanged too, with triggerSource ThisLocalAddin', async () => {
    await register();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Registraties').getRange('A1:E1').values = [
        ['INSZ', 'Naam', 'Voornaam', 'Geboortedatum', 'Postcode'],
      ];
      await context.sync();
    });
    await fake().host.flushEvents();
    expect(seen).toEqual([
      expect.objectContaining({ address: 'A1:E1', triggerSource: 'ThisLocalAddin', source: 'Local' }),
    ]);
  });

  test('events are raised after the sync, not during it', async () => {
    await register();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Registraties').getRange('A1').values = [['x']];
      await context.sync();
      expect(seen).toEqual([]);
    });
    await fake().host.flushEvents();
    expect(seen).toHaveLength(1);
  });

  test('a handler only hears its own sheet; worksheets.onChanged hears every sheet', async () => {
    await register();
    const all: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        all.push(args.address);
      });
      await context.sync();
    });
    await fake().host.userEdit('Andere', 'B2', 'x');
    expect(seen).toEqual([]);
    expect(all).toEqual(['B2']);
  });

  test('registration takes effect at sync, removal too', async () => {
    const handle = await Excel.run(async (context) => {
      const h = context.workbook.worksheets.getItem('Registraties').onChanged.add(async (args) => {
        seen.push(args);
      });
      await fake().host.userEdit('Registraties', 'A1', 'before the sync');
      await context.sync();
      return h;
    });
    expect(seen).toEqual([]);
    await fake().host.userEdit('Registraties', 'A1', 'after');
    expect(seen).toHaveLength(1);
    await Excel.run(handle.context, async (context) => {
      handle.remove();
      await context.sync();
    });
    await fake().host.userEdit('Registraties', 'A1', 'removed');
    expect(seen).toHaveLength(1);
    expect(fake().host.eventHandlerCount).toBe(0);
  });

  test('context.runtime.enableEvents = false stops events (bulk writes without reacting to them)', async () => {
    await register();
    await Excel.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem('Registraties').getRange('A1:A1000').values = Array.from(
        { length: 1000 },
        () => ['x'],
      );
      await context.sync();
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await fake().host.flushEvents();
    expect(seen).toEqual([]);
  });

  test('getRange(context) on the event args gives the changed range', async () => {
    const values: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Registraties').onChanged.add((args) =>
        Excel.run(async (ctx) => {
          const range = args.getRange(ctx);
          range.load('values');
          await ctx.sync();
          values.push(range.values);
        }),
      );
      await context.sync();
    });
    await fake().host.userEdit('Registraties', 'B2:C2', [['a', 'b']]);
    expect(values).toEqual([[['a', 'b']]]);
  });

  test('a failing handler does not break the edit; its error is collected', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Registraties').onChanged.add(async () => {
        throw new Error('handler failed');
      });
      await context.sync();
    });
    await fake().host.userEdit('Registraties', 'A1', 'x');
    expect(fake().host.inspect.sheet('Registraties').values('A1')).toEqual([['x']]);
    expect(fake().host.eventErrors).toEqual([new Error('handler failed')]);
  });

  test('deleting rows raises RowDeleted; reloading the add-in drops its handlers', async () => {
    await register();
    await fake().host.userDeleteRows('Registraties', 3, 2);
    expect(seen[0]).toMatchObject({ changeType: 'RowDeleted', address: '3:4' });
    fake().host.reloadAddin();
    await fake().host.userEdit('Registraties', 'A1', 'x');
    expect(seen).toHaveLength(1);
  });
});
