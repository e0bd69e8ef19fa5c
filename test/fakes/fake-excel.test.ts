// These tests read proxies before load/sync on purpose, to prove the fake throws as Excel does.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
// The fake Excel behaves like Excel where the add-in depends on it: load/sync, shapes, names,
// tables, structured references, formula evaluation, conditional formats, selection, sync counting.
import { createFakeExcel, shiftFormula, translateStructuredReferences } from "./excel";

test("reading a property before load + sync throws PropertyNotLoaded; after, it answers", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    range.values = [[1, "x"]];
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values, address");
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([[1, "x"]]);
    expect(range.address).toBe("Sheet1!A1:B1");
  });
  expect(excel.syncCount).toBe(1);
});

test("syncs are counted per workbook across batches", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    await context.sync();
    await context.sync();
  });
  await excel.run(async (context) => context.sync());
  expect(excel.syncCount).toBe(3);
});

test("a 2-D array must match the range's size", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    expect(() => (range.values = [[1, 2]])).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    expect(() => (range.formulas = [[1], [2]])).toThrow(/doesn't match/);
  });
});

test("sheet names: unique ignoring case, at most 31 characters, no []:*?/\\; missing items", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.add("慈溪市 2021-2025");
    expect(() => sheets.add("慈溪市 2021-2025")).toThrow(expect.objectContaining({ code: "ItemAlreadyExists" }));
    expect(() => sheets.add("SHEET1")).toThrow(/already exists/);
    expect(() => sheets.add("a".repeat(32))).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    expect(() => sheets.add("a/b")).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    expect(() => sheets.getItem("nope")).toThrow(expect.objectContaining({ code: "ItemNotFound" }));
    const missing = sheets.getItemOrNullObject("nope");
    const present = sheets.getItemOrNullObject("sheet1");
    expect(() => missing.isNullObject).toThrow(/not available/);
    sheets.load("items/name");
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "慈溪市 2021-2025"]);
  });
});

test("tables: unique names, items with their worksheet, header, body and structured formulas", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B2:D4").values = [
      ["目标值", "实际值", "差距"],
      [0.9, 0.864, ""],
      ["≥95%", "96%", ""],
    ];
    const table = sheet.tables.add("B2:D4", true);
    table.name = "EduPlan_test";
    sheet.getRange("D3:D4").formulas = [["=EDU.GAP([@目标值],[@[实际值]])"], ["=EDU.GAP(EduPlan_test[[#This Row],[目标值]],[@实际值])"]];
    sheet.getRange("F1").formulas = [["=SUM(EduPlan_test[实际值])"]];
    const other = sheet.tables.add("H1:H2", true);
    expect(() => (other.name = "eduplan_TEST")).toThrow(/already exists/);
    expect(() => sheet.tables.add("C3:E5", true)).toThrow(/overlap/);
    expect(() => (sheet.getRange("J1").formulas = [["=[@目标值]"]])).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    const tables = context.workbook.tables;
    tables.load("items/name, items/worksheet/name");
    const body = table.getDataBodyRange().load("values, address");
    const header = table.getHeaderRowRange().load("values");
    const sum = sheet.getRange("F1").load("values, formulas");
    await context.sync();
    expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([
      ["EduPlan_test", "Sheet1"],
      ["Table2", "Sheet1"],
    ]);
    expect(header.values).toEqual([["目标值", "实际值", "差距"]]);
    expect(body.address).toBe("Sheet1!B3:D4");
    expect(body.values[0][2]).toBeCloseTo(0.036, 12);
    expect(body.values[1][2]).toBeCloseTo(-0.01, 12);
    expect(sum.values[0][0]).toBeCloseTo(1.824, 12);
    expect(sum.formulas[0][0]).toBe("=SUM(EduPlan_test[实际值])");
  });
});

test("structured references become A1 addresses, including column spans and other sheets", () => {
  const tables = [
    { name: "T", sheet: "S", range: { row: 4, column: 0, endRow: 9, endColumn: 4 }, headers: ["编号", "2021年", "2022年", "2023年", "目标值"] },
  ];
  expect(translateStructuredReferences("=[@[目标值]]*2", "S", 6, 1, tables)).toBe("=E7*2");
  expect(translateStructuredReferences('=IF([@[2021年]:[2023年]]="","",1)', "S", 6, 1, tables)).toBe('=IF(B7:D7="","",1)');
  expect(translateStructuredReferences("=SUM(T[2022年])", "S", 0, 10, tables)).toBe("=SUM(C6:C10)");
  expect(translateStructuredReferences("=COUNT(T[#Data])", "Other", 0, 0, tables)).toBe("=COUNT(S!A6:E10)");
  expect(translateStructuredReferences('="[@目标值]"&T[[#This Row],[编号]]', "S", 5, 2, tables)).toBe('="[@目标值]"&A6');
  expect(() => translateStructuredReferences("=[@目标值]", "S", 20, 1, tables)).toThrow(/outside a table/);
  expect(() => translateStructuredReferences("=[@不存在]", "S", 6, 1, tables)).toThrow(/no column/);
});

test("formulas are shifted like a conditional format's relative references", () => {
  expect(shiftFormula("=AND($V6=\"at_least\",M6<$I6,VALUE(LEFT(M$5,4))>=$J6)", 2, 3)).toBe(
    "=AND($V8=\"at_least\",P8<$I8,VALUE(LEFT(P$5,4))>=$J8)"
  );
  expect(shiftFormula('=A1&"B2"', 1, 1)).toBe('=B2&"B2"');
  expect(shiftFormula("=LOG10(A1)", 1, 0)).toBe("=LOG10(A2)");
});

test("conditional formats are evaluated per cell with their format", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B3").values = [
      [1, 5],
      [2, 1],
      ["", 9],
    ];
    const cf = sheet.getRange("B1:B3").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=AND(ISNUMBER($A1),B1>$A1)";
    cf.custom.format.fill.color = "#FFC7CE";
    cf.custom.format.borders.top.color = "#C00000";
    await context.sync();
  });
  const flags = excel.model.conditionalFormatting("Sheet1");
  expect([...flags.keys()].sort()).toEqual(["0,1"]);
  expect(flags.get("0,1")!.format).toEqual({ fill: "#FFC7CE", border: "#C00000" });
});

test("selection follows select() and getSelectedRange(); errors show as Excel's codes", async () => {
  const excel = createFakeExcel({ sheets: ["A", "B"] });
  await excel.run(async (context) => {
    const b = context.workbook.worksheets.getItem("B");
    b.getRange("C3").select();
    b.getRange("A1:A2").formulas = [["=1/0"], ['=EDU.GAP("x",1)']];
    const selected = context.workbook.getSelectedRange().load("address");
    const errors = b.getRange("A1:A2").load("values");
    await context.sync();
    expect(selected.address).toBe("B!C3");
    expect(errors.values).toEqual([["#DIV/0!"], ["#VALUE!"]]);
  });
  expect(excel.model.activeSheet).toBe("B");
});

test("values typed as text numbers become numbers, like typing into Excel", async () => {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
    range.values = [["86.4%", "1,200", "八十"]];
    range.load("values");
    await context.sync();
    expect(range.values).toEqual([[0.864, 1200, "八十"]]);
  });
});
