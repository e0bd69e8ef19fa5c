// Queues a sheet layout (core/layout.ts) on a worksheet through Office.js: values, tables, formulas,
// formats, helper columns, flags with their priorities, validation, freeze panes. Never syncs, so a
// whole sheet costs one context.sync() whatever its size. Knows nothing of plans.
import { Block, ChartLayout, ConditionalFlag, DataBar, ListValidation, PageSetup, SheetLayout, Validation, a1 } from "../core/layout";
import { Supports } from "./run";
import { literalText, literalValues } from "./text";

/** Points per character of column width; CJK text needs about twice a Latin character. */
export const POINTS_PER_CHARACTER = 7.5;

const blockRange = (sheet: Excel.Worksheet, block: Block, r = 0, c = 0, rows = block.values.length, columns = block.values[0]?.length ?? 0) =>
  sheet.getRangeByIndexes(block.row + r, block.column + c, rows, columns);

function queueFlag(sheet: Excel.Worksheet, flag: ConditionalFlag, priority: number): void {
  const format = sheet.getRange(flag.address).conditionalFormats.add("Custom");
  format.custom.rule.formula = flag.formula;
  if (flag.format.fill) format.custom.format.fill.color = flag.format.fill;
  if (flag.format.font) format.custom.format.font.color = flag.format.font;
  if (flag.format.border) {
    const borders = format.custom.format.borders;
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
      const border = borders.getItem(edge);
      border.style = "Continuous";
      border.color = flag.format.border;
    }
  }
  format.priority = priority;
}

function queueValidation(sheet: Excel.Worksheet, validation: Validation): void {
  const range = sheet.getRange(validation.address);
  const { rule } = validation;
  range.dataValidation.rule = {
    decimal: { operator: rule.operator, formula1: rule.formula1, ...(rule.formula2 === undefined ? {} : { formula2: rule.formula2 }) },
  };
  range.dataValidation.prompt = { showPrompt: true, ...validation.prompt };
  range.dataValidation.errorAlert = { showAlert: true, style: "Stop", ...validation.error };
}

function queueList(sheet: Excel.Worksheet, list: ListValidation): void {
  const range = sheet.getRange(list.address);
  range.dataValidation.rule = { list: { inCellDropDown: true, source: list.items.join(",") } };
  range.dataValidation.prompt = { showPrompt: true, ...list.prompt };
  range.dataValidation.errorAlert = { showAlert: true, style: "Warning", ...list.error };
}

function queuePage(sheet: Excel.Worksheet, page: PageSetup): void {
  const pageLayout = sheet.pageLayout;
  pageLayout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  pageLayout.paperSize = page.paper;
  // One page wide and as many tall as it takes: 0 pages tall is OOXML's "automatic" (fitToHeight="0").
  pageLayout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight ?? 0 };
  pageLayout.centerHorizontally = true;
  const points = (inches: number) => inches * 72;
  pageLayout.leftMargin = points(page.margins.left);
  pageLayout.rightMargin = points(page.margins.right);
  pageLayout.topMargin = points(page.margins.top);
  pageLayout.bottomMargin = points(page.margins.bottom);
  pageLayout.headerMargin = points(page.margins.header);
  pageLayout.footerMargin = points(page.margins.footer);
  pageLayout.setPrintArea(page.printArea);
  pageLayout.setPrintTitleRows(page.titleRows.replace(/(\d+)/g, "$$$1"));
  pageLayout.headersFooters.defaultForAllPages.centerHeader = page.header;
  pageLayout.headersFooters.defaultForAllPages.centerFooter = page.footer;
}

function queueDataBar(sheet: Excel.Worksheet, bar: DataBar): void {
  const format = sheet.getRange(bar.address).conditionalFormats.add("DataBar");
  format.dataBar.lowerBoundRule = { type: "Number", formula: String(bar.min) };
  format.dataBar.upperBoundRule = { type: "Number", formula: String(bar.max) };
  format.dataBar.positiveFormat.fillColor = bar.color;
  format.dataBar.positiveFormat.gradientFill = false;
}

