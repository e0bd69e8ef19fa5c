// Writes a template layout to a plain .xlsx with ExcelJS, for bureaus on older Excel or WPS that
// cannot run the add-in: the table, figures, formats, validation and the native flags all survive
// (the EDU columns need the add-in to compute). Not part of the add-in bundle.
import ExcelJS from "exceljs";
import { TemplateLayout, a1, columnLetter } from "../core/template";

/** Excel files spell structured references in full: [@[列]] → Table[[#This Row],[列]]. */
export function fileFormula(formula: string, table: string): string {
  return formula.replace(/^=/, "").replace(/\[@\[([^\]]+)\](:\[([^\]]+)\])?\]/g, (_m, first: string, _span, last?: string) =>
    last ? `${table}[[#This Row],[${first}]:[${last}]]` : `${table}[[#This Row],[${first}]]`
  );
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export async function layoutToXlsx(layout: TemplateLayout): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduPlan";
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: "frozen", xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }],
  });
  layout.title.forEach((line, i) => (sheet.getCell(i + 1, 1).value = line));
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  const formulaColumns = layout.columns.map((c) => layout.formulas[c.key]);
  sheet.addTable({
    name: layout.tableName,
    ref: a1(layout.headerRow, 0),
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: layout.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: layout.values.map((row) =>
      row.map((value, i) => (formulaColumns[i] ? { formula: fileFormula(formulaColumns[i]!, layout.tableName) } : value === "" ? null : value))
    ),
  });
  layout.numberFormats.forEach((formats, r) =>
    formats.forEach((format, c) => {
      if (format !== "General") sheet.getCell(layout.headerRow + 2 + r, c + 1).numFmt = format;
    })
  );
  layout.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  for (const flag of layout.flags) {
    const style: Partial<ExcelJS.Style> = {};
    if (flag.format.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(flag.format.fill) } };
    if (flag.format.font) style.font = { color: { argb: argb(flag.format.font) } };
    if (flag.format.border) {
      const edge = { style: "thin" as const, color: { argb: argb(flag.format.border) } };
      style.border = { top: edge, bottom: edge, left: edge, right: edge };
    }
    sheet.addConditionalFormatting({
      ref: flag.address,
      rules: [{ type: "expression", priority: 1, formulae: [flag.formula.replace(/^=/, "")], style }],
    });
  }
  for (const validation of layout.validations) {
    const [start, end] = validation.address.split(":");
    const from = /^([A-Z]+)(\d+)$/.exec(start)!;
    const to = /^([A-Z]+)(\d+)$/.exec(end ?? start)!;
    const operator = validation.rule.operator === "Between" ? "between" : "greaterThanOrEqual";
    const formulae = validation.rule.formula2 === undefined ? [validation.rule.formula1] : [validation.rule.formula1, validation.rule.formula2];
    for (let c = columnIndex(from[1]); c <= columnIndex(to[1]); c++) {
      sheet.getCell(`${columnLetter(c)}${from[2]}`).dataValidation = {
        type: "decimal",
        operator,
        allowBlank: true,
        formulae,
        showInputMessage: true,
        promptTitle: validation.prompt.title,
        prompt: validation.prompt.message,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: validation.error.title,
        error: validation.error.message,
      };
    }
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
