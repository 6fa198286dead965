import { DEFAULT_PAYLOAD_LIMIT_BYTES, DEFAULT_READ_CELL_LIMIT } from '../../src/fake-excel';
import { rejectionOf, useFakeExcel, writeAndRead } from './helpers';

/**
 * Shapes: a 2-D array must match the range ("The number of rows or columns in the input array
 * doesn't match the size or dimensions of the range"); a single value applies to every cell
 * (office-js-docs-reference#578, office-js-docs-pr#2013); `null` leaves a cell alone and `''`
 * clears it ("Blank and null values in Excel add-ins").
 */
describe('fake Excel: 2-D array shapes', () => {
  const fake = useFakeExcel({
    sheets: [
      {
        name: 'Sheet1',
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    ],
  });

  test.each([
    ['too few rows', 'A1:B2', [['x', 'y']]],
    [
      'too many rows',
      'A1:B1',
      [
        ['x', 'y'],
        ['z', 'w'],
      ],
    ],
    ['too few columns', 'A1:B2', [['x'], ['y']]],
    ['ragged rows', 'A1:B2', [['x', 'y'], ['z']]],
    ['a 1-D array', 'A1:B1', ['x', 'y']],
    ['an empty array', 'A1', []],
  ])('values with %s is refused at sync (InvalidArgument)', async (_label, address, values) => {
    const error = await rejectionOf(writeAndRead('Sheet1', address, values));
    expect(error.code).toBe('InvalidArgument');
    expect(fake().host.inspect.sheet('Sheet1').values('A1:B2')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test.each([
    ['formulas', (r: Excel.Range) => (r.formulas = [['=1']])],
    ['numberFormat', (r: Excel.Range) => (r.numberFormat = [['@']])],
  ])('%s with the wrong shape is refused too', async (_label, assign) => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        assign(context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2'));
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
  });

  test('a single value (not an array) is applied to every cell of the range', async () => {
    const read = await writeAndRead('Sheet1', 'A1:B2', 'same');
    expect(read.values).toEqual([
      ['same', 'same'],
      ['same', 'same'],
    ]);
  });

  test('a single numeric-looking value is coerced per cell like any other write', async () => {
    const read = await writeAndRead('Sheet1', 'A1:B1', '007');
    expect(read.values).toEqual([[7, 7]]);
  });

  test('null leaves a cell unchanged, "" clears it', async () => {
    const read = await writeAndRead('Sheet1', 'A1:B2', [
      [null, ''],
      ['new', null],
    ]);
    expect(read.values).toEqual([
      ['a', ''],
      ['new', 'd'],
    ]);
    expect(read.valueTypes).toEqual([
      ['String', 'Empty'],
      ['String', 'String'],
    ]);
  });

  test('null for the whole property is refused', async () => {
    const error = await rejectionOf(writeAndRead('Sheet1', 'A1', null));
    expect(error.code).toBe('InvalidArgument');
  });
});

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB ... A range is
 * limited to 5,000,000 cells for read operations." ("Resource limits and performance optimization
 * for Office Add-ins"; codes RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded /
 * RangeExceedsLimit, OfficeDev/office-js-docs-pr#2278 and Excel.ErrorCodes.)
 */
describe('fake Excel: payload limits', () => {
  const fake = useFakeExcel({ sheets: ['Sheet1'] });

  test('the defaults are 5 MB per request and per response and 5,000,000 cells per read', () => {
    expect(DEFAULT_PAYLOAD_LIMIT_BYTES).toBe(5 * 1024 * 1024);
    expect(DEFAULT_READ_CELL_LIMIT).toBe(5_000_000);
    expect(fake().host.limits).toEqual({
      requestBytes: 5 * 1024 * 1024,
      responseBytes: 5 * 1024 * 1024,
      readCells: 5_000_000,
    });
  });

  test('a request over 5 MB is refused whole: nothing is applied', async () => {
    const rows = Array.from({ length: 80_000 }, (_, i) => [
      `85073003328-${i}`,
      'Janssens-Vandenbroucke',
      'Jan-Pieter',
      '01012000',
      '1500',
    ]);
    const error = await rejectionOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('G1').values = [['before']];
        sheet.getRange(`A1:E${rows.length}`).values = rows;
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake().host.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(fake().host.inspect.sheet('Sheet1').usedRange()).toBeNull();
  });

  test('the same rows written in blocks stay under the limit', async () => {
    const rows = Array.from({ length: 80_000 }, (_, i) => [
      `85073003328-${i}`,
      'Janssens-Vandenbroucke',
      'Jan-Pieter',
      '01012000',
      '1500',
    ]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      for (let start = 0; start < rows.length; start += 20_000) {
        const block = rows.slice(start, start + 20_000);
        sheet.getRange(`A${start + 1}:E${start + block.length}`).values = block;
        await context.sync();
      }
    });
    expect(fake().host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake().host.inspect.sheet('Sheet1').usedRange()).toBe('Sheet1!A1:E80000');
  });

  test('a response over the limit is refused; the writes of that sync are applied', async () => {
    fake().host.setLimits({ responseBytes: 1000 });
    const error = await rejectionOf(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A200');
        (range as unknown as { values: string }).values = 'x';
        range.load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(fake().host.inspect.sheet('Sheet1').values('A200')).toEqual([['x']]);
  });

  test('the limits can be set per host for tests (createFakeExcel option or host.setLimits)', async () => {
    fake().host.setLimits({ requestBytes: 200 });
    const error = await rejectionOf(
      writeAndRead(
        'Sheet1',
        'A1:A20',
        Array.from({ length: 20 }, () => ['0123456789']),
      ),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
  });

  test('reading more than 5,000,000 cells at once is refused (RangeExceedsLimit)', async () => {
    const error = await rejectionOf(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A:E');
        range.load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('RangeExceedsLimit');
  });

  test('loading the address of whole columns is fine (no cells read)', async () => {
    const address = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A:E');
      range.load('address, rowCount');
      await context.sync();
      return [range.address, range.rowCount];
    });
    expect(address).toEqual(['Sheet1!A:E', 1_048_576]);
  });
});

describe('fake Excel: counters for benchmarks', () => {
  const fake = useFakeExcel({ sheets: ['Sheet1'] });

  test('every sync is counted with the bytes of its request and response', async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [['x']];
      await context.sync();
      range.load('values');
      await context.sync();
      await context.sync();
    });
    const stats = fake().host.stats;
    expect(stats.syncs).toBe(3);
    expect(stats.runs).toBe(1);
    expect(stats.requests).toHaveLength(3);
    expect(stats.responses).toHaveLength(3);
    expect(stats.requests[0]).toBeGreaterThan(0);
    expect(stats.responses[1]).toBeGreaterThan(0);
    expect(stats.requests[2]).toBe(0);
    expect(stats.maxRequestBytes).toBe(Math.max(...stats.requests));
    expect(stats.maxResponseBytes).toBe(Math.max(...stats.responses));
  });

  test('request bytes are the UTF-8 size, so accented names count double', async () => {
    await writeAndRead('Sheet1', 'A1', [['e'.repeat(1000)]]);
    const ascii = fake().host.stats.requests[0] ?? 0;
    fake().host.resetStats();
    await writeAndRead('Sheet1', 'A1', [['é'.repeat(1000)]]);
    expect((fake().host.stats.requests[0] ?? 0) - ascii).toBe(1000);
  });

  test.each([10, 1000])(
    'highlighting %i faulty cells with one RangeAreas call costs one formatting call',
    async (faulty) => {
      const addresses = Array.from({ length: faulty }, (_, i) => `B${2 * i + 2}`).join(', ');
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRanges(addresses).format.fill.color = '#FFC7CE';
        await context.sync();
      });
      expect(fake().host.stats.formatCalls).toEqual({ 'format.fill.color': 1 });
      expect(fake().host.stats.formatCallsTotal).toBe(1);
      expect(
        fake()
          .host.inspect.sheet('Sheet1')
          .fill(`B${2 * faulty}`),
      ).toBe('#FFC7CE');
    },
  );

  test('one call per cell is counted per cell', async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      for (let i = 1; i <= 5; i += 1) sheet.getRange(`B${i}`).format.fill.color = '#FFC7CE';
      await context.sync();
    });
    expect(fake().host.stats.formatCallsTotal).toBe(5);
  });

  test('resetStats() starts the counters again', async () => {
    await writeAndRead('Sheet1', 'A1', [['x']]);
    fake().host.resetStats();
    expect(fake().host.stats).toEqual({
      syncs: 0,
      runs: 0,
      requests: [],
      responses: [],
      maxRequestBytes: 0,
      maxResponseBytes: 0,
      operations: 0,
      formatCalls: {},
      formatCallsTotal: 0,
    });
  });
});
