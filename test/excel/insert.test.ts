// Inserting a plan's template into a workbook: two syncs, a new sheet, a table with live EDU formulas.
import { HEADERS } from "../../src/core/template";
import { insertTemplate } from "../../src/excel/insert";
import { insertFormula } from "../../src/excel/formula";
import { createFakeExcel } from "../fakes/excel";
import { samplePlan } from "../fixtures/plan";
import { cellOf, layoutOf, read, type } from "./helpers";

const everything = () => true;

test("insert writes a new sheet with one table in two syncs and touches nothing else", async () => {
  const excel = createFakeExcel({ sheets: ["我的数据"] });
  await type(excel, "我的数据", "A1", "别动我");
  const before = excel.syncCount;
  const result = await insertTemplate(samplePlan, excel.run, everything);
  expect(excel.syncCount - before).toBe(2);
  expect(result).toEqual({ sheetName: "示例市 2021-2025", tableName: "EduPlan_sample_2021_2025", indicatorCount: 7, skipped: [] });
  expect(await read(excel, "我的数据", "A1")).toBe("别动我");
  expect(excel.model.activeSheet).toBe("示例市 2021-2025");
  expect(excel.model.tables.map((t) => t.name)).toEqual(["EduPlan_sample_2021_2025"]);
  const sheet = excel.model.sheet("示例市 2021-2025");
  expect(sheet.freeze).toEqual({ rows: 6, columns: 3 });
  expect(await read(excel, result.sheetName, "B1")).toBe(samplePlan.title);
});

test("the table holds the plan's figures as Excel stores them and EDU formulas that compute", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(samplePlan, excel.run, everything);
  const layout = layoutOf(samplePlan);
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.target).address)).toBe(0.9);
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.status).address)).toBe("无数据");
  // A clerk types 2023's value; gap, progress, expected value and status follow.
  await type(excel, sheetName, cellOf(layout, "sample-01", "2023年").address, "88.2%");
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.latest).address)).toBe(0.882);
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.latestYear).address)).toBe(2023);
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.gap).address)).toBeCloseTo(0.018, 12);
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.progress).address)).toBeCloseTo(0.5, 12);
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.expected).address)).toBeCloseTo(0.8856, 12);
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.status).address)).toBe("进度滞后");
  // A later year wins as the latest value.
  await type(excel, sheetName, cellOf(layout, "sample-01", "2024年").address, 0.9);
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.status).address)).toBe("达标");
});

test("blank cells never read as 0: a row without data is 无数据, not 退步 (desktop's empty-as-0)", async () => {
  const excel = createFakeExcel({ emptyArgAs: 0 });
  const { sheetName } = await insertTemplate(samplePlan, excel.run, everything);
  const layout = layoutOf(samplePlan);
  for (const indicator of samplePlan.indicators) {
    expect(await read(excel, sheetName, cellOf(layout, indicator.id, HEADERS.status).address)).toBe("无数据");
  }
  // no baseline (sample-06) and a typed value: judged without a baseline, not against 0
  await type(excel, sheetName, cellOf(layout, "sample-06", "2022年").address, 0.9);
  expect(await read(excel, sheetName, cellOf(layout, "sample-06", HEADERS.status).address)).toBe("未达标");
  expect(await read(excel, sheetName, cellOf(layout, "sample-06", HEADERS.progress).address)).toBe("");
});

test("non-decreasing, change and range rows compute their status", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(samplePlan, excel.run, everything);
  const layout = layoutOf(samplePlan);
  const at = (id: string, header: string) => cellOf(layout, id, header).address;
  await type(excel, sheetName, at("sample-04", "2021年"), 1100);
  await type(excel, sheetName, at("sample-04", "2022年"), 1200);
  expect(await read(excel, sheetName, at("sample-04", HEADERS.status))).toBe("达标");
  await type(excel, sheetName, at("sample-04", "2024年"), 1150);
  expect(await read(excel, sheetName, at("sample-04", HEADERS.status))).toBe("退步");
  await type(excel, sheetName, at("sample-03", "2023年"), 3);
  expect(await read(excel, sheetName, at("sample-03", HEADERS.status))).toBe("按期推进");
  expect(await read(excel, sheetName, at("sample-03", HEADERS.progress))).toBeCloseTo(0.75, 12);
  await type(excel, sheetName, at("sample-05", "2025年"), 9);
  expect(await read(excel, sheetName, at("sample-05", HEADERS.status))).toBe("未达标");
  expect(await read(excel, sheetName, at("sample-05", HEADERS.gap))).toBe(1);
});

