// Reads an .xlsx file's sheets as cells (values from A1, number formats, tables) with ExcelJS, for
// core/plan-from-sheet.ts: the command line's plan:from-sheet and the pane's "read a template file".
import ExcelJS from "exceljs";
import { SheetCells } from "../core/plan-from-sheet";

/** A cell as a reader of values sees it: a formula's cached result, rich text as its text. */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in value) return (value as ExcelJS.CellHyperlinkValue).text;
  if ("error" in value) return (value as ExcelJS.CellErrorValue).error;
  return null;
}

export function worksheetCells(sheet: ExcelJS.Worksheet): SheetCells {
  const values: unknown[][] = [];
  const formats: (string | null)[][] = [];
  const width = sheet.actualColumnCount > 0 ? sheet.columnCount : 0;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: unknown[] = [];
    const rowFormats: (string | null)[] = [];
    for (let c = 1; c <= width; c++) {
      // findCell, not getCell: reading must not create cells (and it is no Office.js proxy).
      const found = row.findCell(c);
      cells.push(found ? plainValue(found.value) : null);
      rowFormats.push(found?.numFmt ?? null);
    }
    values.push(cells);
    formats.push(rowFormats);
  }
  const tables = (sheet.getTables() as unknown as { table: { name: string; tableRef?: string; ref: string } }[]).map(({ table }) => ({
    name: table.name,
    address: table.tableRef ?? table.ref,
  }));
  return { sheet: sheet.name, values, formats, tables };
}

/** Every worksheet of a file, in order. */
export async function xlsxCells(bytes: Uint8Array | ArrayBuffer): Promise<SheetCells[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return workbook.worksheets.map(worksheetCells);
}
