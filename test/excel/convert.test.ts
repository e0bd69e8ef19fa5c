// 转换为数值: the check proposes numbers for text that stands for one without doubt, lists doubtful
// text with its reason, and the conversion writes exactly the ticked cells; the rest of the sheet
// (values, formulas, formats) is the same before and after, cell by cell.
import { proposedNumber } from "../../src/core/check";
import { checkWorkbook } from "../../src/excel/check";
import { convertCells } from "../../src/excel/convert";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";
import { samplePlan } from "../fixtures/plan";
import { cellOf, layoutOf, read, type } from "./helpers";

test("text that stands for a number without doubt gets a proposal; doubtful text gets the reason", () => {
  const percent = (text: string) => proposedNumber(text, "%", 0, 1);
  expect(percent("86.4%")).toEqual({ value: 0.864 });
  expect(percent(" ８６．４％ ")).toEqual({ value: 0.864 });
  expect(percent("８８．５")).toEqual({ value: 0.885 }); // as Excel's percent entry reads 88.5 typed into a % cell
  expect(proposedNumber("6所", "所", 0, null)).toEqual({ value: 6 });
  expect(proposedNumber("1.8万", "人", 0, null)).toEqual({ value: 18000 });
  expect(proposedNumber("6人", "所", 0, null)).toHaveProperty("doubt");
  expect(proposedNumber("86%", "所", 0, null)).toHaveProperty("doubt");
  expect(percent("约90%")).toHaveProperty("doubt");
  expect(percent("八十六")).toHaveProperty("doubt");
  expect(percent("186%")).toHaveProperty("doubt"); // outside 0–100 %
  const doubt = proposedNumber("6人", "所", 0, null) as { doubt: Record<string, string> };
  expect(doubt.doubt["zh-CN"]).toContain("单位");
  expect(doubt.doubt["en-US"]).toContain("unit");
});

test("converting writes exactly the ticked cells, in one write sync, and nothing else changes", async () => {
  const excel = createFakeExcel({ sheets: ["我的数据"] });
  await type(excel, "我的数据", "A1", "８８．５");
  const { sheetName } = await insertTemplate(samplePlan, excel.run, () => true);
  const layout = layoutOf(samplePlan);
  const cells = {
    ticked: cellOf(layout, "sample-01", "2023年").address,
    alsoConvertible: cellOf(layout, "sample-01", "2024年").address,
    doubtful: cellOf(layout, "sample-03", "2022年").address,
  };
  await type(excel, sheetName, cells.ticked, "８８．５");
  // (ASCII "89%" written through Range.values becomes a number, as in Excel; full-width stays text.)
  await type(excel, sheetName, cells.alsoConvertible, "８９％");
  await type(excel, sheetName, cells.doubtful, "3人");
  const { misses } = await checkWorkbook(excel.run);
  const byAddress = new Map(misses.map((m) => [m.address, m]));
  expect(byAddress.get(cells.ticked)).toMatchObject({ status: "input_error", conversion: 0.885 });
  expect(byAddress.get(cells.alsoConvertible)).toMatchObject({ status: "input_error", conversion: 0.89 });
  expect(byAddress.get(cells.doubtful)).toMatchObject({ status: "input_error", conversion: null });
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", "状态").address)).toBe("输入错误");

  const snapshot = () =>
    new Map(excel.model.sheets.flatMap((sheet) => [...sheet.cells].map(([key, cell]) => [`${sheet.name}!${key}`, JSON.stringify(cell)] as const)));
  const before = snapshot();
  const start = excel.syncCount;
  const miss = byAddress.get(cells.ticked)!;
  const result = await convertCells(excel.run, [{ sheet: miss.sheet, address: miss.address, text: String(miss.value), value: miss.conversion! }]);
  expect(excel.syncCount - start).toBe(2); // one read, one write
  expect(result.converted).toHaveLength(1);
  const after = snapshot();
  const changed = [...after].filter(([key, cell]) => before.get(key) !== cell).map(([key]) => key);
  const { row, column } = cellOf(layout, "sample-01", "2023年");
  expect(changed).toEqual([`${sheetName}!${row},${column}`]);
  expect(await read(excel, sheetName, cells.ticked)).toBe(0.885);
  expect(await read(excel, sheetName, cells.alsoConvertible)).toBe("８９％");
  expect(await read(excel, "我的数据", "A1")).toBe("８８．５");
  // The status follows: the other text cell in the row is still an input error.
  expect(await read(excel, sheetName, cellOf(layout, "sample-01", "状态").address)).toBe("输入错误");
});

test("a cell changed since the check is not written", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(samplePlan, excel.run, () => true);
  const layout = layoutOf(samplePlan);
  const address = cellOf(layout, "sample-01", "2023年").address;
  await type(excel, sheetName, address, "８８．５");
  const { misses } = await checkWorkbook(excel.run);
  const miss = misses.find((m) => m.address === address)!;
  await type(excel, sheetName, address, 0.91); // the clerk fixed it by hand meanwhile
  const result = await convertCells(excel.run, [{ sheet: sheetName, address, text: String(miss.value), value: miss.conversion! }]);
  expect(result).toMatchObject({ converted: [], changed: [{ address }] });
  expect(await read(excel, sheetName, address)).toBe(0.91);
});
