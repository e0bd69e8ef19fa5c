// The template's 今后每年需 and 实际/所需 columns (native formulas) equal the core's needed.ts on seeded
// random fills of every bundled plan, through the in-memory Excel's formula engine: the change per
// year in the plan's unit (个百分点 for % rows), blank when met or without data, a visible text once the
// target year has come; the ratio of observed to required annual change, blank when met.
import { catalog } from "../../src/catalog";
import { a1 } from "../../src/core/layout";
import { actualVersusRequired, neededChange } from "../../src/core/needed";
import { RuleKind } from "../../src/core/plan";
import { isMet } from "../../src/core/rules";
import { TARGET_YEAR_PASSED, evaluateRow } from "../../src/core/template-formulas";
import { TemplateLayout, buildTemplate, isPercentUnit } from "../../src/core/template";
import { isCellError } from "../../src/core/errors";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";
import { samplePlan } from "../fixtures/plan";
import { YearValue, cellsOfRow, fillRows } from "../support/fills";
import { cellOf, read, type } from "./helpers";

const near = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;

async function filledTable(layout: TemplateLayout, fills: YearValue[][]) {
  const excel = createFakeExcel();
  const plan = catalog().getPlan(layout.planId)[0] ?? samplePlan;
  const { sheetName } = await insertTemplate(plan, excel.run, () => true);
  const years = layout.columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
  const first = layout.headerRow + 1;
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.getRange(a1(first, years[0], first + fills.length - 1, years[years.length - 1])).values = fills;
    const range = sheet.getRange(a1(layout.headerRow, 0, layout.headerRow + fills.length, layout.columns.length - 1)).load("values");
    await context.sync();
    return range.values as unknown[][];
  });
}

/** What needed.ts says the two columns hold for a row read back from the sheet. */
function fromCore(at: (key: string) => unknown): { perYear: number | string; pace: number | string } {
  const n = (key: string) => (typeof at(key) === "number" ? (at(key) as number) : null);
  const rule = String(at("ruleCode")) as RuleKind;
  const [latest, year, target, targetYear] = [n("latest"), n("latestYear"), n("target"), n("targetYear")];
  if (latest === null || year === null || target === null || targetYear === null || rule === "non_decreasing")
    return { perYear: "", pace: "" };
  const bound = { value: target, high: n("high") ?? undefined };
  if (isMet(rule, bound, latest)) return { perYear: "", pace: "" };
  const change = neededChange(rule, bound, latest, year, targetYear);
  const scale = isPercentUnit(String(at("unit"))) ? 100 : 1;
  const perYear = isCellError(change) ? TARGET_YEAR_PASSED : change * scale;
  const [baseline, baselineYear] = [n("baseline"), n("baselineYear")];
  const ratio =
    baseline === null || baselineYear === null
      ? null
      : actualVersusRequired(rule, baseline, baselineYear, bound, targetYear, latest, year);
  return { perYear, pace: ratio ?? "" };
}

const plans = catalog().listPlans();
/** The cases the fills reached, over all plans (宁波 2024 is a one-year plan: its target year is every row's). */
const reached = new Set<string>();

describe.each(plans.map((plan) => [plan.id, plan] as const))("%s", (_id, plan) => {
  test("今后每年需 and 实际/所需 in the sheet = needed.ts, on random fills", async () => {
    const layout = buildTemplate(plan);
    const fills = fillRows(layout, 4099 + plan.indicators.length);
    const [headers, ...rows] = await filledTable(layout, fills);
    const index = (key: string) => layout.columns.findIndex((c) => c.key === key);
    expect(headers[index("perYear")]).toBe("今后每年需");
    const wrong: string[] = [];
    rows.forEach((row, r) => {
      const want = fromCore((key) => row[index(key)]);
      const got = { perYear: row[index("perYear")], pace: row[index("pace")] };
      for (const key of ["perYear", "pace"] as const) {
        if (!near(got[key], want[key])) wrong.push(`${row[0]} ${key}: sheet ${String(got[key])}, needed.ts ${String(want[key])}`);
      }
      reached.add(typeof want.perYear === "number" ? "number" : want.perYear || "blank");
      // The core's row evaluation (what LibreOffice is compared with) says the same.
      const core = evaluateRow(layout.columns.filter((c) => c.year).map((c) => c.year!), cellsOfRow(layout, layout.values[r], fills[r]));
      if (!near(core.perYear ?? "", got.perYear) || !near(core.pace ?? "", got.pace)) wrong.push(`${row[0]}: evaluateRow differs`);
    });
    expect(wrong).toEqual([]);
  }, 60000);
});

