// Links a plan template's 差异系数 year cell to the 测算表's 差异系数 sheet (core/coefficient-link.ts):
// find the coefficient rows of the active sheet, then write the confirmed link, never over a cell
// that is not empty unless the clerk confirmed replacing it.
import {
  COEFFICIENT_SHEET,
  CoefficientRow,
  CoefficientSource,
  coefficientRowsOf,
  planLink,
} from "../core/coefficient-link";
import { a1, parseA1 } from "../core/layout";
import { ExcelRun } from "./run";

export interface CoefficientLinks {
  sheet: string;
  rows: CoefficientRow[];
  /** The workbook's 差异系数 sheets, first inserted first. */
  coefficientSheets: string[];
}

export interface LinkRequest {
  sheet: string;
  id: string;
  year: number;
  coefficientSheet: string;
  source: CoefficientSource;
  /** The clerk confirmed replacing what the cell holds. */
  replace?: boolean;
}

export interface LinkResult {
  written: boolean;
  /** What the cell held (when not written, what the clerk is asked about). */
  current: string;
  address: string;
  noteWritten: boolean;
}

/** A used range's grid counted from A1, as the core reads sheets. */
function fromA1(address: string, rows: unknown[][]): unknown[][] {
  const origin = parseA1(address.split("!").pop() ?? "A1");
  return [
    ...Array.from({ length: origin.row }, () => [] as unknown[]),
    ...rows.map((row) => [...Array.from({ length: origin.column }, () => null), ...row]),
  ];
}

export async function findCoefficientLinks(run: ExcelRun): Promise<CoefficientLinks> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const used = sheet.getUsedRange(true);
    used.load("address, values");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return {
      sheet: sheet.name,
      rows: coefficientRowsOf(fromA1(used.address, used.values as unknown[][])),
      coefficientSheets: sheets.items.map((s) => s.name).filter((name) => COEFFICIENT_SHEET.test(name)),
    };
  });
}

/**
 * Two syncs (three if Excel filled the formula down an empty table column, which its "fill formulas
 * in tables" AutoCorrect does to API writes too: the cells it filled are emptied again).
 */
export async function linkCoefficient(request: LinkRequest, run: ExcelRun): Promise<LinkResult> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(request.sheet);
    const used = sheet.getUsedRange(true);
    used.load("address, values, formulas");
    await context.sync();
    const read = used.values as unknown[][];
    const values = fromA1(used.address, read);
    const formulas = fromA1(used.address, used.formulas as unknown[][]);
    const plan = planLink(values, formulas, request.id, request.year, request.coefficientSheet, request.source);
    const address = a1(plan.row, plan.column);
    if (plan.current !== "" && !request.replace)
      return { written: false, current: plan.current, address, noteWritten: false };
    // The year column's cells that were empty: if Excel fills the formula into them, they are emptied again.
    const origin = parseA1(used.address.split("!").pop() ?? "A1");
    const last = origin.row + read.length - 1;
    const emptyBefore: number[] = [];
    for (let r = origin.row; r <= last; r++)
      if (r !== plan.row && String(formulas[r]?.[plan.column] ?? "") === "") emptyBefore.push(r);
    sheet.getRangeByIndexes(plan.row, plan.column, 1, 1).formulas = [[plan.formula]];
    if (plan.note) sheet.getRangeByIndexes(plan.note.row, plan.note.column, 1, 1).values = [[plan.note.text]];
    const column = sheet.getRangeByIndexes(origin.row, plan.column, last - origin.row + 1, 1);
    column.load("formulas");
    await context.sync();
    const after = column.formulas as unknown[][];
    const filled = emptyBefore.filter((r) => String(after[r - origin.row]?.[0] ?? "") !== "");
    if (filled.length > 0) {
      for (const r of filled) sheet.getRangeByIndexes(r, plan.column, 1, 1).formulas = [[""]];
      await context.sync();
    }
    return { written: true, current: plan.current, address, noteWritten: plan.note !== null };
  });
}
