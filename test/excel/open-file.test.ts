// Inside Excel, 下载 Excel 文件 opens the template as a new workbook through Excel.createWorkbook
// (ExcelApi 1.8) with the file as base64; the file is the same one a browser downloads.
import ExcelJS from "exceljs";
import { catalog } from "../../src/catalog";
import { base64Of } from "../../src/excel/open-file";
import { createActions } from "../../src/taskpane/actions";
import { createFakeExcel } from "../fakes/excel";

test("base64 of any bytes is what Node's encoder gives", () => {
  const bytes = Uint8Array.from({ length: 70000 }, (_, i) => (i * 7919) % 256);
  expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
});

test("inside Excel the plan's template opens as a new workbook holding the plan's table", async () => {
  const opened: string[] = [];
  (globalThis as unknown as { Excel: unknown }).Excel = { createWorkbook: async (base64: string) => void opened.push(base64) };
  try {
    const excel = createFakeExcel();
    const actions = createActions(excel.run, () => true, true);
    const plan = catalog().getPlan("余姚市")[0];
    const result = await actions.downloadPlan(plan);
    expect(result).toEqual({ name: "余姚市 2023-2027.xlsx", opened: true });
    expect(opened).toHaveLength(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(opened[0], "base64") as never);
    const sheet = book.getWorksheet("余姚市 2023-2027")!;
    expect(sheet.getTable("EduPlan_yuyao_2023_2027")).toBeDefined();
    // the clerk's workbook is not touched: still its one empty sheet, no sync made
    expect(excel.model.sheets.map((s) => [s.name, s.cells.size])).toEqual([["Sheet1", 0]]);
    expect(excel.syncCount).toBe(0);
  } finally {
    delete (globalThis as unknown as { Excel?: unknown }).Excel;
  }
});
