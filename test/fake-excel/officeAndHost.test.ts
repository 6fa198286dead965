import { createFakeExcel, installFakeExcel } from '../../src/fake-excel';
import { useFakeExcel } from './helpers';

/**
 * The Office namespace (Office.onReady, context.displayLanguage, requirements.isSetSupported,
 * document.settings with saveAsync) and the host's test controls.
 */
describe('fake Excel: Office namespace', () => {
  const fake = useFakeExcel({ sheets: ['Sheet1'], displayLanguage: 'fr-BE' });

  test('onReady resolves with host Excel and calls a callback', async () => {
    const calls: unknown[] = [];
    const info = await Office.onReady((i) => calls.push(i));
    expect(info).toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(calls).toEqual([info]);
  });

  test('displayLanguage is set by the host', () => {
    expect(Office.context.displayLanguage).toBe('fr-BE');
    fake().host.setDisplayLanguage('nl-BE');
    expect(Office.context.displayLanguage).toBe('nl-BE');
  });

  test.each([
    ['ExcelApi', '1.7', true],
    ['ExcelApi', '1.17', true],
    ['ExcelApi', '1.18', false],
    ['ExcelApi', undefined, true],
    ['WordApi', '1.1', false],
  ])('requirements.isSetSupported(%j, %j) is %j', (name, version, expected) => {
    expect(Office.context.requirements.isSetSupported(name, version)).toBe(expected);
  });

  test('settings: set/get/remove in memory, saveAsync stores them, a reload drops unsaved changes', async () => {
    const settings = Office.context.document.settings;
    settings.set('batchCounter', 3);
    settings.set('encoding', 'utf-8-bom');
    expect(settings.get('batchCounter')).toBe(3);
    const status = await new Promise<string>((resolve) =>
      settings.saveAsync((result) => resolve(String(result.status))),
    );
    expect(status).toBe(Office.AsyncResultStatus.Succeeded);
    settings.set('batchCounter', 4);
    settings.remove('encoding');
    expect(settings.get('encoding')).toBeNull();
    expect(fake().host.inspect.workbook().settings).toEqual({ batchCounter: 3, encoding: 'utf-8-bom' });
    fake().host.reloadAddin();
    expect(settings.get('batchCounter')).toBe(3);
  });

  test('settings round-trip through JSON', () => {
    const settings = Office.context.document.settings;
    settings.set('when', new Date(Date.UTC(2026, 10, 28)));
    expect(settings.get('when')).toBe('2026-11-28T00:00:00.000Z');
  });
});

describe('fake Excel: installing and the host controls', () => {
  test('installFakeExcel puts Excel, Office and OfficeExtension on the global object and uninstall restores it', () => {
    const target: Record<string, unknown> = { Office: 'previous' };
    const fake = installFakeExcel(target);
    expect(target.Excel).toBe(fake.Excel);
    expect(target.Office).toBe(fake.Office);
    expect(target.OfficeExtension).toBe(fake.OfficeExtension);
    fake.uninstall();
    expect(target).toEqual({ Office: 'previous' });
  });

  test('createFakeExcel without options has one empty Sheet1, the default limits and nl-BE', () => {
    const { host, Office: office } = createFakeExcel();
    expect(host.inspect.sheetNames()).toEqual(['Sheet1']);
    expect(host.inspect.sheet('Sheet1').usedRange()).toBeNull();
    expect(office.context.displayLanguage).toBe('nl-BE');
  });

  test('two fakes are independent', async () => {
    const a = createFakeExcel();
    const b = createFakeExcel();
    await a.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['only in a']];
      await context.sync();
    });
    expect(b.host.inspect.sheet('Sheet1').values('A1')).toEqual([['']]);
  });

  test('addSheet with rows typed as a user would, with column formats applied first', () => {
    const { host } = createFakeExcel({
      sheets: [
        {
          name: 'Registraties',
          columnFormats: { A: '@' },
          rows: [
            ['INSZ', 'Geboortedatum'],
            ['05010112345', '01012000'],
          ],
        },
      ],
    });
    const sheet = host.inspect.sheet('Registraties');
    expect(sheet.values('A2:B2')).toEqual([['05010112345', 1012000]]);
    expect(sheet.cells({ valuesOnly: true }).map((c) => [c.address, c.valueType])).toEqual([
      ['A1', 'String'],
      ['B1', 'String'],
      ['A2', 'String'],
      ['B2', 'Double'],
    ]);
  });

  test('setCellError puts an error value that reads as its string with valueType Error', async () => {
    const fake = installFakeExcel(globalThis);
    try {
      fake.host.setCellError('Sheet1', 'C3', '#N/A');
      const read = await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('C3');
        range.load('values, valueTypes, text');
        await context.sync();
        return [range.values, range.valueTypes, range.text];
      });
      expect(read).toEqual([[['#N/A']], [['Error']], [['#N/A']]]);
    } finally {
      fake.uninstall();
    }
  });

  test('evaluateFormula lets a test decide what formula cells hold', async () => {
    const { Excel: excel } = createFakeExcel({
      evaluateFormula: (formula) => (formula === '=1/0' ? '#DIV/0!' : 42),
    });
    const read = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.formulas = [['=1/0', '=6*7']];
      range.load('values, valueTypes');
      await context.sync();
      return [range.values, range.valueTypes];
    });
    expect(read).toEqual([[['#DIV/0!', 42]], [['Error', 'Double']]]);
  });

  test('the whole module works without Node APIs (only standard JavaScript and setTimeout)', async () => {
    const fs = await import('fs');
    const path = await import('path');
    const dir = path.join(__dirname, '..', '..', 'src', 'fake-excel');
    const sources = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));
    for (const file of sources) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      expect({
        file,
        node: /from '(node:)?(fs|path|os|crypto|util|buffer|process|child_process)'|\brequire\(|\bprocess\.|\bBuffer\./.test(
          text,
        ),
      }).toEqual({
        file,
        node: false,
      });
    }
  });
});
