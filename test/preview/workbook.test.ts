// The preview's demo workbook: an edit recomputes and redraws only what it touches, and what it
// draws is what a full redraw draws; selection redraws nothing; Excel's percent entry and undo.
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../../src/preview/fake-excel";
import { createPreviewWorkbook } from "../../src/preview/workbook";
import { samplePlan } from "../fixtures/plan";

async function setUp() {
  const excel = createFakeExcel({ sheets: ["Sheet1"] });
  const workbook = createPreviewWorkbook(excel);
  const inserted = await insertTemplate(samplePlan, workbook.run, () => true);
  const sheet = inserted.sheetName;
  const drawn = () => workbook.sheets().find((s) => s.name === sheet)!;
  const header = drawn().rows.findIndex((row) => row.some((cell) => cell.display === "2021年"));
  const year = (y: number) => drawn().rows[header].findIndex((cell) => cell.display === `${y}年`);
  const status = drawn().rows[header].findIndex((cell) => cell.display === "状态");
  return { excel, workbook, sheet, drawn, header, year, status };
}

test("an edit rebuilds no engine, and what it draws equals a full redraw", async () => {
  const { excel, workbook, sheet, drawn, header, year } = await setUp();
  drawn();
  const edits: [number, number, string][] = [
    [header + 1, year(2025), "88"], // % cell: 88 %, misses ≥ 90 %
    [header + 1, year(2023), "85%"], // below the baseline: fell
    [header + 2, year(2025), "８．５"], // text: input error
    [header + 3, year(2024), "3"],
    [header + 1, year(2025), ""], // cleared again
  ];
  for (const [row, column, input] of edits) {
    const builds = excel.model.engineBuilds;
    expect(workbook.type(sheet, row, column, input)).toBe("written");
    const incremental = JSON.parse(JSON.stringify(drawn().rows));
    expect(excel.model.engineBuilds).toBe(builds);
    excel.model.changed(); // forget everything: the next draw starts from scratch
    expect(drawn().rows).toEqual(incremental);
  }
});

test("an edit redraws only the rows that depend on it; selecting redraws nothing", async () => {
  const { workbook, sheet, drawn, header, year, status } = await setUp();
  const before = drawn();
  workbook.select(sheet, header + 1, year(2025));
  expect(drawn()).toBe(before);
  workbook.type(sheet, header + 1, year(2025), "88");
  const after = drawn();
  after.rows.forEach((row, r) => (r === header + 1 ? expect(row).not.toBe(before.rows[r]) : expect(row).toBe(before.rows[r])));
  expect(after.rows[header + 1][status].display).toBe("未达标");
  expect(after.rows[header + 1][year(2025)].fill).toBe("#FFC7CE");
});

test("a number typed into a % cell is a percentage, as in Excel; a formula cell refuses typing", async () => {
  const { workbook, sheet, drawn, header, year, status } = await setUp();
  workbook.type(sheet, header + 1, year(2025), "86.4");
  expect(drawn().rows[header + 1][year(2025)].display).toBe("86.4%");
  const formula = drawn().rows[header + 1][status];
  expect(workbook.type(sheet, header + 1, status, "达标")).toBe("formula");
  expect(drawn().rows[header + 1][status]).toEqual(formula);
});

test("undo takes back the last edits one by one, value and format, and selects the cell", async () => {
  const { excel, workbook, sheet, drawn, header, year } = await setUp();
  const column = year(2024);
  workbook.type(sheet, header + 1, column, "88");
  workbook.type(sheet, header + 1, column, "89");
  workbook.type(sheet, header + 4, column, "12%");
  expect(workbook.undo()).toEqual({ sheet, row: header + 4, column });
  expect(drawn().rows[header + 4][column].display).toBe("");
  expect(excel.model.cell(sheet, header + 4, column)?.input).toBeUndefined();
  expect(workbook.undo()).toEqual({ sheet, row: header + 1, column });
  expect(drawn().rows[header + 1][column].display).toBe("88.0%");
  expect(excel.model.cell(sheet, header + 1, column)?.input).toBeCloseTo(0.88, 12);
  expect(workbook.selection()).toEqual({ sheet, row: header + 1, column });
  workbook.undo();
  expect(drawn().rows[header + 1][column].display).toBe("");
  expect(workbook.undo()).toBeNull();
});
