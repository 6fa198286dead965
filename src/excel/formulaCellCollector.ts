import type { FormulaCells } from '../core';
import { type CellRect, parseA1 } from './a1Address';
import { areaAddress } from './markGeometry';
import type { CellBlock } from './readRowBlocks';

/*
 * Where the rows read hold formulas and spilled arrays (issue #10; core formulaValueIssues says it
 * to the user). The blocks bring their formula areas and `hasSpill` (readRowBlocks.ts,
 * `formulaCells`); the spill ranges themselves are asked of the formula cells of the blocks that
 * hold spilled values, in one more sync, only when there are any: a dynamic array's anchor cell
 * holds the formula and `getSpillingToRangeOrNullObject` gives its spill range ("Handle dynamic
 * arrays and spilling using the Excel JavaScript API"; Excel.Range, ExcelApi 1.12).
 */

/**
 * Formula cells asked for their spill range at most: a sheet has a few dynamic arrays, each one
 * anchor; a column of thousands of ordinary formulas is not asked about cell by cell.
 */
export const MAX_SPILL_PROBES = 200;

/** Adjacent areas of consecutive blocks (same columns, next row) become one: `A2:A4501`, not one per block. */
function pushArea(areas: CellRect[], area: CellRect): void {
  const last = areas[areas.length - 1];
  if (last !== undefined && last.c0 === area.c0 && last.c1 === area.c1 && last.r1 + 1 === area.r0)
    areas[areas.length - 1] = { ...last, r1: area.r1 };
  else areas.push(area);
}

export class FormulaCellCollector {
  private readonly formulaAreas: CellRect[] = [];
  private formulaCount = 0;
  /** Formula areas of blocks whose hasSpill is not false: where the anchors can be. */
  private readonly probeAreas: CellRect[] = [];
  private spillAreas: CellRect[] = [];

  add(block: CellBlock): void {
    for (const area of block.formulaAreas) {
      this.formulaCount += (area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1);
      pushArea(this.formulaAreas, area);
      if (block.hasSpill !== false) this.probeAreas.push(area);
    }
  }

  /**
   * Asks the formula cells of blocks with spilled values for their spill ranges (one sync, at most
   * {@link MAX_SPILL_PROBES} cells; none when no block has spilled values).
   */
  async findSpills(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
    const probes: Excel.Range[] = [];
    for (const area of this.probeAreas) {
      for (let r = area.r0; r <= area.r1 && probes.length < MAX_SPILL_PROBES; r++)
        for (let c = area.c0; c <= area.c1 && probes.length < MAX_SPILL_PROBES; c++)
          probes.push(sheet.getRangeByIndexes(r, c, 1, 1).getSpillingToRangeOrNullObject().load('address'));
    }
    if (probes.length === 0) return;
    await context.sync();
    const spills: CellRect[] = [];
    for (const probe of probes) {
      if (probe.isNullObject) continue;
      const area = parseA1(probe.address);
      if (area !== null) spills.push(area);
    }
    this.spillAreas = spills.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  }

  /** What core's formulaValueIssues takes (Excel rows, A1 areas without the sheet name). */
  result(): FormulaCells {
    const first = Math.min(this.formulaAreas[0]?.r0 ?? Infinity, ...this.spillAreas.map((area) => area.r0));
    const byRow = [...this.formulaAreas].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
    return {
      formulaAreas: byRow.map(areaAddress),
      formulaCount: this.formulaCount,
      spillAreas: this.spillAreas.map(areaAddress),
      firstRow: first === Infinity ? 0 : first + 1,
    };
  }
}
