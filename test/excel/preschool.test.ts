// The 学前教育普及普惠 sheet inserted through Office.js (the in-memory Excel) and written by ExcelJS: the
// same cells, the statuses recalculated as the core says, next to the clerk's sheets, which stay as they are.
import ExcelJS from "exceljs";
import { PRESCHOOL_ITEMS, buildPreschoolSheet } from "../../src/core/preschool";
import { writeNewSheet } from "../../src/excel/crossplan";
import { preschoolFile } from "../../src/export/preschool-file";
import { createFakeExcel } from "../fakes/excel";
import { read, type } from "./helpers";

jest.setTimeout(60000);

test("inserted as a new sheet; typed values give the statuses the core gives", async () => {
  const excel = createFakeExcel({ sheets: ["学前教育普及普惠"] });
  await type(excel, "学前教育普及普惠", "A1", "clerk's own");
  const { sheetName } = await writeNewSheet(
    excel.run,
    (existingSheets) => buildPreschoolSheet({ existingSheets }),
    () => true
  );
  expect(sheetName).toBe("学前教育普及普惠 (2)");
  expect(await read(excel, "学前教育普及普惠", "A1")).toBe("clerk's own");
  const rate = PRESCHOOL_ITEMS.findIndex((i) => i.text === "学前三年毛入园率");
  expect(await read(excel, sheetName, `H${4 + rate}`)).toBe("待填报");
  await type(excel, sheetName, `G${4 + rate}`, 0.84);
  expect(await read(excel, sheetName, `H${4 + rate}`)).toBe("未达标");
  await type(excel, sheetName, `E${4 + rate}`, 0.8);
  expect(await read(excel, sheetName, `H${4 + rate}`)).toBe("达标");
});

test("the file holds the sheet with its formulas and cached statuses", async () => {
  const file = await preschoolFile();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.bytes) as never);
  const sheet = book.getWorksheet("学前教育普及普惠")!;
  const status = sheet.getRow(4).getCell(8).value as ExcelJS.CellFormulaValue;
  expect(status.formula).toMatch(/^IF\(G4="","待填报"/);
  expect(status.result).toBe("待填报");
  expect(sheet.getRow(4).getCell(5).value).toBe(0.85);
});
