// The 优质均衡 workbook in a real spreadsheet engine: the cells LibreOffice computed from a file with
// no cached results, compared with what the core cached in the layout, sheet by sheet.
import { WorkbookLayout, a1 } from "../../src/core/layout";
import { sameResult } from "../support/layout-engine";
import { EngineCell } from "./compare";

/** The layout without cached results, so the engine must compute every formula itself. */
export function withoutResults(layout: WorkbookLayout): WorkbookLayout {
  return {
    sheets: layout.sheets.map((sheet) => ({
      ...sheet,
      blocks: sheet.blocks.map(({ results: _results, ...block }) => block),
    })),
  };
}

/** The range to read back from each sheet: everything the layout writes. */
export function readRange(layout: WorkbookLayout, sheet: string): string {
  const found = layout.sheets.find((s) => s.name === sheet)!;
  let rows = 0;
  let columns = 0;
  for (const block of found.blocks) {
    rows = Math.max(rows, block.row + block.values.length);
    columns = Math.max(columns, block.column + (block.values[0]?.length ?? 0));
  }
  return a1(0, 0, rows - 1, columns - 1);
}

export interface BalanceComparison {
  cells: number;
  disagreements: string[];
}

const engineValue = (cell: EngineCell | undefined) => {
  if (!cell || cell.t === "e") return null;
  if (cell.t === "err") return { error: cell.v };
  return cell.v;
};

/** Compares one sheet's formula cells as LibreOffice computed them with the core's cached results. */
export function compareBalanceSheet(
  layout: WorkbookLayout,
  sheet: string,
  cells: Record<string, EngineCell>
): BalanceComparison {
  const found = layout.sheets.find((s) => s.name === sheet)!;
  const result: BalanceComparison = { cells: 0, disagreements: [] };
  for (const block of found.blocks) {
    block.formulas?.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (!formula) return;
        result.cells++;
        const address = a1(block.row + r, block.column + c);
        const expected = block.results?.[r]?.[c] ?? null;
        const actual = engineValue(cells[address]);
        // LibreOffice reports booleans as numbers; none of these sheets computes one.
        if (!sameResult(actual as never, expected))
          result.disagreements.push(
            `${sheet}!${address}: LibreOffice ${JSON.stringify(actual)}, core ${JSON.stringify(expected)}`
          );
      })
    );
  }
  return result;
}
