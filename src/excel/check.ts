// Reads every EduPlan table (of the workbook or the active sheet) in two syncs; core/check decides.
import { Miss, TableSnapshot, checkTable, isPlanTable, sortMisses } from "../core/check";
import { CategoryCounts, TableCounts, countCategories, tableRowStatuses } from "../core/category-counts";
import { ExcelRun } from "./run";

export interface CheckResult {
  misses: Miss[];
  tables: number;
  cells: number;
  /** The sheets whose tables were checked, so the pane can tell when the result is out of date. */
  sheets: string[];
  /** Row statuses per category over the tables checked, as the 汇总 sheet counts them. */
  byCategory: CategoryCounts[];
  /** The same counts per table, so the plan card can show its own plan's. */
  byTable: TableCounts[];
}

export type CheckScope = "workbook" | "activeSheet";

/** Column index (0-based) of an A1 column like "AB". */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

export async function checkWorkbook(run: ExcelRun, scope: CheckScope = "workbook"): Promise<CheckResult> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name, items/worksheet/name");
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    await context.sync();
    const chosen = tables.items.filter((t) => scope === "workbook" || t.worksheet.name === active.name);
    const ranges = chosen.map((table) => {
      const range = table.getRange();
      range.load("values, address");
      return { table, range };
    });
    await context.sync();
    const misses: Miss[] = [];
    let tableCount = 0;
    let cells = 0;
    const sheets = new Set<string>();
    const byCategory: CategoryCounts[] = [];
    const byTable: TableCounts[] = [];
    for (const { table, range } of ranges) {
      const [headers, ...rows] = range.values as unknown[][];
      const names = headers.map(String);
      if (!isPlanTable(names)) continue;
      tableCount++;
      sheets.add(table.worksheet.name);
      cells += rows.length * names.length;
      // "'慈溪市 2021-2025'!A6:AB80" → first cell A6
      const start = /!?\$?([A-Z]+)\$?(\d+)/.exec(range.address.split("!").pop() ?? "A1")!;
      const snapshot: TableSnapshot = {
        sheet: table.worksheet.name,
        table: table.name,
        headerRow: Number(start[2]) - 1,
        firstColumn: columnIndex(start[1]),
        headers: names,
        rows,
      };
      misses.push(...checkTable(snapshot));
      const statuses = tableRowStatuses(names, rows);
      countCategories(statuses, byCategory);
      byTable.push({ table: table.name, byCategory: countCategories(statuses) });
    }
    return { misses: sortMisses(misses), tables: tableCount, cells, byCategory, byTable, sheets: [...sheets] };
  });
}

/** Selects a cell the check listed, activating its sheet. One sync. */
export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}
