// What the 自定义规划 tab asks of the workbook: the entry sheet, reading a sheet or a file back into a
// plan, and the template of the plan made. Loaded with that tab's chunk, never on the first page.
import type { EntryOptions } from "../core/entry";
import { Plan } from "../core/plan";
import { SheetCells } from "../core/plan-from-sheet";
import { EntryInsertResult, insertEntrySheet, readActiveSheet } from "../excel/entry";
import type { InsertResult } from "../excel/insert";
import { ExcelRun, Supports } from "../excel/run";

export interface EntryActions {
  /** With `fill`, the sheet holds those rows (accepted proposals) instead of the example row. */
  insertEntrySheet(fill?: Pick<EntryOptions, "rows" | "head">): Promise<EntryInsertResult>;
  readActiveSheet(): Promise<SheetCells>;
  /** Every sheet of an .xlsx file (a downloaded template), read with ExcelJS's browser build. */
  readFile(bytes: ArrayBuffer): Promise<SheetCells[]>;
  insertTemplate(plan: Plan): Promise<InsertResult>;
  select(sheet: string, address: string): Promise<void>;
}

export function createEntryActions(run: ExcelRun, supports: Supports, select: EntryActions["select"]): EntryActions {
  return {
    insertEntrySheet: (fill) => insertEntrySheet(run, supports, fill),
    readActiveSheet: () => readActiveSheet(run),
    // The download's chunk: ExcelJS comes once, for writing and reading files alike.
    readFile: async (bytes) =>
      (await import(/* webpackChunkName: "template-file" */ "../export/read-xlsx")).xlsxCells(bytes),
    insertTemplate: async (plan) => (await import("../excel/insert")).insertTemplate(plan, run, supports),
    select,
  };
}
