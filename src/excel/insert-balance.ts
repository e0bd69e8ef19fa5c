// Inserts the 义务教育优质均衡 assessment workbook (core/balance-workbook.ts) as new worksheets in two
// context.sync() calls whatever the number of schools: one read of the names taken, one write.
import { SchoolRow } from "../core/balance-schools";
import { buildBalanceWorkbook } from "../core/balance-workbook";
import { ExcelRun, Supports, officeSupports } from "./run";
import { removeSheets } from "./insert";
import { queueSheet } from "./write-layout";

export interface BalanceInsertResult {
  sheetNames: string[];
  schoolCount: number;
  skipped: string[];
}

/**
 * Adds every sheet first (their formulas refer to each other), then queues each one's content.
 * Existing sheets are never touched; if writing fails, the sheets added are removed again.
 */
export async function insertBalanceWorkbook(
  schools: readonly SchoolRow[],
  run: ExcelRun,
  supports: Supports = officeSupports
): Promise<BalanceInsertResult> {
  let created: string[] = [];
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const workbook = buildBalanceWorkbook(schools, { existingSheets: sheets.items.map((s) => s.name) });
      const added = workbook.layout.sheets.map((layout) => sheets.add(layout.name));
      created = workbook.layout.sheets.map((layout) => layout.name);
      const skipped = new Set<string>();
      workbook.layout.sheets.forEach((layout, i) =>
        queueSheet(added[i], layout, supports).forEach((feature) => skipped.add(feature))
      );
      added[0].activate();
      await context.sync();
      return { sheetNames: created, schoolCount: workbook.schoolCount, skipped: [...skipped] };
    });
  } catch (error) {
    if (created.length > 0) await removeSheets(created, run).catch(() => undefined);
    throw error;
  }
}

