// The 中期评估 report in the in-memory Excel: a values snapshot of a filled plan sheet on a new sheet
// named by the local date (Asia/Shanghai), the plan's units and formats, gaps in 个百分点, what the
// remaining years need, the misses most urgent first, print setup; and 汇总 added later.
import { catalog } from "../../src/catalog";
import { shanghaiDate, unitFormat } from "../../src/core/report";
import { buildSummary, geometryOf } from "../../src/core/summary";
import { a1, buildTemplate } from "../../src/core/template";
import { insertTemplate } from "../../src/excel/insert";
import { NoPlanTableError, addSummary, writeMidtermReport } from "../../src/excel/report";
import { createFakeExcel } from "../fakes/excel";
import { cellOf, read } from "./helpers";

const plan = catalog().getPlan("慈溪市")[0];
const everything = () => true;

async function filledWorkbook() {
  const excel = createFakeExcel({ sheets: ["我的数据"] });
  const { sheetName } = await insertTemplate(plan, excel.run, everything);
  const layout = buildTemplate(plan);
  const typed: [string, string, number][] = [
    ["cixi-01", "2023年", 0.882],
    ["cixi-15", "2023年", 20],
    ["cixi-20", "2022年", 0.36],
    ["cixi-03", "2024年", 1],
  ];
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const [id, year, value] of typed) sheet.getRange(cellOf(layout, id, year).address).values = [[value]];
    await context.sync();
  });
  return { excel, sheetName };
}

/** The report's rows as [indicator name → row values], with the number formats. */
function reportRows(excel: ReturnType<typeof createFakeExcel>, sheet: string) {
  const cells = excel.model.sheet(sheet).cells;
  const rows = new Map<number, { values: unknown[]; formats: string[] }>();
  for (const [key, cell] of cells) {
    const [r, c] = key.split(",").map(Number);
    const row = rows.get(r) ?? { values: [], formats: [] };
    row.values[c] = cell.input ?? "";
    row.formats[c] = cell.numberFormat ?? "General";
    rows.set(r, row);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

test("the report: dated in Beijing time, values in the plan's units, misses most urgent first, three syncs", async () => {
  const { excel } = await filledWorkbook();
  const start = excel.syncCount;
  // 07:30 on the 10th in Beijing is still the 9th in UTC.
  const name = await writeMidtermReport(excel.run, "zh-CN", {
    date: new Date("2025-03-09T23:30:00Z"),
    supports: everything,
  });
  expect(excel.syncCount - start).toBe(3);
  expect(name).toBe("中期评估 2025-03-10");
  expect(await read(excel, name, "A1")).toBe(`${plan.title} 中期评估`);
  expect(String(await read(excel, name, "A2"))).toMatch(/^慈溪市.*数据截至 2025-03-10（北京时间）/);

  // A snapshot: no formula anywhere on the sheet.
  expect([...excel.model.sheet(name).cells.values()].filter((c) => c.formula)).toEqual([]);

  const rows = reportRows(excel, name);
  const header = rows.find((r) => r.values[0] === "类别")!.values;
  const col = (label: string) => header.indexOf(label);
  const find = (indicator: string) =>
    rows.filter((r) => String(r.values[col("指标")]).replace(/（.*）$/, "") === indicator);

  const [preschool] = find("普惠性幼儿园比例");
  expect(preschool.values[col("状态")]).toBe("进度滞后");
  expect(preschool.values[col("基准值")]).toBe(0.864);
  expect(preschool.formats[col("基准值")]).toBe("0.0%");
  expect(preschool.values[col("最新值")]).toBe(0.882);
  expect(preschool.values[col("最新年份")]).toBe(2023);
  // gap 0.018 shown as 1.8 个百分点; (90 % − 88.2 %) / 2 years = 0.9 个百分点 a year
  expect(preschool.values[col("差距")]).toBeCloseTo(1.8, 9);
  expect(preschool.formats[col("差距")]).toBe('0.0"个百分点"');
  expect(preschool.values[col("今后每年需")]).toBeCloseTo(0.9, 9);
  expect(preschool.formats[col("今后每年需")]).toBe('"提高"0.0"个百分点";"降低"0.0"个百分点";0');
  expect(preschool.values[col("进度")]).toBeCloseTo(0.5, 9);
  // progress 0.5 after 3 of 5 years: 0.5 / 0.6
  expect(preschool.values[col("实际/所需")]).toBeCloseTo(0.8333333333, 9);

  const [schools] = find("省现代化学校达标数");
  expect(schools.values[col("基准值")]).toBe(6);
  expect(schools.formats[col("基准值")]).toBe('0"所"');
  expect(schools.values[col("今后每年需")]).toBeCloseTo(7.5, 9);
  expect(schools.formats[col("今后每年需")]).toBe('"提高"0.0"所";"降低"0.0"所";0');

  const [coefficient] = find("市域义务教育优质均衡校际差异系数");
  expect(coefficient.values[col("状态")]).toBe("退步");
  expect(coefficient.values[col("今后每年需")]).toBeCloseTo(-0.02, 9);

  const [met] = find("初中毕业生升入高中段比例");
  expect(met.values[col("状态")]).toBe("达标");
  expect(met.values[col("差距")]).toBe("");
  expect(met.values[col("今后每年需")]).toBe("");

  // Each listed twice (its category and the misses); the misses: regressed first, then behind.
  expect(find("普惠性幼儿园比例").length).toBe(2);
  const attention = rows.findIndex((r) => String(r.values[0]).startsWith("需要关注"));
  const misses = rows.slice(attention + 1).map((r) => String(r.values[col("指标")]).replace(/（.*）$/, ""));
  expect(misses).toEqual(["市域义务教育优质均衡校际差异系数", "普惠性幼儿园比例", "省现代化学校达标数"]);

  // Category headings carry the counts; status cells coloured like the flags; A4 with page numbers.
  expect(rows.map((r) => r.values[0])).toContain("教育公平：8 项（达标 1 · 进度滞后 1 · 无数据 6）");
  const formats = excel.model.conditionalFormats.filter((f) => f.sheet === name);
  expect(formats.some((f) => f.formula.includes('="进度滞后"'))).toBe(true);
  expect(excel.model.sheet(name).page).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    headers: { centerFooter: "第 &P 页 共 &N 页" },
  });
  // The clerk's sheet is untouched.
  expect([...excel.model.sheet("我的数据").cells]).toEqual([]);
});