function queueChart(sheet: Excel.Worksheet, layout: ChartLayout): void {
  const chart = sheet.charts.add(layout.type, sheet.getRange(layout.source), layout.seriesBy);
  chart.title.text = layout.title;
  chart.setPosition(layout.from, layout.to);
  // Colour the kept series by their index in the source, then drop the others from the last down,
  // so no index moves before it is used.
  const dropped = new Set(layout.dropSeries);
  let kept = 0;
  const total = layout.colors.length + layout.dropSeries.length;
  for (let i = 0; i < total; i++) {
    if (dropped.has(i)) continue;
    chart.series.getItemAt(i).format.fill.setSolidColor(layout.colors[kept++]);
  }
  for (const i of [...layout.dropSeries].sort((a, b) => b - a)) chart.series.getItemAt(i).delete();
}

/** Queues every write of a layout on a fresh sheet; returns the features this Excel lacks. */
export function queueSheet(sheet: Excel.Worksheet, layout: SheetLayout, supports: Supports): string[] {
  const skipped: string[] = [];
  // Values first, then the tables over them, then formulas, whose structured references need the
  // tables to exist.
  for (const block of layout.blocks) {
    if (block.values.length === 0) continue;
    const range = blockRange(sheet, block);
    // Plan texts (names, notes, references, units) may start with "=", "+" or "-": kept as text.
    range.values = literalValues(block.values) as (string | number | boolean)[][];
    if (block.numberFormats) range.numberFormat = block.numberFormats;
    if (block.font?.bold) range.format.font.bold = true;
    if (block.font?.size) range.format.font.size = block.font.size;
    if (block.wrap) range.format.wrapText = true;
    if (block.fill) range.format.fill.color = block.fill;
  }
  for (const table of layout.tables) {
    const added = sheet.tables.add(sheet.getRange(table.address), true);
    added.name = table.name;
    added.style = table.style;
  }
  for (const block of layout.blocks) {
    const formulas = block.formulas;
    if (!formulas) continue;
    // One write per column holding formulas: a table then takes it as a calculated column.
    const width = block.values[0]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      if (!formulas.some((row) => row[c])) continue;
      blockRange(sheet, block, 0, c, formulas.length, 1).formulas = formulas.map((row, r) => [row[c] ?? literalText(block.values[r][c] ?? "")]);
    }
  }
  for (const column of layout.columns) {
    const range = sheet.getRangeByIndexes(0, column.index, 1, 1).getEntireColumn();
    range.format.columnWidth = column.width * POINTS_PER_CHARACTER;
  }
  // Helper columns stand together at the end of a sheet: one group, hidden.
  const hidden = layout.columns.filter((c) => c.hidden).map((c) => c.index);
  if (hidden.length > 0) {
    const helpers = sheet.getRange(`${a1(0, Math.min(...hidden)).replace(/\d+$/, "")}:${a1(0, Math.max(...hidden)).replace(/\d+$/, "")}`);
    if (supports("ExcelApi", "1.10")) helpers.group("ByColumns");
    helpers.columnHidden = true;
  }

  if (supports("ExcelApi", "1.6")) layout.flags.forEach((flag, priority) => queueFlag(sheet, flag, priority));
  else if (layout.flags.length > 0) skipped.push("conditionalFormats");

  if (layout.dataBars?.length) {
    if (supports("ExcelApi", "1.6")) layout.dataBars.forEach((bar) => queueDataBar(sheet, bar));
    else skipped.push("dataBars");
  }

  if (layout.charts?.length) {
    // Series colours and removal need ExcelApi 1.7.
    if (supports("ExcelApi", "1.7")) layout.charts.forEach((chart) => queueChart(sheet, chart));
    else skipped.push("charts");
  }

  if (supports("ExcelApi", "1.8")) layout.validations.forEach((validation) => queueValidation(sheet, validation));
  else if (layout.validations.length > 0) skipped.push("dataValidation");
  const lists = layout.lists ?? [];
  if (supports("ExcelApi", "1.8")) lists.forEach((list) => queueList(sheet, list));
  else if (lists.length > 0 && layout.validations.length === 0) skipped.push("dataValidation");

  if (layout.page) {
    if (supports("ExcelApi", "1.9")) queuePage(sheet, layout.page);
    else skipped.push("pageLayout");
  }

  if (layout.freeze) {
    if (supports("ExcelApi", "1.7")) {
      // Freeze panes act on the active view, so the sheet is activated first.
      sheet.activate();
      sheet.freezePanes.freezeAt(sheet.getRange(a1(0, 0, layout.freeze.rows - 1, layout.freeze.columns - 1)));
    } else skipped.push("freezePanes");
  }
  return skipped;
}
