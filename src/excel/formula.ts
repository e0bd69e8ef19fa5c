// Puts an example formula into the selected cell, refusing to overwrite anything, then selects the
// next empty cell below so the next example can follow. Two syncs.
import { LocalizedError } from "../core/errors";
import { ExcelRun } from "./run";

/** How far below the example to look for the next empty cell. */
const LOOK_BELOW = 50;

export class OccupiedCellError extends LocalizedError {
  constructor(public readonly address: string) {
    super(
      `所选单元格 ${address} 不为空，未作改动。请选一个空单元格。`,
      `The selected cell ${address} is not empty; nothing changed. Select an empty cell.`,
      `所选单元格 ${address} 不为空，未作改动 (the selected cell ${address} is not empty; nothing changed)`
    );
  }
}

export async function insertFormula(run: ExcelRun, formula: string): Promise<string> {
  return run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.load("address, formulas");
    const below = cell.getOffsetRange(1, 0).getResizedRange(LOOK_BELOW - 1, 0);
    below.load("formulas");
    await context.sync();
    const existing = cell.formulas[0][0];
    if (existing !== "" && existing !== null) throw new OccupiedCellError(cell.address);
    cell.formulas = [[formula]];
    const free = below.formulas.findIndex((row) => row[0] === "" || row[0] === null);
    if (free >= 0) below.getCell(free, 0).select();
    await context.sync();
    return cell.address;
  });
}
