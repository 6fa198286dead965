import type { FakeExcelHost } from '../../src/fake-excel';

/**
 * Everything the fake host holds that the add-in can change (cells, formats, widths, frozen panes,
 * fills, conditional formats, validations, tables), for "nothing changed" comparisons.
 */
export function workbookState(host: FakeExcelHost) {
  const workbook = host.inspect.workbook();
  return {
    workbook,
    sheets: workbook.sheetNames.map((name) => {
      const sheet = host.inspect.sheet(name);
      return {
        name,
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenColumns,
        cells: sheet.cells(),
        columnNumberFormats: sheet.columnNumberFormats(),
        columnWidths: sheet.columnWidths(),
        fills: sheet.fills(),
        conditionalFormats: sheet.conditionalFormats(),
        dataValidations: sheet.dataValidations(),
        tables: sheet.tables(),
      };
    }),
  };
}
