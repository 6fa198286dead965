/**
 * Payload limits and the counters benchmarks read.
 *
 * "Excel on the web has a payload size limit for requests and responses of 5MB. `RichAPI.Error`
 * will be thrown if that limit is exceeded. A range is limited to 5,000,000 cells for read
 * operations." ("Resource limits and performance optimization for Office Add-ins", section "Excel
 * add-ins"; the range limit applies to get operations on all platforms, OfficeDev/office-js-docs-pr
 * #1423.)
 *
 * The fake measures the UTF-8 length of the JSON it builds for one sync: the queued operations (with
 * the values written) and the loaded results. Excel's own wire format is wordier, so the fake is
 * slightly more permissive than Excel: add-in code should keep a margin rather than aim at 5 MB.
 * 5 MB is taken as 5 * 1024 * 1024 bytes.
 */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const DEFAULT_READ_CELL_LIMIT = 5_000_000;

export interface PayloadLimits {
  requestBytes: number;
  responseBytes: number;
  readCells: number;
}

export function defaultLimits(): PayloadLimits {
  return {
    requestBytes: DEFAULT_PAYLOAD_LIMIT_BYTES,
    responseBytes: DEFAULT_PAYLOAD_LIMIT_BYTES,
    readCells: DEFAULT_READ_CELL_LIMIT,
  };
}

/** UTF-8 byte length without allocating (works in browsers and Node alike). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Formatting calls by kind (`format.fill.color`, `conditionalFormats.add`, ...), counted when Excel
 * executes them, one per call whatever the number of cells or areas it covers. Benchmarks assert
 * "formatting calls do not grow with faulty cells" on `formatCallsTotal`.
 */
export type FormatCallKind =
  | 'numberFormat'
  | 'format.fill.color'
  | 'format.fill.clear'
  | 'format.font.bold'
  | 'format.font.color'
  | 'format.font.italic'
  | 'format.columnWidth'
  | 'format.rowHeight'
  | 'format.wrapText'
  | 'format.horizontalAlignment'
  | 'format.autofitColumns'
  | 'format.autofitRows'
  | 'clear.formats'
  | 'conditionalFormats.add'
  | 'conditionalFormats.clearAll'
  | 'conditionalFormat.delete'
  | 'conditionalFormat.custom.rule.formula'
  | 'conditionalFormat.format'
  | 'dataValidation.rule'
  | 'dataValidation.clear'
  | 'dataValidation.prompt'
  | 'dataValidation.errorAlert'
  | 'freezePanes';

export interface HostStats {
  /** `context.sync()` calls, plus the flush `Excel.run` makes when work was still queued. */
  syncs: number;
  /** `Excel.run` calls. */
  runs: number;
  /** Bytes of each request, in sync order (0 for a sync with nothing queued). */
  requests: number[];
  /** Bytes of each response, in sync order. */
  responses: number[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Operations (writes, method calls, loads) executed. */
  operations: number;
  formatCalls: Partial<Record<FormatCallKind, number>>;
  formatCallsTotal: number;
}

export function emptyStats(): HostStats {
  return {
    syncs: 0,
    runs: 0,
    requests: [],
    responses: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    operations: 0,
    formatCalls: {},
    formatCallsTotal: 0,
  };
}

export function countFormatCall(stats: HostStats, kind: FormatCallKind): void {
  stats.formatCalls[kind] = (stats.formatCalls[kind] ?? 0) + 1;
  stats.formatCallsTotal += 1;
}
