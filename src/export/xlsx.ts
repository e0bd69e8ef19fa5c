// Writes a workbook layout (core/layout.ts) to a plain .xlsx with ExcelJS: values, native formulas
// with the results the core computed, tables, formats, flags each with its own priority, validation
// with its line breaks, and a workbook that recalculates fully when opened. Knows nothing of plans.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { LayoutResult, SheetLayout, WorkbookLayout, a1, parseA1, storedFormula } from "../core/layout";
import { buildSummary, geometryOf } from "../core/summary";
import { TemplateLayout, templateSheet } from "../core/template";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

type FileValue = ExcelJS.CellValue;

function tableAt(layout: SheetLayout, row: number, column: number): string | null {
  for (const table of layout.tables) {
    const r = parseA1(table.address);
    if (row >= r.row && row <= r.endRow && column >= r.column && column <= r.endColumn) return table.name;
  }
  return null;
}

function fileResult(result: LayoutResult | undefined): FileValue | undefined {
  if (result === undefined || result === null) return undefined;
  if (typeof result === "object") return { error: result.error } as ExcelJS.CellErrorValue;
  return result;
}

function writeSheet(workbook: ExcelJS.Workbook, layout: SheetLayout): void {
  const sheet = workbook.addWorksheet(layout.name, {
    views: layout.freeze ? [{ state: "frozen", xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }] : undefined,
  });
  const cellValues = new Map<string, FileValue>();
  for (const block of layout.blocks) {
    block.values.forEach((cells, r) =>
      cells.forEach((value, c) => {
        const row = block.row + r;
        const column = block.column + c;
        const cell = sheet.getCell(row + 1, column + 1);
        const formula = block.formulas?.[r]?.[c];
        let content: FileValue = value;
        if (formula) {
          const table = tableAt(layout, row, column);
          const text = formula.replace(/^=/, "");
          const stored = table ? storedFormula(text, table) : text;
          const result = fileResult(block.results?.[r]?.[c]);
          content = (result === undefined ? { formula: stored } : { formula: stored, result }) as FileValue;
        }
        if (content !== null) cell.value = content;
        cellValues.set(`${row},${column}`, content);
        const format = block.numberFormats?.[r]?.[c];
        if (format && format !== "General") cell.numFmt = format;
        if (block.font) cell.font = { ...block.font };
        if (block.wrap) cell.alignment = { wrapText: true, vertical: "top" };
        if (block.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(block.fill) } };
      })
    );
  }
  for (const table of layout.tables) {
    const r = parseA1(table.address);
    const width = r.endColumn - r.column + 1;
    const at = (row: number, column: number) => cellValues.get(`${row},${column}`) ?? null;
    const headers = Array.from({ length: width }, (_, c) => String(at(r.row, r.column + c) ?? `Column${c + 1}`));
    const rows = Array.from({ length: r.endRow - r.row }, (_, i) => headers.map((_h, c) => at(r.row + 1 + i, r.column + c)));
    // ExcelJS writes the rows itself; they are the cells written above, so nothing changes.
    sheet.addTable({
      name: table.name,
      ref: a1(r.row, r.column),
      headerRow: true,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: rows.length > 0 ? rows : [headers.map(() => null)],
    });
  }
  for (const column of layout.columns) {
    const target = sheet.getColumn(column.index + 1);
    target.width = column.width;
    if (column.hidden) {
      target.outlineLevel = 1;
      target.hidden = true;
    }
  }
  layout.flags.forEach((flag, priority) => {
    const style: Partial<ExcelJS.Style> = {};
    if (flag.format.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(flag.format.fill) } };
    if (flag.format.font) style.font = { color: { argb: argb(flag.format.font) } };
    if (flag.format.border) {
      const edge = { style: "thin" as const, color: { argb: argb(flag.format.border) } };
      style.border = { top: edge, bottom: edge, left: edge, right: edge };
    }
    sheet.addConditionalFormatting({
      ref: flag.address,
      rules: [{ type: "expression", priority: priority + 1, formulae: [flag.formula.replace(/^=/, "")], style }],
    });
  });
  // Data bars after the flags, each its own priority. Charts are skipped: ExcelJS writes none.
  (layout.dataBars ?? []).forEach((bar, n) => {
    sheet.addConditionalFormatting({
      ref: bar.address,
      rules: [
        {
          type: "dataBar",
          priority: layout.flags.length + n + 1,
          cfvo: [
            { type: "num", value: bar.min },
            { type: "num", value: bar.max },
          ],
          color: { argb: argb(bar.color) },
          gradient: false,
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  });
  if (layout.page) {
    const page = layout.page;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9, // A4
      orientation: page.orientation,
      fitToPage: true,
      fitToWidth: page.fitToWidth,
      fitToHeight: page.fitToHeight ?? 0, // 0: as many pages tall as it takes
      horizontalCentered: true,
      // ExcelJS puts "$" before each end's column only; the row's own "$" makes the name absolute.
      printArea: page.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
      printTitlesRow: page.titleRows,
      margins: page.margins,
    };
    sheet.headerFooter = { oddHeader: `&C${page.header}`, oddFooter: `&C${page.footer}` };
  }
  for (const validation of layout.validations) {
    const { rule } = validation;
    (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(validation.address, {
      type: "decimal",
      operator: rule.operator === "Between" ? "between" : "greaterThanOrEqual",
      allowBlank: true,
      formulae: rule.formula2 === undefined ? [rule.formula1] : [rule.formula1, rule.formula2],
      showInputMessage: true,
      promptTitle: validation.prompt.title,
      prompt: validation.prompt.message,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: validation.error.title,
      error: validation.error.message,
    });
  }
  for (const list of layout.lists ?? []) {
    (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(list.address, {
      type: "list",
      allowBlank: true,
      formulae: [`"${list.items.join(",")}"`],
      showInputMessage: true,
      promptTitle: list.prompt.title,
      prompt: list.prompt.message,
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: list.error.title,
      error: list.error.message,
    });
  }
}

/**
 * ExcelJS writes a validation message's line break raw inside an XML attribute, where every reader
 * turns it into a space; the character reference keeps it.
 */
async function keepLineBreaks(buffer: ArrayBuffer): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  for (const name of sheets) {
    const xml = await zip.file(name)!.async("string");
    zip.file(
      name,
      xml.replace(/<dataValidation\b[^>]*>/g, (tag) => tag.replace(/\r?\n/g, "&#10;"))
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function workbookToXlsx(layout: WorkbookLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduPlan";
  // Cached results are the core's; Excel and WPS recompute on opening (Protected View excepted).
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of layout.sheets) writeSheet(workbook, sheet);
  return keepLineBreaks((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A plan's template as a file: the same sheet the add-in inserts, and its 汇总 when asked for. */
export function layoutToXlsx(layout: TemplateLayout, options: { summary?: boolean } = {}): Promise<Uint8Array> {
  const sheets = [templateSheet(layout)];
  if (options.summary) sheets.push(buildSummary(geometryOf(layout), { existingSheets: [layout.sheetName] }).sheet);
  return workbookToXlsx({ sheets });
}
