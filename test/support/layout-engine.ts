// Recalculates a whole workbook layout in HyperFormula (formulas only, cached results ignored) and
// compares every formula cell with the result the core cached in the layout.
import { WorkbookLayout, LayoutResult, a1 } from "../../src/core/layout";
import { createFormulaEngine } from "../../src/preview/formula-engine";

export type EngineValue = number | string | boolean | null | { error: string };

export interface Recalculated {
  /** sheet name → "A1" → value. */
  value: (sheet: string, address: string) => EngineValue;
  cells: number;
  disagreements: string[];
}

export function sameResult(actual: EngineValue, expected: LayoutResult): boolean {
  const want = expected === "" ? null : expected;
  const got = actual === "" ? null : actual;
  if (typeof got === "number" && typeof want === "number")
    return Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  if (got && typeof got === "object" && want && typeof want === "object") return got.error === want.error;
  return got === want;
}

export function recalculate(layout: WorkbookLayout): Recalculated {
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of layout.sheets) {
    const grid: unknown[][] = [];
    for (const block of sheet.blocks) {
      block.values.forEach((cells, r) =>
        cells.forEach((value, c) => {
          const row = (grid[block.row + r] ??= []);
          const formula = block.formulas?.[r]?.[c];
          row[block.column + c] = formula ?? value;
        })
      );
    }
    sheets[sheet.name] = Array.from({ length: grid.length }, (_, r) =>
      Array.from({ length: grid[r]?.length ?? 0 }, (_c, c) => grid[r]?.[c] ?? null)
    );
  }
  const engine = createFormulaEngine(sheets, { functions: {} });
  const ids = new Map(layout.sheets.map((s) => [s.name, engine.getSheetId(s.name)!]));
  const value = (sheet: string, address: string): EngineValue => {
    const cell = engine.simpleCellAddressFromString(address, ids.get(sheet)!)!;
    const v = engine.getCellValue(cell) as unknown;
    if (v && typeof v === "object" && "type" in (v as object)) return { error: String((v as { value: string }).value) };
    return v as EngineValue;
  };
  const disagreements: string[] = [];
  let cells = 0;
  for (const sheet of layout.sheets) {
    for (const block of sheet.blocks) {
      block.formulas?.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (!formula) return;
          cells++;
          const address = a1(block.row + r, block.column + c);
          const expected = block.results?.[r]?.[c] ?? null;
          const actual = value(sheet.name, address);
          if (!sameResult(actual, expected))
            disagreements.push(
              `${sheet.name}!${address}: engine ${JSON.stringify(actual)}, core ${JSON.stringify(expected)} (${formula.slice(0, 120)})`
            );
        })
      );
    }
  }
  return { value, cells, disagreements };
}
