// The cross-plan view against the in-memory Excel: latest values read from a filled template in two
// syncs, the view written as a new sheet in two, identical to the file the ExcelJS writer makes.
import ExcelJS from "exceljs";
import { catalog } from "../../src/catalog";
import { BUNDLED_CONCEPTS } from "../../src/catalog/concepts";
import { alignConcepts } from "../../src/core/align";
import { resolveConcepts } from "../../src/core/concepts";
import { crossPlanRows, crossPlanSheet } from "../../src/core/crossplan";
import { HEADERS } from "../../src/core/headers";
import { readLatestValues, writeNewSheet } from "../../src/excel/crossplan";
import { insertTemplate } from "../../src/excel/insert";
import { workbookToXlsx } from "../../src/export/xlsx";
import { createFakeExcel } from "../fakes/excel";
import { cellOf, layoutOf, read, type } from "./helpers";

const everything = () => true;

// Inserting a template and recalculating it in the in-memory Excel takes seconds on a busy machine.
jest.setTimeout(60000);

/** What the file holds in one cell: its value and number format. */
function fileCell(cell: ExcelJS.Cell): { value: unknown; format: string } {
  return { value: cell.value ?? null, format: cell.numFmt ?? "General" };
}
const plans = catalog().listPlans();
const cixi = plans.find((p) => p.id === "cixi-2021-2025")!;
const junior = resolveConcepts(BUNDLED_CONCEPTS, plans).find((c) => c.concept.id === "teacher-postgraduate-junior")!;

test("the latest value, year and status of a filled template, by indicator id, in two syncs", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(cixi, excel.run, everything);
  const layout = layoutOf(cixi);
  await type(excel, sheetName, cellOf(layout, "cixi-17", "2022年").address, 0.05);
  await type(excel, sheetName, cellOf(layout, "cixi-17", "2023年").address, 0.062);
  const before = excel.syncCount;
  const latest = await readLatestValues(excel.run);
  expect(excel.syncCount - before).toBe(2);
  const status = await read(excel, sheetName, cellOf(layout, "cixi-17", HEADERS.status).address);
  expect(latest.get("cixi-17")).toEqual({ value: 0.062, year: 2023, status, sheet: sheetName });
  expect(typeof status === "string" && status.length > 0).toBe(true);
  expect(latest.get("cixi-18")).toMatchObject({ value: null, year: null, status: "无数据" });
  expect(latest.has("beilun-45")).toBe(false);
  expect(latest.size).toBe(cixi.indicators.length);
});

test("the view is written as a new sheet in two syncs, leaving the others as they were", async () => {
  const excel = createFakeExcel({ sheets: ["Sheet1", "对比 初中专任教师研究生学历比例"] });
  await type(excel, "Sheet1", "A1", "clerk's note");
  const before = excel.syncCount;
  const findings = alignConcepts([junior]);
  let layout = null as ReturnType<typeof crossPlanSheet> | null;
  const written = await writeNewSheet(excel.run, (existing) => (layout = crossPlanSheet(junior, crossPlanRows(junior), "zh-CN", { existingSheets: existing, findings })), everything);
  expect(excel.syncCount - before).toBe(2);
  expect(written).toEqual({ sheetName: "对比 初中专任教师研究生学历比例 (2)", skipped: [] });
  expect(await read(excel, "Sheet1", "A1")).toBe("clerk's note");
  expect(excel.model.sheet("对比 初中专任教师研究生学历比例").cells.size).toBe(0);

  // The ExcelJS writer puts the same cells and formats into a file.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await workbookToXlsx({ sheets: [layout!] })) as never);
  const file = book.worksheets[0];
  const model = excel.model.sheet(written.sheetName);
  let compared = 0;
  for (const block of layout!.blocks) {
    block.values.forEach((cells, r) =>
      cells.forEach((value, c) => {
        const row = block.row + r;
        const column = block.column + c;
        const inMemory = model.cells.get(`${row},${column}`);
        const inFile = fileCell(file.getCell(row + 1, column + 1));
        expect([row, column, inMemory?.input ?? null]).toEqual([row, column, value]);
        expect([row, column, inFile.value]).toEqual([row, column, value]);
        expect(inFile.format).toBe(inMemory?.numberFormat ?? "General");
        compared++;
      })
    );
  }
  expect(compared).toBeGreaterThan(90);
  expect(model.page).toMatchObject({ orientation: "Landscape", paperSize: "A4", printArea: layout!.page!.printArea });
  expect(file.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
});

test("a layout that cannot be built leaves the workbook unchanged", async () => {
  const excel = createFakeExcel();
  await expect(
    writeNewSheet(excel.run, () => {
      throw new Error("no concept");
    })
  ).rejects.toThrow("no concept");
  expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
});
