// The template as plain data: names, columns, values as Excel stores them, formulas, flags, validation.
import { HEADERS, a1, buildTemplate, columnLetter, tableAddress, uniqueSheetName, uniqueTableName } from "../../src/core/template";
import { NATIVE_FUNCTIONS, functionsIn } from "../../src/core/formula";
import { samplePlan } from "../fixtures/plan";

const layout = buildTemplate(samplePlan);
const col = (header: string) => layout.columns.findIndex((c) => c.header === header);
const row = (id: string) => layout.values.find((r) => r[col(HEADERS.id)] === id)!;

test("sheet and table are named after the region, period and plan", () => {
  expect(layout.sheetName).toBe("示例市 2021-2025");
  expect(layout.tableName).toBe("EduPlan_sample_2021_2025");
  expect(tableAddress(layout)).toBe(`A6:${columnLetter(layout.columns.length - 1)}13`);
});

test("a taken name gets a unique variant; names are cut to Excel's 31 characters", () => {
  const again = buildTemplate(samplePlan, { existingSheets: ["示例市 2021-2025"], existingTables: ["EDUPLAN_SAMPLE_2021_2025"] });
  expect(again.sheetName).toBe("示例市 2021-2025 (2)");
  expect(again.tableName).toBe("EduPlan_sample_2021_2025_2");
  expect(uniqueSheetName("a/b:c", [])).toBe("a b c");
  const long = uniqueSheetName("x".repeat(40), ["x".repeat(31)]);
  expect(long).toHaveLength(31);
  expect(long.endsWith(" (2)")).toBe(true);
  expect(uniqueTableName("ningbo-2024", [])).toBe("EduPlan_ningbo_2024");
});

test("one column per year of the period between the plan figures and the computed columns", () => {
  const headers = layout.columns.map((c) => c.header);
  expect(headers.slice(col(HEADERS.high) + 1, col(HEADERS.latest))).toEqual(["2021年", "2022年", "2023年", "2024年", "2025年"]);
  // the clerk's 备注 ends the visible columns; the helper columns follow, hidden
  const firstHelper = layout.columns.findIndex((c) => c.role === "helper");
  expect(headers[firstHelper - 1]).toBe(HEADERS.remark);
  expect(headers.slice(firstHelper)).toEqual([HEADERS.ruleCode, "有效下限", "有效上限", "已改进", "需改进", "输入错误数", "下降次数"]);
});

test("rows are grouped by category in the plan's order", () => {
  expect(layout.values.map((r) => r[col(HEADERS.id)])).toEqual([
    "sample-01", "sample-03", "sample-06", "sample-02", "sample-05", "sample-04", "sample-07",
  ]);
});

test("percentages become Excel fractions with a % format; change rules count from 0", () => {
  expect(row("sample-01")[col(HEADERS.baseline)]).toBe(0.864);
  expect(row("sample-01")[col(HEADERS.target)]).toBe(0.9);
  const formats = layout.numberFormats[layout.values.indexOf(row("sample-01"))];
  expect(formats[col("2023年")]).toBe("0.0%");
  expect(row("sample-03")[col(HEADERS.baseline)]).toBe(0);
  expect(row("sample-03")[col(HEADERS.baselineYear)]).toBe(2020);
  expect(String(row("sample-03")[col(HEADERS.note)])).toContain("基数 17所");
  expect(row("sample-04")[col(HEADERS.target)]).toBe("");
  expect(row("sample-05")[col(HEADERS.high)]).toBe(8);
  expect(row("sample-06")[col(HEADERS.baseline)]).toBe("");
  expect(layout.numberFormats[layout.values.indexOf(row("sample-03"))][col("2023年")]).toBe("0");
});

test("year, computed and remark cells start empty: they belong to the clerk and the formulas", () => {
  for (const r of layout.values) {
    layout.columns.forEach((c, i) => {
      if (c.role !== "plan" && c.role !== "helper") expect(r[i]).toBe("");
      if (c.role === "helper" && layout.formulas[c.key]) expect(r[i]).toBe("");
    });
  }
});

