// Reading sheets back into plans: every bundled plan's template (as a file) gives the plan again in
// every field the sheet has a column for; an entry sheet's rows become a plan; each problem is named
// at its cell; text starting with = + - survives; ids are made.
import ExcelJS from "exceljs";
import { catalog } from "../../src/catalog";
import { validatePlan } from "../../src/catalog/validate";
import { ENTRY_HEADERS, EXAMPLE_ROW, EntryColumnKey, PLAN_LABELS, entrySheet } from "../../src/core/entry";
import { ENTRY_MESSAGES, EntryMessageKey } from "../../src/core/entry-messages";
import { SheetLayout, a1 } from "../../src/core/layout";
import { Indicator, Plan } from "../../src/core/plan";
import { SheetCells, guessStage, planCode, planFromSheet, problemText, regionLevel } from "../../src/core/plan-from-sheet";
import { buildTemplate, groupByCategory, sourceText, templateSheet } from "../../src/core/template";
import { xlsxCells } from "../../src/export/read-xlsx";
import { workbookToXlsx } from "../../src/export/xlsx";
import { samplePlan } from "../fixtures/plan";

/** A layout's cells as a reader sees them, without a writer: values and formats from A1. */
function cellsOf(layout: SheetLayout): SheetCells {
  const values: unknown[][] = [];
  const formats: (string | null)[][] = [];
  for (const block of layout.blocks) {
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const [y, x] = [block.row + r, block.column + c];
        (values[y] ??= [])[x] = block.results?.[r]?.[c] ?? value;
        (formats[y] ??= [])[x] = block.numberFormats?.[r]?.[c] ?? null;
      })
    );
  }
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formats[r] ??= [];
  }
  return { sheet: layout.name, values, formats, tables: layout.tables.map((t) => ({ name: t.name, address: t.address })) };
}

/** What a sheet holds of an indicator: every field with a column (not stage, printed, inferred). */
function sheetFields(indicator: Indicator) {
  return {
    id: indicator.id,
    category: indicator.category,
    name: indicator.name,
    group: indicator.group,
    unit: indicator.unit,
    rule: indicator.rule,
    baseline: indicator.baseline && { year: indicator.baseline.year, value: indicator.baseline.value },
    target: { year: indicator.target.year, value: indicator.target.value, high: indicator.target.high },
    refs: indicator.refs,
    responsible: indicator.responsible,
    note: indicator.note,
    attribute: indicator.attribute,
  };
}

function planFields(plan: Plan) {
  // The 文号 stands in the template's title block and comes back with the rest.
  const { indicators, projects, ...head } = plan;
  void projects;
  // A source that is only a stored file's name is shown, and so read back, as the plan's title and 文号.
  return { ...head, source: sourceText(plan), indicators: indicators.map(sheetFields) };
}

describe("every bundled plan: plan → template file → read back → the same plan", () => {
  test.each(catalog().listPlans().map((plan) => [plan.id, plan] as const))("%s", async (_id, plan) => {
    const bytes = await workbookToXlsx({ sheets: [templateSheet(buildTemplate(plan))] });
    const [cells] = await xlsxCells(bytes);
    const read = planFromSheet(cells);
    expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(read.kind).toBe("template");
    // The template lists indicators by category; the plan read back is in the sheet's order.
    expect(planFields(read.plan!)).toEqual(planFields({ ...plan, indicators: groupByCategory(plan.indicators) }));
    expect(validatePlan(read.plan).errors).toEqual([]);
  }, 30000);
});

test("a template read back keeps its stage when a word says it, else 综合", () => {
  expect(guessStage("教育公平", "普惠性幼儿园比例")).toBe("学前教育");
  expect(guessStage("教育保障", "中小学教师本科以上学历比例")).toBe("义务教育");
  expect(guessStage("其他", "群众满意度")).toBe("综合");
});

test("region levels follow the name and whether it has a city above it", () => {
  expect(regionLevel("北仑区", "宁波市")).toBe("district");
  expect(regionLevel("慈溪市", "宁波市")).toBe("county-level city");
  expect(regionLevel("宁波市", null)).toBe("prefecture-level city");
  expect(regionLevel("象山县", "宁波市")).toBe("county");
  expect(regionLevel("浙江省", null)).toBe("province");
});

