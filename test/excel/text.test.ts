// Plan texts that start with "=", "+" or "-" stay text in both writers and in the 中期评估 report; the
// in-memory Excel reads such strings the way Range.values is documented to (as formulas).
import ExcelJS from "exceljs";
import { HEADERS, buildTemplate } from "../../src/core/template";
import { Plan } from "../../src/core/plan";
import { checkWorkbook } from "../../src/excel/check";
import { writeMidtermReport } from "../../src/excel/report";
import { insertTemplate } from "../../src/excel/insert";
import { literalText } from "../../src/excel/text";
import { layoutToXlsx } from "../../src/export/xlsx";
import { createFakeExcel } from "../fakes/excel";
import { samplePlan } from "../fixtures/plan";
import { cellOf, read, type } from "./helpers";

const HOSTILE_NAME = '=HYPERLINK("http://example.com/x","点击")';
const hostilePlan: Plan = {
  ...samplePlan,
  id: "hostile-2021-2025",
  title: "+1 规划",
  indicators: samplePlan.indicators.map((indicator, i) =>
    i === 0
      ? { ...indicator, name: HOSTILE_NAME, note: "-5%左右", responsible: "+1", refs: ["-表1"] }
      : i === 1
        ? { ...indicator, name: "-5%左右", note: "=1+1" }
        : indicator
  ),
};

async function formulaOf(excel: ReturnType<typeof createFakeExcel>, sheet: string, address: string): Promise<unknown> {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("formulas");
    await context.sync();
    return range.formulas[0][0];
  });
}

describe("the in-memory Excel reads Range.values as Excel does", () => {
  test.each([
    ["=1+1", 2, "=1+1"],
    ["+1", 1, "=+1"],
    ["-5", -5, -5],
    ["-5%", -0.05, -0.05],
    ["'=1+1", "=1+1", "=1+1"],
    ["'+1", "+1", "+1"],
    ["-", "-", "-"],
  ])("%s", async (written, value, formula) => {
    const excel = createFakeExcel();
    await type(excel, "Sheet1", "A1", written);
    expect(await read(excel, "Sheet1", "A1")).toBe(value);
    expect(await formulaOf(excel, "Sheet1", "A1")).toBe(formula);
  });

  test("text starting with - that is no number becomes a failing formula", async () => {
    const excel = createFakeExcel();
    await type(excel, "Sheet1", "A1", "-5%左右");
    expect(excel.model.cell("Sheet1", 0, 0)?.formula).toBe("=-5%左右");
    expect(await read(excel, "Sheet1", "A1")).toMatch(/^#/);
  });
});

test("literalText marks exactly the strings Excel would not keep as typed", () => {
  expect(["=A1", "+1", "-5%左右", "@x", "86.4%", "2025", " 12 "].map(literalText)).toEqual([
    "'=A1",
    "'+1",
    "'-5%左右",
    "'@x",
    "'86.4%",
    "'2025",
    "' 12 ",
  ]);
  expect(["普惠性幼儿园比例", "≥90%", "表1 1．", "4-8门", 0.9, true, ""].map(literalText)).toEqual([
    "普惠性幼儿园比例",
    "≥90%",
    "表1 1．",
    "4-8门",
    0.9,
    true,
    "",
  ]);
});

test("a hostile plan's texts are inserted as text, and its formulas still compute", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(hostilePlan, excel.run, () => true);
  const layout = buildTemplate(hostilePlan);
  const expectText = async (id: string, header: string, text: string) => {
    const { row, column } = cellOf(layout, id, header);
    const cell = excel.model.cell(sheetName, row, column);
    expect(cell?.formula).toBeUndefined();
    expect(cell?.input).toBe(text);
  };
  await expectText("sample-01", HEADERS.name, HOSTILE_NAME);
  await expectText("sample-01", HEADERS.responsible, "+1");
  await expectText("sample-01", HEADERS.ref, "-表1");
  await expectText("sample-02", HEADERS.name, "-5%左右");
  expect(await read(excel, sheetName, "B1")).toBe("+1 规划");
  expect(String(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.note).address))).toContain("-5%左右");
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", HEADERS.status).address)).toBe("无数据");
});

test("the check's report copies names and typed texts as text", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(hostilePlan, excel.run, () => true);
  const layout = buildTemplate(hostilePlan);
  // The clerk typed text (with Excel's apostrophe) into a year cell: an input error the report lists.
  await type(excel, sheetName, cellOf(layout, "sample-01", "2023年").address, "'-5%左右");
  const { misses } = await checkWorkbook(excel.run);
  const miss = misses.find((m) => m.indicatorId === "sample-01");
  expect(miss?.indicator).toBe(HOSTILE_NAME);
  expect(miss?.status).toBe("input_error");
  const report = await writeMidtermReport(excel.run, "zh-CN", { date: new Date("2026-01-02T00:00:00Z"), supports: () => true });
  const sheet = excel.model.sheet(report);
  const cells = [...sheet.cells.values()];
  expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
  expect(cells.map((c) => c.input)).toEqual(expect.arrayContaining([HOSTILE_NAME, "+1", "-5%左右", "输入错误"]));
});

test("the file stores the hostile texts as strings, not formulas", async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await layoutToXlsx(buildTemplate(hostilePlan))) as never);
  const sheet = book.worksheets[0];
  const layout = buildTemplate(hostilePlan);
  for (const [id, header, text] of [
    ["sample-01", HEADERS.name, HOSTILE_NAME],
    ["sample-01", HEADERS.responsible, "+1"],
    ["sample-02", HEADERS.name, "-5%左右"],
  ]) {
    const { row, column } = cellOf(layout, id, header);
    const { type: kind, value } = sheet.getCell(row + 1, column + 1);
    expect(kind).toBe(ExcelJS.ValueType.String);
    expect(value).toBe(text);
  }
  const { value: title } = sheet.getCell("B1");
  expect(title).toBe("+1 规划");
});
