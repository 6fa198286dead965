import { rejectionOf, useFakeExcel } from './helpers';

/**
 * Queued semantics ("Application-specific API model": commands queue on the request context and
 * run at `context.sync()`, in order), `Excel.run` returning the batch's result and flushing what
 * is still queued, and "the function must return a promise" (office.js RunMustReturnPromise).
 */
describe('fake Excel: operations are queued and applied at sync, in order', () => {
  const fake = useFakeExcel({ sheets: ['Sheet1'] });

  test('nothing reaches the workbook before sync', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['queued']];
      expect(fake().host.inspect.sheet('Sheet1').values('A1')).toEqual([['']]);
      await context.sync();
      expect(fake().host.inspect.sheet('Sheet1').values('A1')).toEqual([['queued']]);
    });
  });

  test('operations run in queue order: a sheet added in a batch can be used later in the same batch', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('Nieuw');
      context.workbook.worksheets.getItem('Nieuw').getRange('A1').values = [['first']];
      context.workbook.worksheets.getItem('Nieuw').getRange('A1').values = [['second']];
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Nieuw').values('A1')).toEqual([['second']]);
  });

  test('Excel.run resolves with what the batch returns', async () => {
    const result = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.load('address');
      await context.sync();
      return range.address;
    });
    expect(result).toBe('Sheet1!A1:B1');
  });

  test('Excel.run flushes what is still queued when the batch returns', async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [['flushed']];
      return Promise.resolve();
    });
    expect(fake().host.inspect.sheet('Sheet1').values('B2')).toEqual([['flushed']]);
    expect(fake().host.stats.syncs).toBe(1);
  });

  test('a failing operation rejects sync with its Office error; earlier operations stay applied, later ones do not run', async () => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [['applied']];
        sheet.getRange('A2:B2').values = [['wrong shape']];
        sheet.getRange('A3').values = [['never']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(error.debugInfo?.errorLocation).toBe('Range.values');
    expect(fake().host.inspect.sheet('Sheet1').values('A1:A3')).toEqual([['applied'], [''], ['']]);
  });

  test('a batch that does not return a promise is refused (RunMustReturnPromise)', async () => {
    const error = await rejectionOf(
      (Excel.run as unknown as (batch: (c: Excel.RequestContext) => unknown) => Promise<unknown>)(
        () => 'not a promise',
      ),
    );
    expect(error.code).toBe('RunMustReturnPromise');
  });

  test('an error thrown by the batch rejects Excel.run and drops what was queued', async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('C3').values = [['dropped']];
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(fake().host.inspect.sheet('Sheet1').values('C3')).toEqual([['']]);
  });

  test('a context cannot be used after its Excel.run has finished', async () => {
    let saved: Excel.RequestContext | undefined;
    await Excel.run(async (context) => {
      saved = context;
      await context.sync();
    });
    saved!.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['late']];
    await expect(saved!.sync()).rejects.toMatchObject({ code: 'InvalidRequestContext' });
  });

  test('a proxy from another Excel.run cannot be passed as an argument (InvalidRequestContext)', async () => {
    const kept = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3');
      range.load('address');
      await context.sync();
      return range;
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('B1').dataValidation.rule = {
          list: { inCellDropDown: true, source: kept },
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidRequestContext' });
    expect(kept.address).toBe('Sheet1!A1:A3');
  });

  test('Excel.run(context, batch) reuses that context', async () => {
    let saved: Excel.RequestContext | undefined;
    await Excel.run(async (context) => {
      saved = context;
      await context.sync();
    });
    await Excel.run(saved!, async (context) => {
      expect(context).toBe(saved);
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['again']];
      await context.sync();
    });
    expect(fake().host.inspect.sheet('Sheet1').values('A1')).toEqual([['again']]);
  });

  test('set() assigns several properties, navigation properties included', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.set({
        numberFormat: [['@']],
        values: [['007']],
        format: { fill: { color: '#FFFF00' }, font: { bold: true } },
      });
      await context.sync();
    });
    const cell = fake().host.inspect.sheet('Sheet1').cell('A1');
    expect(cell).toMatchObject({ value: '007', numberFormat: '@', fill: '#FFFF00', fontBold: true });
  });
});