/** An entry sheet with the labelled cells and the rows filled in, as cells. */
function filledEntry(head: Partial<Record<keyof typeof PLAN_LABELS, unknown>>, rows: Partial<Record<EntryColumnKey, unknown>>[], formats: Partial<Record<EntryColumnKey, string>>[] = []): SheetCells {
  const cells = cellsOf(entrySheet());
  const labelRow = (key: keyof typeof PLAN_LABELS) => cells.values.findIndex((row) => row[0] === PLAN_LABELS[key]);
  for (const [key, value] of Object.entries(head)) cells.values[labelRow(key as keyof typeof PLAN_LABELS)][1] = value;
  const headerRow = cells.values.findIndex((row) => row[0] === ENTRY_HEADERS.category);
  const keys = Object.keys(ENTRY_HEADERS) as EntryColumnKey[];
  cells.values[headerRow + 1] = keys.map(() => null);
  rows.forEach((row, n) => {
    cells.values[headerRow + 1 + n] = keys.map((key) => row[key] ?? null);
    cells.formats![headerRow + 1 + n] = keys.map((key) => formats[n]?.[key] ?? null);
  });
  return cells;
}

const HEAD = { title: "海曙区教育提质行动", region: "海曙区", parent: "宁波市", start: "2024", end: "2026", issuer: "海曙区教育局" };
const ROW = { category: "学前教育", name: "普惠性幼儿园覆盖率", unit: "%", rule: "不低于", baselineYear: 2023, baseline: 90, targetYear: 2026, target: 95 };
/** 0-based row of the entry table's first body row. */
const FIRST = filledEntry({}, []).values.findIndex((row) => row[0] === ENTRY_HEADERS.category) + 1;
const at = (n: number, key: EntryColumnKey) => a1(FIRST + n, (Object.keys(ENTRY_HEADERS) as EntryColumnKey[]).indexOf(key));

describe("an entry sheet becomes a plan", () => {
  test("typed rows: ids made, percentages as typed or as Excel's fractions, attribute, refs split", () => {
    const read = planFromSheet(
      filledEntry(HEAD, [
        { ...ROW, attribute: "约束性", ref: "一、（二）；表1", responsible: "区教育局" },
        { ...ROW, name: "公办幼儿园在园幼儿占比", baseline: 0.5, target: "60%" },
        { category: "义务教育", name: "新建学校", unit: "所", rule: "新增", targetYear: 2026, target: "6所" },
        { category: "义务教育", name: "生均经费", unit: "元", rule: "逐年只增不减" },
        { category: "义务教育", name: "班额", unit: "人", rule: "介于", target: 40, high: 45, note: "小学" },
      ], [{}, { baseline: "0%" }])
    );
    expect(read.problems).toEqual([]);
    const plan = read.plan!;
    expect(plan.id).toBe(`${planCode("海曙区", 2024, 2026)}-2024-2026`);
    expect(plan.region).toEqual({ name: "海曙区", level: "district", parent: "宁波市" });
    expect(plan.period).toEqual({ start: 2024, end: 2026 });
    expect(plan.indicators.map((i) => i.id)).toEqual([1, 2, 3, 4, 5].map((n) => `${planCode("海曙区", 2024, 2026)}-0${n}`));
    const [first, second, third, fourth, fifth] = plan.indicators;
    expect(first).toMatchObject({ attribute: "binding", refs: ["一、（二）", "表1"], responsible: "区教育局", stage: "学前教育", target: { year: 2026, value: 95, printed: "95%" } });
    expect(second.baseline).toEqual({ year: 2023, value: 50 });
    expect(second.target.value).toBe(60);
    expect(third).toMatchObject({ rule: "increase_by", baseline: null, target: { value: 6 } });
    expect(fourth).toMatchObject({ rule: "non_decreasing", target: { year: 2026, value: null, printed: null } });
    expect(fifth.target).toMatchObject({ value: 40, high: 45 });
    expect(validatePlan(plan).errors).toEqual([]);
  });

  test("the same region and period give the same id; a 规划编号 given is used", () => {
    const once = planFromSheet(filledEntry(HEAD, [ROW])).plan!;
    expect(planFromSheet(filledEntry(HEAD, [ROW])).plan!.id).toBe(once.id);
    // another period of the same region: another id, and indicator ids that cannot clash
    const later = planFromSheet(filledEntry({ ...HEAD, start: 2027, end: 2029 }, [{ ...ROW, baselineYear: 2026, targetYear: 2029 }])).plan!;
    expect(later.id).not.toBe(once.id);
    expect(later.indicators[0].id.split("-")[0]).not.toBe(once.indicators[0].id.split("-")[0]);
    const own = planFromSheet(filledEntry({ ...HEAD, id: "haishu-2024-2026" }, [ROW])).plan!;
    expect(own.id).toBe("haishu-2024-2026");
    expect(own.indicators[0].id).toBe("haishu-01");
  });

  test("text that starts with = + - is kept verbatim in names, notes and references", () => {
    const read = planFromSheet(filledEntry(HEAD, [{ ...ROW, name: "=普惠率", note: "+2 个百分点", ref: "-表1", responsible: "=SUM(A1)" }]));
    expect(read.plan!.indicators[0]).toMatchObject({ name: "=普惠率", note: "+2 个百分点", refs: ["-表1"], responsible: "=SUM(A1)" });
  });
});

