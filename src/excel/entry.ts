// The 规划录入表 in Excel: inserts the entry sheet (two syncs) and reads the active sheet's cells for
// core/plan-from-sheet.ts (two syncs, whatever the sheet's size).
import { EntryOptions, entrySheet } from "../core/entry";
import { parseA1 } from "../core/layout";
import { SheetCells } from "../core/plan-from-sheet";
import { ExcelRun, Supports } from "./run";
import { queueSheet } from "./write-layout";
import { removeSheet } from "./insert";

export interface EntryInsertResult {
  sheetName: string;
  skipped: string[];
}

/** A new sheet 规划录入表 (a unique variant if taken); nothing existing is touched. `fill` puts rows in it. */
export async function insertEntrySheet(run: ExcelRun, supports: Supports, fill: Pick<EntryOptions, "rows" | "head"> = {}): Promise<EntryInsertResult> {
  let created: string | null = null;
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const tables = context.workbook.tables;
      sheets.load("items/name");
      tables.load("items/name");
      await context.sync();
      const layout = entrySheet({ ...fill, existingSheets: sheets.items.map((s) => s.name), existingTables: tables.items.map((t) => t.name) });
      const sheet = sheets.add(layout.name);
      created = layout.name;
      const skipped = queueSheet(sheet, layout, supports);
      sheet.activate();
      sheet.getRange("B3").select();
      await context.sync();
      return { sheetName: layout.name, skipped };
    });
  } catch (error) {
    // Leave the workbook as it was: the half-written sheet goes.
    if (created !== null) await removeSheet(created, run).catch(() => undefined);
    throw error;
  }
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