test("inserting the same plan again makes a second sheet and table; the first keeps its values", async () => {
  const excel = createFakeExcel();
  const first = await insertTemplate(samplePlan, excel.run, everything);
  const layout = layoutOf(samplePlan);
  await type(excel, first.sheetName, cellOf(layout, "sample-01", "2022年").address, 0.88);
  const second = await insertTemplate(samplePlan, excel.run, everything);
  expect(second.sheetName).toBe("示例市 2021-2025 (2)");
  expect(second.tableName).toBe("EduPlan_sample_2021_2025_2");
  expect(await read(excel, first.sheetName, cellOf(layout, "sample-01", "2022年").address)).toBe(0.88);
});

test("a failed write leaves nothing half-written: the new sheet is removed", async () => {
  const excel = createFakeExcel();
  excel.model.failOnSync = 2;
  await expect(insertTemplate(samplePlan, excel.run, everything)).rejects.toThrow(/simulated/);
  expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  expect(excel.model.tables).toHaveLength(0);
  expect(excel.model.conditionalFormats).toHaveLength(0);
});

test("without the requirement sets for flags and validation, the table still goes in and says what it skipped", async () => {
  const excel = createFakeExcel();
  const result = await insertTemplate(samplePlan, excel.run, (_set, version) => version === "1.1");
  expect(result.skipped).toEqual(["conditionalFormats", "dataValidation", "pageLayout", "freezePanes"]);
  expect(excel.model.conditionalFormats).toHaveLength(0);
  expect(excel.model.sheet(result.sheetName).page).toBeUndefined();
  expect(excel.model.tables).toHaveLength(1);
});

test("validation on every row's year cells shows the target; within Excel's limits", async () => {
  const excel = createFakeExcel();
  await insertTemplate(samplePlan, excel.run, everything);
  expect(excel.model.validations).toHaveLength(7);
  const first = excel.model.validations[0];
  expect(first.prompt?.message).toContain("目标：不低于 90%（2025年）");
  expect(first.rule).toEqual({ decimal: { operator: "Between", formula1: 0, formula2: 1 } });
});

test("an example formula goes into an empty selected cell, never over content", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B2").select();
    await context.sync();
  });
  expect(await insertFormula(excel.run, "=EDU.CAGR(100,121,2)")).toBe("Sheet1!B2");
  expect(await read(excel, "Sheet1", "B2")).toBeCloseTo(0.1, 12);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B2").select();
    await context.sync();
  });
  await expect(insertFormula(excel.run, "=EDU.CAGR(1,2,3)")).rejects.toThrow(/不为空/);
  expect(await read(excel, "Sheet1", "B2")).toBeCloseTo(0.1, 12);
});

test("after an example the next empty cell below is selected, so the next example can follow; a refusal is in one language", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B3").values = [["占用"]];
    sheet.getRange("B2").select();
    await context.sync();
  });
  expect(await insertFormula(excel.run, "=EDU.CAGR(100,121,2)")).toBe("Sheet1!B2");
  expect(excel.model.selection?.range).toMatchObject({ row: 3, column: 1 });
  expect(await insertFormula(excel.run, "=EDU.CAGR(1,2,3)")).toBe("Sheet1!B4");
  expect(excel.model.selection?.range).toMatchObject({ row: 4, column: 1 });
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B3").select();
    await context.sync();
  });
  const refusal = await insertFormula(excel.run, "=EDU.CAGR(1,2,3)").catch((error: unknown) => error);
  const { friendlyError } = await import("../../src/excel/errors");
  expect(friendlyError(refusal, "zh-CN")).toBe("所选单元格 Sheet1!B3 不为空，未作改动。请选一个空单元格。");
  expect(friendlyError(refusal, "en-US")).toBe("The selected cell Sheet1!B3 is not empty; nothing changed. Select an empty cell.");
});
