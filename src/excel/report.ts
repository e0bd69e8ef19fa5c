// Writes the 中期评估 report (core/report.ts) of a plan sheet to a new sheet, and adds a 汇总 sheet to
// a plan sheet already in the workbook: three context.sync() calls each, whatever the plan's size.
import { TableSnapshot, isPlanTable } from "../core/check";
import { columnIndex } from "../core/layout";
import { Language } from "../core/messages";
import { ReportContext, buildNoteSheet, buildReport } from "../core/report";
import { buildSummary, geometryFromTable } from "../core/summary";
import { TITLE_COLUMN } from "../core/template";
import { ExcelRun, Supports, officeSupports } from "./run";
import { queueSheet } from "./write-layout";
import { removeSheet } from "./insert";

export interface PlanTableRead {
  snapshot: TableSnapshot;
  /** The plan sheet's title block: the plan's title and its region line. */
  title: string;
  region: string;
  existingSheets: string[];
}

/** Which plan table: the active sheet's, else the workbook's first. Two syncs. */
async function readPlanTable(context: Excel.RequestContext): Promise<PlanTableRead | null> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name, items/worksheet/name");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await context.sync();
  // Every table's range in one read (a header-only pass would cost another sync).
  const ranges = tables.items.map((table) => {
    const range = table.getRange();
    range.load("values, address");
    const titleBlock = table.worksheet.getRangeByIndexes(0, TITLE_COLUMN, 2, 1);
    titleBlock.load("values");
    return { table, range, titleBlock };
  });
  await context.sync();
  const plans = ranges.filter(({ range }) => isPlanTable(((range.values as unknown[][])[0] ?? []).map(String)));
  const chosen = plans.find(({ table }) => table.worksheet.name === active.name) ?? plans[0];
  if (!chosen) return null;
  const [headers, ...rows] = chosen.range.values as unknown[][];
  const start = /!?\$?([A-Z]+)\$?(\d+)/.exec(chosen.range.address.split("!").pop() ?? "A1")!;
  const [[title], [regionLine]] = chosen.titleBlock.values as unknown[][];
  return {
    snapshot: {
      sheet: chosen.table.worksheet.name,
      table: chosen.table.name,
      headerRow: Number(start[2]) - 1,
      firstColumn: columnIndex(start[1]),
      headers: headers.map(String),
      rows,
    },
    title: String(title ?? "") || chosen.table.worksheet.name,
    region: String(regionLine ?? "").split(" · ")[0],
    existingSheets: sheets.items.map((s) => s.name),
  };
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  return sheets.items.map((s) => s.name);
}

export class NoPlanTableError extends Error {
  constructor() {
    super("no plan table");
  }
}

export interface ReportOptions {
  /** 约束性 / 预期性 by indicator id, where the plan data has them (looked up by table name). */
  attributes?: (table: string) => Readonly<Record<string, string>> | undefined;
  date?: Date;
  supports?: Supports;
  /**
   * The ribbon's fallback reports on whatever it finds: with these, a workbook without a plan table
   * gets a report sheet saying so (instead of NoPlanTableError), and a report listing no miss says
   * the check found nothing.
   */
  notes?: { noTables: string; allWell: string };
}

/** Runs a write that adds one sheet; if the batch fails, the sheet is removed again (nothing half-written). */
async function addingSheet<T>(
  run: ExcelRun,
  write: (context: Excel.RequestContext, added: (name: string) => void) => Promise<T>
): Promise<T> {
  let created: string | null = null;
  try {
    return await run((context) => write(context, (name) => (created = name)));
  } catch (error) {
    if (created !== null) await removeSheet(created, run).catch(() => undefined);
    throw error;
  }
}

/** Writes the report of the active (or first) plan sheet to a new sheet; returns its name. */
export async function writeMidtermReport(
  run: ExcelRun,
  language: Language,
  options: ReportOptions = {}
): Promise<string> {
  return addingSheet(run, async (context, added) => {
    const read = await readPlanTable(context);
    const date = options.date ?? new Date();
    if (!read && !options.notes) throw new NoPlanTableError();
    const layout = read
      ? buildReport(
          read.snapshot,
          {
            planTitle: read.title,
            region: read.region,
            attributes: options.attributes?.(read.snapshot.table),
            cleanNote: options.notes?.allWell,
          },
          language,
          date,
          read.existingSheets
        )
      : buildNoteSheet(options.notes!.noTables, language, date, await sheetNames(context));
    const sheet = context.workbook.worksheets.add(layout.name);
    added(layout.name);
    queueSheet(sheet, layout, options.supports ?? officeSupports);
    sheet.activate();
    await context.sync();
    return layout.name;
  });
}

/** The report's layout without writing it (for a download): two syncs, nothing changes. */
export async function midtermReportLayout(run: ExcelRun, language: Language, options: ReportOptions = {}) {
  return run(async (context) => {
    const read = await readPlanTable(context);
    if (!read) throw new NoPlanTableError();
    const context_: ReportContext = {
      planTitle: read.title,
      region: read.region,
      attributes: options.attributes?.(read.snapshot.table),
    };
    return buildReport(read.snapshot, context_, language, options.date ?? new Date());
  });
}

/** Adds the 汇总 sheet of the active (or first) plan sheet; returns its name. */
export async function addSummary(
  run: ExcelRun,
  supports: Supports = officeSupports
): Promise<{ sheetName: string; skipped: string[] }> {
  return addingSheet(run, async (context, added) => {
    const read = await readPlanTable(context);
    if (!read) throw new NoPlanTableError();
    const { snapshot } = read;
    const geometry = {
      ...geometryFromTable(snapshot.sheet, snapshot.headerRow, snapshot.firstColumn, snapshot.headers, snapshot.rows),
      title: read.title,
    };
    const summary = buildSummary(geometry, { existingSheets: read.existingSheets });
    const sheet = context.workbook.worksheets.add(summary.sheet.name);
    added(summary.sheet.name);
    const skipped = queueSheet(sheet, summary.sheet, supports);
    sheet.activate();
    await context.sync();
    return { sheetName: summary.sheet.name, skipped };
  });
}
