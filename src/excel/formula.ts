// Puts an example formula into the selected cell, refusing to overwrite anything. Two syncs.
import { ExcelRun } from "./run";

export class OccupiedCellError extends Error {
  constructor(public readonly address: string) {
    super(`所选单元格 ${address} 不为空，未作改动 (the selected cell ${address} is not empty; nothing changed)`);
  }
}

export async function insertFormula(run: ExcelRun, formula: string): Promise<string> {
  return run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load("address, formulas");
    await context.sync();
    const existing = cell.formulas[0][0];
    if (existing !== "" && existing !== null) throw new OccupiedCellError(cell.address);
    cell.formulas = [[formula]];
    await context.sync();
    return cell.address;
  });
}
