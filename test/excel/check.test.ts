// The check over a workbook: misses with their cells, input errors, two syncs for 5,000 rows,
// selecting a listed cell, and the report sheet.
import { Plan } from "../../src/core/plan";
import { checkWorkbook, selectCell } from "../../src/excel/check";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";
import { samplePlan } from "../fixtures/plan";
import { planStatusCounts } from "../../src/core/category-counts";
import { cellOf, layoutOf, type } from "./helpers";

const everything = () => true;

test("the check lists each miss with its sheet, cell, indicator, year, value, target and gap", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(samplePlan, excel.run, everything);
  const layout = layoutOf(samplePlan);
  const at = (id: string, header: string) => cellOf(layout, id, header).address;
  await type(excel, sheetName, at("sample-01", "2025年"), 0.89); // not met in the target year
  await type(excel, sheetName, at("sample-02", "2022年"), 0.61); // worse than the baseline
  await type(excel, sheetName, at("sample-01", "2022年"), 86.4); // 8640 %: an input error
  await type(excel, sheetName, at("sample-06", "2022年"), "九成"); // not a number
  await type(excel, sheetName, at("sample-07", "2021年"), 12); // on track (needs 0.95 × 0.2 × 10 = 1.9 closer): not listed
  const before = excel.syncCount;
  const result = await checkWorkbook(excel.run, "workbook");
  expect(excel.syncCount - before).toBe(2);
  expect(result.tables).toBe(1);
  expect(result.misses.map((m) => [m.status, m.indicatorId, m.year, m.address])).toEqual([
    ["input_error", "sample-01", 2022, at("sample-01", "2022年")],
    ["input_error", "sample-06", 2022, at("sample-06", "2022年")],
    ["regressed", "sample-02", 2022, at("sample-02", "2022年")],
    ["not_met", "sample-01", 2025, at("sample-01", "2025年")],
  ]);
  const notMet = result.misses[3];
  expect(notMet).toMatchObject({ sheet: sheetName, indicator: "普惠性幼儿园比例", value: 0.89, target: 0.9, gap: 0.01 });
});

test("the active-sheet check ignores other sheets; a workbook without EduPlan tables says so", async () => {
  const excel = createFakeExcel();
  expect((await checkWorkbook(excel.run, "workbook")).tables).toBe(0);
  const { sheetName } = await insertTemplate(samplePlan, excel.run, everything);
  const layout = layoutOf(samplePlan);
  await type(excel, sheetName, cellOf(layout, "sample-02", "2022年").address, 0.7);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").activate();
    await context.sync();
  });
  expect((await checkWorkbook(excel.run, "activeSheet")).misses).toHaveLength(0);
  expect((await checkWorkbook(excel.run, "workbook")).misses).toHaveLength(1);
});

test("clicking a miss selects its cell on its sheet", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(samplePlan, excel.run, everything);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").activate();
    await context.sync();
  });
  await selectCell(excel.run, sheetName, "N8");
  expect(excel.model.activeSheet).toBe(sheetName);
  expect(excel.model.selection).toEqual({ sheet: sheetName, range: { row: 7, column: 13, endRow: 7, endColumn: 13 } });
});

test("a workbook of 5,000 indicator rows is checked in two syncs", async () => {
  const big: Plan = {
    ...samplePlan,
    id: "big-2021-2025",
    indicators: Array.from({ length: 5000 }, (_, i) => ({
      ...samplePlan.indicators[i % samplePlan.indicators.length],
      id: `big-${i}`,
    })),
  };
  const excel = createFakeExcel();
  const before = excel.syncCount;
  const inserted = await insertTemplate(big, excel.run, everything);
  expect(excel.syncCount - before).toBe(2);
  const layout = layoutOf(big);
  await type(excel, inserted.sheetName, cellOf(layout, "big-4999", "2022年").address, -5);
  const start = excel.syncCount;
  const result = await checkWorkbook(excel.run);
  expect(excel.syncCount - start).toBe(2);
  expect(result.cells).toBe(5000 * layout.columns.length);
  expect(result.misses.map((m) => m.indicatorId)).toContain("big-4999");
}, 120000);

test("Excel's errors reach the clerk in words, with the code kept for support", () => {
  const { friendlyError } = require("../../src/excel/errors");
  const busy = Object.assign(new Error("The operation is not allowed in cell edit mode."), { code: "InvalidOperationInCellEditMode" });
  expect(friendlyError(busy, "zh-CN")).toBe("Excel 正在编辑单元格。请先按 Enter 或 Esc 退出编辑，再试一次。（错误代码 InvalidOperationInCellEditMode）");
  expect(friendlyError(busy, "en-US")).toBe("Excel is editing a cell. Press Enter or Esc to finish editing, then try again. (error code InvalidOperationInCellEditMode)");
  expect(friendlyError(busy, "en-US")).toMatch(/^Excel is editing a cell/);
  expect(friendlyError(new Error("something odd"), "zh-CN")).toBe("something odd");
});

test("the check counts each table's statuses apart, so the plan card shows its own plan's (read from 状态)", async () => {
  const excel = createFakeExcel();
  const first = await insertTemplate(samplePlan, excel.run, everything);
  const second = await insertTemplate(samplePlan, excel.run, everything);
  const layout = layoutOf(samplePlan);
  await type(excel, first.sheetName, cellOf(layout, "sample-01", "2025年").address, 0.89); // 未达标
  await type(excel, second.sheetName, cellOf(layout, "sample-01", "2023年").address, 0.91); // 达标
  await type(excel, second.sheetName, cellOf(layout, "sample-02", "2022年").address, 0.61); // 退步
  const result = await checkWorkbook(excel.run, "workbook");
  expect(result.byTable.map((t) => t.table)).toEqual(["EduPlan_sample_2021_2025", "EduPlan_sample_2021_2025_2"]);
  const rows = samplePlan.indicators.length;
  expect(result.byTable[0].byCategory.reduce((n, c) => n + c.counts.not_met, 0)).toBe(1);
  const totals = planStatusCounts(result.byTable, samplePlan.id)!;
  expect(totals).toMatchObject({ not_met: 1, met: 1, regressed: 1, no_data: 2 * rows - 3 });
  // The workbook-wide counts are the tables' together.
  expect(result.byCategory.reduce((n, c) => n + c.total, 0)).toBe(2 * rows);
});
