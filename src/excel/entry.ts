// The 规划录入表 in Excel: inserts the entry sheet (two syncs) and reads the active sheet's cells for
// core/plan-from-sheet.ts (two syncs, whatever the sheet's size).
import { EntryOptions, entrySheet } from "../core/entry";
import { parseA1 } from "../core/layout";
import { SheetCells } from "../core/plan-from-sheet";
import { ExcelRun, Supports } from "./run";
import { WrittenSheet, writeNewSheet } from "./insert";

export type EntryInsertResult = WrittenSheet;

/** A new sheet 规划录入表 (a unique variant if taken); nothing existing is touched. `fill` puts rows in it. */
export async function insertEntrySheet(run: ExcelRun, supports: Supports, fill: Pick<EntryOptions, "rows" | "head"> = {}): Promise<EntryInsertResult> {
  return writeNewSheet(run, (existingSheets, existingTables) => entrySheet({ ...fill, existingSheets, existingTables }), supports, { select: "B3" });
}

/** The active sheet's cells from A1 to the end of its used range, with number formats and tables. */
export async function readActiveSheet(run: ExcelRun): Promise<SheetCells> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    sheet.tables.load("items/name");
    const used = sheet.getUsedRange(true);
    used.load("address, values, numberFormat");
    await context.sync();
    const ranges = sheet.tables.items.map((table) => ({ name: table.name, range: table.getRange().load("address") }));
    await context.sync();
    // The used range may start below or right of A1: the reader counts rows and columns from A1.
    const origin = parseA1(used.address.split("!").pop() ?? "A1");
    const pad = <T>(rows: T[][], fill: T): T[][] => [
      ...Array.from({ length: origin.row }, () => [] as T[]),
      ...rows.map((row) => [...Array.from({ length: origin.column }, () => fill), ...row]),
    ];
    return {
      sheet: sheet.name,
      values: pad(used.values as unknown[][], null),
      formats: pad(used.numberFormat as string[][], null as string | null),
      tables: ranges.map(({ name, range }) => ({ name, address: range.address })),
    };
  });
}
