// Writes a plan's template (core/template.ts) to a new worksheet in two context.sync() calls.
import { Plan } from "../core/plan";
import { ConditionalFlag, TemplateLayout, a1, buildTemplate, tableAddress } from "../core/template";
import { ExcelRun, Supports, officeSupports } from "./run";

export interface InsertResult {
  sheetName: string;
  tableName: string;
  indicatorCount: number;
  /** Features left out because this Excel lacks their requirement set. */
  skipped: string[];
}

/** Points per character of column width; CJK text needs about twice a Latin character. */
const POINTS_PER_CHARACTER = 7.5;

function queueFlag(sheet: Excel.Worksheet, flag: ConditionalFlag): void {
  const format = sheet.getRange(flag.address).conditionalFormats.add("Custom");
  format.custom.rule.formula = flag.formula;
  if (flag.format.fill) format.custom.format.fill.color = flag.format.fill;
  if (flag.format.font) format.custom.format.font.color = flag.format.font;
  if (flag.format.border) {
    const borders = format.custom.format.borders;
    for (const edge of [borders.top, borders.bottom, borders.left, borders.right]) {
      edge.style = "Continuous";
      edge.color = flag.format.border;
    }
  }
}

/** Queues every write of a layout on a fresh sheet; never syncs. */
export function queueLayout(sheet: Excel.Worksheet, layout: TemplateLayout, supports: Supports): string[] {
  const skipped: string[] = [];
  const { headerRow, columns, values } = layout;
  const lastColumn = columns.length - 1;
  const lastRow = headerRow + values.length;

  const title = sheet.getRange(a1(0, 0, layout.title.length - 1, 0));
  title.values = layout.title.map((line) => [line]);
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A1").format.font.size = 14;

  // Plain values first, then the table over them, then the calculated columns' formulas, which
  // use structured references and so need the table to exist.
  const whole = sheet.getRange(tableAddress(layout));
  whole.values = [columns.map((c) => c.header), ...values];
  const table = sheet.tables.add(tableAddress(layout), true);
  table.name = layout.tableName;
  table.style = "TableStyleLight9";
  if (values.length > 0) {
    sheet.getRange(a1(headerRow + 1, 0, lastRow, lastColumn)).numberFormat = layout.numberFormats;
    columns.forEach((column, index) => {
      const formula = layout.formulas[column.key];
      if (formula) sheet.getRange(a1(headerRow + 1, index, lastRow, index)).formulas = values.map(() => [formula]);
    });
  }
  columns.forEach((column, index) => {
    sheet.getRange(a1(headerRow, index, lastRow, index)).format.columnWidth = column.width * POINTS_PER_CHARACTER;
  });
  sheet.getRange(a1(headerRow, 0, headerRow, lastColumn)).format.wrapText = true;

  if (supports("ExcelApi", "1.6")) layout.flags.forEach((flag) => queueFlag(sheet, flag));
  else skipped.push("conditionalFormats");

  if (supports("ExcelApi", "1.8")) {
    for (const validation of layout.validations) {
      const range = sheet.getRange(validation.address);
      range.dataValidation.rule = {
        decimal: {
          operator: validation.rule.operator,
          formula1: validation.rule.formula1,
          ...(validation.rule.formula2 === undefined ? {} : { formula2: validation.rule.formula2 }),
        },
      };
      range.dataValidation.prompt = { showPrompt: true, ...validation.prompt };
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", ...validation.error };
    }
  } else skipped.push("dataValidation");

  if (supports("ExcelApi", "1.7")) {
    sheet.freezePanes.freezeAt(a1(0, 0, layout.freeze.rows - 1, layout.freeze.columns - 1));
  } else skipped.push("freezePanes");
  return skipped;
}

/**
 * Inserts the plan's template as a new worksheet with a unique name; nothing existing is touched.
 * Sync 1 reads the names already taken, sync 2 writes everything. If writing fails, the new
 * sheet is removed again, so nothing is left half-written.
 */
export async function insertTemplate(plan: Plan, run: ExcelRun, supports: Supports = officeSupports): Promise<InsertResult> {
  let created: string | null = null;
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
      });
      const sheet = sheets.add(layout.sheetName);
      created = layout.sheetName;
      const skipped = queueLayout(sheet, layout, supports);
      sheet.activate();
      await context.sync();
      return {
        sheetName: layout.sheetName,
        tableName: layout.tableName,
        indicatorCount: layout.values.length,
        skipped,
      };
    });
  } catch (error) {
    if (created !== null) await removeSheet(created, run).catch(() => undefined);
    throw error;
  }
}

async function removeSheet(name: string, run: ExcelRun): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (!sheet.isNullObject) {
      sheet.delete();
      await context.sync();
    }
  });
}