test("the report in English; local date at the day's edges", async () => {
  const { excel } = await filledWorkbook();
  const name = await writeMidtermReport(excel.run, "en-US", {
    date: new Date("2025-03-09T15:59:59Z"),
    supports: everything,
  });
  expect(name).toBe("Review 2025-03-09");
  expect(await read(excel, name, "A4")).toBe("Category");
  expect(shanghaiDate(new Date("2025-03-09T16:00:00Z"))).toBe("2025-03-10");
  expect(shanghaiDate(new Date("2025-12-31T16:00:00Z"))).toBe("2026-01-01");
});

test('plan formats: 0.0% for % rows, 0"所" for counts, money, free units', () => {
  expect(unitFormat("%")).toBe("0.0%");
  expect(unitFormat("所")).toBe('0"所"');
  expect(unitFormat("万元")).toBe('#,##0.00"万元"');
  expect(unitFormat("年")).toBe('General"年"');
  expect(unitFormat("")).toBe("General");
});

test("attributes (约束性 / 预期性) appear where the plan data has them", async () => {
  const { excel } = await filledWorkbook();
  const name = await writeMidtermReport(excel.run, "zh-CN", {
    date: new Date("2025-03-10T02:00:00Z"),
    supports: everything,
    attributes: () => ({ "cixi-01": "约束性" }),
  });
  const rows = reportRows(excel, name);
  const header = rows.find((r) => r.values[0] === "类别")!.values;
  const row = rows.find((r) => r.values[header.indexOf("指标")] === "普惠性幼儿园比例")!;
  expect(row.values[header.indexOf("属性")]).toBe("约束性");
});

test("no plan sheet: a clear error and nothing written", async () => {
  const excel = createFakeExcel({ sheets: ["我的数据"] });
  await expect(writeMidtermReport(excel.run, "zh-CN")).rejects.toBeInstanceOf(NoPlanTableError);
  await expect(addSummary(excel.run, everything)).rejects.toBeInstanceOf(NoPlanTableError);
  expect(excel.model.sheets.map((s) => s.name)).toEqual(["我的数据"]);
});

test("a failed write leaves no half-written report sheet", async () => {
  const { excel } = await filledWorkbook();
  const before = excel.model.sheets.map((s) => s.name);
  excel.model.failOnSync = 3;
  await expect(writeMidtermReport(excel.run, "zh-CN", { supports: everything })).rejects.toThrow();
  expect(excel.model.sheets.map((s) => s.name)).toEqual(before);
});

test("汇总 added later from the check tab equals the one inserted with the template", async () => {
  const { excel, sheetName } = await filledWorkbook();
  const start = excel.syncCount;
  const { sheetName: summaryName } = await addSummary(excel.run, everything);
  expect(excel.syncCount - start).toBe(3);
  expect(summaryName).toBe(`${sheetName} 汇总`);
  const summary = buildSummary(geometryOf(buildTemplate(plan)));
  const total = a1(summary.headerRow + 1 + geometryOf(buildTemplate(plan)).categories.length, 1);
  expect(await read(excel, summaryName, total)).toBe(plan.indicators.length);
  const met = a1(summary.headerRow + 1 + geometryOf(buildTemplate(plan)).categories.length, summary.statusColumns.met);
  expect(await read(excel, summaryName, met)).toBe(1);
  const inserted = summary.sheet.blocks.flatMap((b) => (b.formulas ?? []).flat()).filter(Boolean);
  const later = [...excel.model.sheet(summaryName).cells.values()].map((c) => c.formula).filter(Boolean);
  expect(later.sort()).toEqual((inserted as string[]).sort());
});
