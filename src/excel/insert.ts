// Inserts a plan's template (core/template.ts) as a new worksheet in two context.sync() calls.
import { SheetLayout } from "../core/layout";
import { Plan } from "../core/plan";
import { buildSummary, geometryOf } from "../core/summary";
import { FormulaDialect, buildTemplate, templateSheet } from "../core/template";
import { ExcelRun, Supports, officeSupports } from "./run";
import { queueSheet } from "./write-layout";

export interface InsertResult {
  sheetName: string;
  tableName: string;
  indicatorCount: number;
  /** The 汇总 sheet written with it, when asked for. */
  summarySheetName?: string;
  /** Features left out because this Excel lacks their requirement set. */
  skipped: string[];
}

/**
 * Inserts the plan's template as a new worksheet with a unique name; nothing existing is touched.
 * Sync 1 reads the names already taken, sync 2 writes everything. If writing fails, the new
 * sheet is removed again, so nothing is left half-written.
 */
export async function insertTemplate(
  plan: Plan,
  run: ExcelRun,
  supports: Supports = officeSupports,
  dialect: FormulaDialect = "native",
  options: { summary?: boolean } = {}
): Promise<InsertResult> {
  const created: string[] = [];
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const tables = context.workbook.tables;
      sheets.load("items/name");
      tables.load("items/name");
      await context.sync();
      const layout = buildTemplate(plan, {
        existingSheets: sheets.items.map((s) => s.name),
        existingTables: tables.items.map((t) => t.name),
        dialect,
      });
      const sheet = sheets.add(layout.sheetName);
      created.push(layout.sheetName);
      const skipped = queueSheet(sheet, templateSheet(layout), supports);
      let summarySheetName: string | undefined;
      if (options.summary) {
        // In the same batch: the 汇总's formulas count the plan sheet just queued.
        const summary = buildSummary(geometryOf(layout), { existingSheets: [...sheets.items.map((s) => s.name), layout.sheetName] });
        summarySheetName = summary.sheet.name;
        created.push(summarySheetName);
        for (const feature of queueSheet(sheets.add(summarySheetName), summary.sheet, supports)) if (!skipped.includes(feature)) skipped.push(feature);
      }
      sheet.activate();
      await context.sync();
      return {
        sheetName: layout.sheetName,
        tableName: layout.tableName,
        indicatorCount: layout.values.length,
        ...(summarySheetName ? { summarySheetName } : {}),
        skipped,
      };
    });
  } catch (error) {
    if (created.length > 0) await removeSheets(created, run).catch(() => undefined);
    throw error;
  }
}

export async function removeSheet(name: string, run: ExcelRun): Promise<void> {
  await removeSheets([name], run);
}

/** Deletes the named sheets that exist, in two syncs however many there are. */
export async function removeSheets(names: readonly string[], run: ExcelRun): Promise<void> {
  await run(async (context) => {
    const found = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    found.forEach((sheet) => {
      if (!sheet.isNullObject) sheet.delete();
    });
    await context.sync();
  });
}

export interface WrittenSheet {
  sheetName: string;
  skipped: string[];
}

/**
 * Writes a layout built once the workbook's sheet and table names are known, as a new sheet, activated
 * (and `select` selected); nothing existing is touched, and a sheet left half-written by a failure is
 * removed again. Two syncs.
 */
export async function writeNewSheet(
  run: ExcelRun,
  build: (existingSheets: string[], existingTables: string[]) => SheetLayout,
  supports: Supports = officeSupports,
  options: { select?: string } = {}
): Promise<WrittenSheet> {
  let created: string | null = null;
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const tables = context.workbook.tables;
      sheets.load("items/name");
      tables.load("items/name");
      await context.sync();
      const layout = build(
        sheets.items.map((s) => s.name),
        tables.items.map((t) => t.name)
      );
      const sheet = sheets.add(layout.name);
      created = layout.name;
      const skipped = queueSheet(sheet, layout, supports);
      sheet.activate();
      if (options.select) sheet.getRange(options.select).select();
      await context.sync();
      return { sheetName: layout.name, skipped };
    });
  } catch (error) {
    // Leave the workbook as it was: the half-written sheet goes.
    if (created !== null) await removeSheet(created, run).catch(() => undefined);
    throw error;
  }
}
