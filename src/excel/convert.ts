// 转换为数值: writes the numbers the check proposed into exactly the year cells the clerk ticked, and
// only where a cell still holds the text the check saw. One sync reads them, one writes; nothing else
// on the sheet (other cells, formats, formulas) is touched.
import { ExcelRun } from "./run";

export interface Conversion {
  sheet: string;
  address: string;
  /** The text the check listed; a cell that holds anything else now is left alone. */
  text: string;
  value: number;
}

export interface ConversionResult {
  converted: Conversion[];
  /** Cells changed since the check: not written. */
  changed: Conversion[];
}

export async function convertCells(run: ExcelRun, conversions: readonly Conversion[]): Promise<ConversionResult> {
  if (conversions.length === 0) return { converted: [], changed: [] };
  return run(async (context) => {
    const cells = conversions.map((conversion) => {
      const range = context.workbook.worksheets.getItem(conversion.sheet).getRange(conversion.address);
      range.load("values, formulas");
      return { conversion, range };
    });
    await context.sync();
    const result: ConversionResult = { converted: [], changed: [] };
    for (const { conversion, range } of cells) {
      const still = range.values[0][0] === conversion.text && range.formulas[0][0] === conversion.text;
      if (!still) {
        result.changed.push(conversion);
        continue;
      }
      range.values = [[conversion.value]];
      result.converted.push(conversion);
    }
    if (result.converted.length > 0) await context.sync();
    return result;
  });
}
