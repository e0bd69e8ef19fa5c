// The same layout written to a real .xlsx with ExcelJS and read back: table, formulas, formats,
// conditional formats and validation survive.
import ExcelJS from "exceljs";
import { catalog } from "../../src/catalog";
import { HEADERS, buildTemplate } from "../../src/core/template";
import { fileFormula, layoutToXlsx } from "../../src/export/xlsx";

test("structured references are spelled in full, as files store them", () => {
  expect(fileFormula('=IF([@[最新值]]="","",EDU.GAP([@[目标值]],[@[最新值]]))', "T")).toBe(
    'IF(T[[#This Row],[最新值]]="","",EDU.GAP(T[[#This Row],[目标值]],T[[#This Row],[最新值]]))'
  );
  expect(fileFormula('=IF([@[2021年]:[2025年]]="",1,2)', "T")).toBe('IF(T[[#This Row],[2021年]:[2025年]]="",1,2)');
});

test("慈溪市's template as .xlsx keeps its table, formulas, formats, flags and validation", async () => {
  const plan = catalog().getPlan("慈溪市")[0];
  const layout = buildTemplate(plan);
  const buffer = await layoutToXlsx(layout);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer);
  const sheet = book.getWorksheet(layout.sheetName)!;
  expect(sheet).toBeDefined();
  expect(sheet.getCell("A1").value).toBe(plan.title);
  const table = sheet.getTable(layout.tableName) as unknown as { table: { ref: string; tableRef?: string; columns: { name: string }[] } };
  expect(table).toBeDefined();
  expect(table.table.columns.map((c) => c.name)).toEqual(layout.columns.map((c) => c.header));
  const col = (header: string) => layout.columns.findIndex((c) => c.header === header) + 1;
  const firstRow = layout.headerRow + 2;
  expect(sheet.getCell(firstRow, col(HEADERS.target)).value).toBe(0.9);
  expect(sheet.getCell(firstRow, col(HEADERS.target)).numFmt).toBe("0.0%");
  const gap = sheet.getCell(firstRow, col(HEADERS.gap)).value as { formula: string };
  expect(gap.formula).toContain(`EDU.GAP(IF(${layout.tableName}[[#This Row],[规则代码]]="between"`);
  const cf = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
  expect(cf.length).toBe(layout.flags.length);
  expect(cf.map((c) => c.rules[0].formulae[0])).toEqual(layout.flags.map((f) => f.formula.slice(1)));
  const validation = sheet.getCell(firstRow, col("2023年")).dataValidation;
  expect(validation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
  expect(String(validation.prompt)).toContain("目标：不低于 90%（2025年）");
});
