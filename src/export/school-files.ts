// School data files (.xlsx, .csv, or a saved paste) as blocks of cells for core/school-import.ts: every
// sheet of a workbook that has a 学校名称 or 学校标识码 header is one block, in the workbook's order.
import { ImportCell, SchoolImportError, fieldOf, textCells } from "../core/school-import";
import { xlsxCells } from "./read-xlsx";

export interface SchoolFileBlock {
  /** File name, and the sheet's name for a workbook. */
  source: string;
  cells: ImportCell[][];
}

const hasSchoolHeader = (values: unknown[][]) =>
  values.some((row) => row.some((cell) => typeof cell === "string" && ["name", "code"].includes(fieldOf(cell) ?? "")));

const asCell = (value: unknown): ImportCell =>
  value === null ||
  value === undefined ||
  typeof value === "string" ||
  typeof value === "number" ||
  typeof value === "boolean"
    ? value
    : String(value);

/** The blocks of one file; text files are decoded as UTF-8 (a byte-order mark is dropped). */
export async function schoolFileBlocks(name: string, bytes: Uint8Array): Promise<SchoolFileBlock[]> {
  if (/\.xlsx$/i.test(name)) {
    const sheets = (await xlsxCells(bytes)).filter((sheet) => hasSchoolHeader(sheet.values));
    if (sheets.length === 0)
      throw new SchoolImportError(
        `“${name}”中没有含“学校名称”或“学校标识码”列的工作表`,
        `"${name}" has no sheet with a 学校名称 or 学校标识码 column`
      );
    return sheets.map((sheet) => ({
      source: `${name} / ${sheet.sheet}`,
      cells: sheet.values.map((row) => row.map(asCell)),
    }));
  }
  if (/\.xls$/i.test(name))
    throw new SchoolImportError(
      `“${name}”是旧版 .xls 文件，请另存为 .xlsx 或 .csv 后再读取`,
      `"${name}" is an old .xls file; save it as .xlsx or .csv first`
    );
  return [{ source: name, cells: textCells(new TextDecoder("utf-8").decode(bytes)) }];
}