/** The problems' keys and cells of an entry with these rows. */
function problemsOf(rows: Partial<Record<EntryColumnKey, unknown>>[], head: Record<string, unknown> = HEAD) {
  return planFromSheet(filledEntry(head, rows)).problems.map((p) => [p.key, p.address, p.severity]);
}

describe("every problem is named at its cell", () => {
  test("unknown rule", () => expect(problemsOf([{ ...ROW, rule: "更多" }])).toEqual([["unknownRule", at(0, "rule"), "error"]]));
  test("rule missing", () => expect(problemsOf([{ ...ROW, rule: null }])).toEqual([["ruleMissing", at(0, "rule"), "error"]]));
  test("target missing", () => expect(problemsOf([{ ...ROW, target: null }])).toEqual([["targetMissing", at(0, "target"), "error"]]));
  test("baseline year after target year", () =>
    expect(problemsOf([{ ...ROW, baselineYear: 2027 }])).toEqual([["yearOrder", at(0, "baselineYear"), "error"]]));
  test("between without its upper end", () =>
    expect(problemsOf([{ ...ROW, rule: "介于" }])).toEqual([["betweenNeedsHigh", at(0, "high"), "error"]]));
  test("upper end below the target", () =>
    expect(problemsOf([{ ...ROW, rule: "介于", high: 94 }])).toEqual([["highBelowLow", at(0, "high"), "error"]]));
  test("an upper end where the rule uses none is a warning", () =>
    expect(problemsOf([{ ...ROW, high: 99 }])).toEqual([["highNotUsed", at(0, "high"), "warning"]]));
  test("duplicate indicator", () =>
    expect(problemsOf([ROW, { ...ROW, target: 96 }])).toEqual([["duplicateIndicator", at(1, "name"), "error"]]));
  test("the same name in another category is no duplicate (plans repeat names)", () =>
    expect(problemsOf([ROW, { ...ROW, category: "终身教育" }])).toEqual([]));
  test("a % above 100 is a warning, and the plan is still made", () => {
    const read = planFromSheet(filledEntry(HEAD, [{ ...ROW, name: "学前三年毛入园率", target: 108 }]));
    expect(read.problems.map((p) => [p.key, p.address, p.severity])).toEqual([["percentAbove100", at(0, "target"), "warning"]]);
    expect(read.plan!.indicators[0].target.value).toBe(108);
  });
  test("a % below 0", () => expect(problemsOf([{ ...ROW, baseline: -1 }])).toEqual([["percentNegative", at(0, "baseline"), "error"]]));
  test("not a number", () => expect(problemsOf([{ ...ROW, target: "九十五" }])).toEqual([["notANumber", at(0, "target"), "error"]]));
  test("not a year", () => expect(problemsOf([{ ...ROW, targetYear: "明年" }])).toEqual([["notAYear", at(0, "targetYear"), "error"]]));
  test("baseline half given", () => expect(problemsOf([{ ...ROW, baselineYear: null }])).toEqual([["baselineIncomplete", at(0, "baselineYear"), "error"]]));
  test("name and category missing", () =>
    expect(problemsOf([{ ...ROW, name: null, category: null }])).toEqual([
      ["nameMissing", at(0, "name"), "error"],
      ["categoryMissing", at(0, "category"), "error"],
    ]));
  test("unknown attribute", () => expect(problemsOf([{ ...ROW, attribute: "重点" }])).toEqual([["unknownAttribute", at(0, "attribute"), "error"]]));
  test("the example row left as it is", () => expect(problemsOf([EXAMPLE_ROW])).toEqual([["exampleRow", at(0, "name"), "error"]]));
  test("no rows", () => expect(problemsOf([])).toEqual([["noIndicators", at(0, "category"), "error"]]));
  test("the plan's own cells", () => {
    const keys = problemsOf([ROW], { start: "2026", end: "2024", id: "海曙" }).map(([key, address]) => `${key}@${address}`);
    expect(keys).toEqual(["titleMissing@B3", "regionMissing@B4", "issuerMissing@B8", "periodOrder@B6", "planIdInvalid@B10"]);
  });
  test("period missing", () => expect(problemsOf([ROW], { ...HEAD, end: "" }).map(([k, a]) => `${k}@${a}`)).toEqual(["periodMissing@B7"]));
  test("a sheet without a plan table", () => {
    const read = planFromSheet({ sheet: "Sheet1", values: [["名称", "数值"], ["a", 1]] });
    expect(read.problems.map((p) => [p.key, p.address])).toEqual([["noTable", null]]);
  });
  test("every message exists in both languages and fills its parameters", () => {
    for (const key of Object.keys(ENTRY_MESSAGES) as EntryMessageKey[]) {
      const problem = { severity: "error" as const, sheet: "s", address: null, key, params: { value: "x", rule: "介于", rules: "r", column: "c", name: "n", row: 3, baseline: 2027, target: 2026, zh: "中", en: "en" } };
      expect(problemText(problem, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
      expect(problemText(problem, "en-US")).not.toMatch(/\{\w+\}/);
      expect(problemText(problem, "zh-CN")).not.toMatch(/\{\w+\}/);
    }
  });
});

test("a template's 说明 for change rules and for no progress is undone; the plan's own note stays", async () => {
  const plan: Plan = {
    ...samplePlan,
    indicators: samplePlan.indicators.map((i, n) => (n === 0 ? { ...i, note: "第一句；第二句" } : i)),
  };
  const read = planFromSheet(cellsOf(templateSheet(buildTemplate(plan))));
  expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(planFields(read.plan!)).toEqual(planFields({ ...plan, indicators: groupByCategory(plan.indicators) }));
});

test("text starting with = + - survives plan → template file → plan (ExcelJS writer and reader)", async () => {
  const [first, ...rest] = samplePlan.indicators;
  const plan: Plan = { ...samplePlan, title: "=规划", indicators: [{ ...first, name: "=普惠率", note: "+1", refs: ["-表1", "=A1"], responsible: "-局" }, ...rest] };
  const [cells] = await xlsxCells(await workbookToXlsx({ sheets: [templateSheet(buildTemplate(plan))] }));
  const read = planFromSheet(cells);
  expect(read.plan!.title).toBe("=规划");
  expect(read.plan!.indicators.find((i) => i.id === first.id)).toMatchObject({ name: "=普惠率", note: "+1", refs: ["-表1", "=A1"], responsible: "-局" });
  // and the file holds them as text, not formulas
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbookToXlsx({ sheets: [templateSheet(buildTemplate(plan))] })) as never);
  const values: unknown[] = [];
  book.worksheets[0].eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
  expect(values).toContain("=普惠率");
}, 30000);

test("the entry sheet file downloaded reads back as the same empty form (problems, no crash)", async () => {
  const [cells] = await xlsxCells(await workbookToXlsx({ sheets: [entrySheet()] }));
  const read = planFromSheet(cells);
  expect(read.kind).toBe("entry");
  expect(read.problems.map((p) => p.key)).toEqual(["titleMissing", "regionMissing", "issuerMissing", "periodMissing", "exampleRow"]);
}, 30000);