test("computed columns are native formulas through structured references: no EDU, Excel 2007 functions only", () => {
  for (const formula of Object.values(layout.formulas)) {
    expect(formula).not.toContain("EDU.");
    for (const name of functionsIn(formula!)) expect(NATIVE_FUNCTIONS).toContain(name);
  }
  expect(layout.formulas.gap).toMatch(/^=IF\(AND\(ISNUMBER\(\[@\[最新值\]\]\),ISNUMBER\(\[@\[目标值\]\]\)\),ROUND\(/);
  expect(layout.formulas.progress).toContain("[@[已改进]]/[@[需改进]]");
  // the latest year holding a number wins; text is skipped (and is an input error)
  expect(layout.formulas.latest).toBe(
    "=IF(ISNUMBER([@[2025年]]),[@[2025年]],IF(ISNUMBER([@[2024年]]),[@[2024年]],IF(ISNUMBER([@[2023年]]),[@[2023年]]," +
      'IF(ISNUMBER([@[2022年]]),[@[2022年]],IF(ISNUMBER([@[2021年]]),[@[2021年]],"")))))'
  );
  expect(layout.formulas.latestYear).toMatch(/^=IF\(ISNUMBER\(\[@\[2025年\]\]\),2025,/);
  expect(layout.formulas.status).toMatch(/^=IF\(\[@\[输入错误数\]\]>0,"输入错误",IF\(NOT\(ISNUMBER\(\[@\[最新值\]\]\)\),"无数据",/);
});

test("the EDU dialect calls the EDU functions for gap, progress, expected value and status", () => {
  const edu = buildTemplate(samplePlan, { dialect: "edu" });
  expect(edu.formulas.gap).toContain("EDU.GAP(");
  expect(edu.formulas.progress).toContain("EDU.PROGRESS(");
  expect(edu.formulas.expected).toContain("EDU.EXPECTED(");
  expect(edu.formulas.status).toContain('EDU.STATUS(IF(ISNUMBER([@[基准值]]),[@[基准值]],"")');
  expect(edu.formulas.status).toContain('EDU.NONDECREASING(IF([@[2021年]:[2025年]]="","",[@[2021年]:[2025年]])');
  expect(edu.formulas.latest).toBe(layout.formulas.latest);
});

test("the cached results are what the core computes for a row with no values yet", () => {
  for (const result of layout.results) {
    expect(result.status).toBe("无数据");
    expect(result.latest).toBe("");
    expect(result.inputErrors).toBe(0);
  }
});

test("progress is left blank, with the reason in 说明, where the baseline already meets the target", () => {
  const plan = { ...samplePlan, indicators: [{ ...samplePlan.indicators[0], baseline: { year: 2020, value: 99.96 }, target: { ...samplePlan.indicators[0].target, value: 100 } }] };
  const close = buildTemplate(plan);
  expect(String(close.values[0][close.columns.findIndex((c) => c.key === "note")])).toContain("不计算进度");
  expect(String(layout.values[0][col(HEADERS.note)])).not.toContain("不计算进度");
});

test("flags: native formulas only, on the year columns of the body, one pair per rule kind", () => {
  const years = a1(6, col("2021年"), 12, col("2025年"));
  const misses = layout.flags.filter((f) => f.kind === "miss");
  expect(layout.flags[0]).toMatchObject({ kind: "input", address: years });
  expect(misses.map((f) => f.rule).sort()).toEqual(["about", "at_least", "at_most", "between", "increase_by"]);
  for (const flag of layout.flags) {
    expect(flag.formula).not.toMatch(/EDU\.|\[@|\[#/);
    for (const name of functionsIn(flag.formula)) expect(NATIVE_FUNCTIONS).toContain(name);
    expect(flag.formula.startsWith("=")).toBe(true);
  }
  expect(misses.every((f) => f.address === years)).toBe(true);
  expect(layout.flags.filter((f) => f.kind === "fell")).toHaveLength(5);
  expect(layout.flags.filter((f) => f.kind.startsWith("status:"))).toHaveLength(7);
});

test("validation: one per row, target in the input message, within Excel's limits", () => {
  expect(layout.validations).toHaveLength(7);
  const first = layout.validations[0];
  expect(first.address).toBe(a1(6, col("2021年"), 6, col("2025年")));
  expect(first.prompt.message).toContain("不低于 90%");
  expect(first.rule).toEqual({ operator: "Between", formula1: 0, formula2: 1 });
  for (const v of layout.validations) {
    expect(v.prompt.title.length).toBeLessThanOrEqual(32);
    expect(v.prompt.message.length).toBeLessThanOrEqual(255);
  }
});

test("the title block names the plan's 文号 when it has one, and nothing in its place when not", () => {
  const withNumber = buildTemplate({ ...samplePlan, document: "示政办发〔2023〕6号" });
  expect(withNumber.title[1]).toMatch(/ · 文号：示政办发〔2023〕6号$/);
  expect(withNumber.title).toHaveLength(buildTemplate(samplePlan).title.length);
  expect(buildTemplate(samplePlan).title.join("\n")).not.toContain("文号");
});

test("the source line names the plan by title and 文号, not by a stored file's name", () => {
  const stored = buildTemplate({ ...samplePlan, source: "002_905ea191b406fb23.txt", document: "示政办发〔2023〕6号" });
  expect(stored.title[2]).toBe(`来源：《${samplePlan.title}》（示政办发〔2023〕6号） · 指标 ${samplePlan.indicators.length} 项`);
  const named = buildTemplate({ ...samplePlan, source: "区教育局2023年统计年报" });
  expect(named.title[2]).toContain("来源：区教育局2023年统计年报 ·");
});