test("the fills reached a change per year, a blank and a passed target year", () => {
  expect([...reached].sort()).toEqual(["blank", "number", TARGET_YEAR_PASSED].sort());
});

describe("hand-computed", () => {
  const layout = buildTemplate(samplePlan);
  async function sheetWith(values: [string, string, number | string][]) {
    const excel = createFakeExcel();
    const { sheetName } = await insertTemplate(samplePlan, excel.run, () => true);
    for (const [id, year, value] of values) await type(excel, sheetName, cellOf(layout, id, year).address, value);
    const at = (id: string, header: string) => read(excel, sheetName, cellOf(layout, id, header).address);
    return at;
  }

  test("86.4 % → 90 % by 2025, 88.2 % in 2023: 0.9 个百分点 a year, ratio 0.833 (amber band)", async () => {
    const at = await sheetWith([["sample-01", "2023年", 0.882]]);
    // (90 − 88.2) ÷ 2 years = 0.9 points a year; progress 0.5 over 60 % of the period = 0.833.
    expect(await at("sample-01", "今后每年需")).toBeCloseTo(0.9, 9);
    expect(await at("sample-01", "实际/所需")).toBeCloseTo(0.8333333333, 9);
    const row = layout.indicators.findIndex((i) => i.id === "sample-01");
    expect(layout.numberFormats[row][layout.columns.findIndex((c) => c.key === "perYear")]).toBe(
      '"提高"0.0"个百分点";"降低"0.0"个百分点";0'
    );
  });

  test("lower is better: 近视率 60 % → 50 %, 57 % in 2022: lower 2.333 points a year", async () => {
    const at = await sheetWith([["sample-02", "2022年", 0.57]]);
    expect(await at("sample-02", "今后每年需")).toBeCloseTo(-7 / 3, 9);
    // Progress 0.3 over 40 % of the period.
    expect(await at("sample-02", "实际/所需")).toBeCloseTo(0.75, 9);
  });

  test("already met, no data, and a target year that has come", async () => {
    const met = await sheetWith([["sample-01", "2023年", 0.91]]);
    expect(await met("sample-01", "今后每年需")).toBe("");
    expect(await met("sample-01", "实际/所需")).toBe("");
    expect(await met("sample-02", "今后每年需")).toBe("");
    const late = await sheetWith([["sample-01", "2025年", 0.88]]);
    expect(await late("sample-01", "今后每年需")).toBe(TARGET_YEAR_PASSED);
    // The text stops nothing downstream: status and ratio still compute.
    expect(await late("sample-01", "状态")).toBe("未达标");
    expect(typeof (await late("sample-01", "实际/所需"))).toBe("number");
  });

  test("a count row reads in its own unit: 新建幼儿园 4 所 by 2025, 1 built by 2022", async () => {
    const at = await sheetWith([["sample-03", "2022年", 1]]);
    expect(await at("sample-03", "今后每年需")).toBeCloseTo(1, 9);
    const row = layout.indicators.findIndex((i) => i.id === "sample-03");
    expect(layout.numberFormats[row][layout.columns.findIndex((c) => c.key === "perYear")]).toBe('"提高"0.0"所";"降低"0.0"所";0');
  });
});
