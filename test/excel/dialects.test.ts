// Both formula dialects and the core say the same thing: for every bundled plan and seeded random
// fills (every case of the status table, text and implausible values included), the native template,
// the EDU-function template and the core's evaluateRow agree cell by cell, and so do the flags and the
// check, through a real formula engine.
import { catalog } from "../../src/catalog";
import { judgeTable } from "../../src/core/check";
import { FormulaError } from "../../src/core/formula";
import { a1 } from "../../src/core/layout";
import { COMPUTED_KEYS, ComputedKey, evaluateRow } from "../../src/core/template-formulas";
import { FLAG_FORMATS, FormulaDialect, TemplateLayout, buildTemplate } from "../../src/core/template";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";
import { YearValue, cellsOfRow, fillRows } from "../support/fills";

const VISIBLE: ComputedKey[] = ["latest", "latestYear", "gap", "progress", "expected", "status"];

function same(actual: unknown, expected: unknown): boolean {
  if (typeof actual === "number" && typeof expected === "number") return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return actual === expected;
}

const shown = (value: unknown) => (value instanceof FormulaError ? value.code : value === null ? "" : value);

type Flag = "input" | "miss" | "behind" | "fell" | "none";
function flagOf(format?: { fill?: string; border?: string }): Flag {
  if (!format) return "none";
  if (format.fill === FLAG_FORMATS.input.fill) return "input";
  if (format.fill === FLAG_FORMATS.miss.fill) return "miss";
  if (format.fill === FLAG_FORMATS.behind.fill) return "behind";
  return format.border ? "fell" : "none";
}
function expectedFlag(status: string, rule: string): Flag {
  if (status === "input_error") return "input";
  if (rule === "non_decreasing") return status === "regressed" ? "fell" : "none";
  return status === "regressed" || status === "not_met" ? "miss" : status === "behind" ? "behind" : "none";
}

async function filledSheet(layout: TemplateLayout, dialect: FormulaDialect, fills: YearValue[][], plan = catalog().getPlan(layout.planId)[0]) {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(plan, excel.run, () => true, dialect);
  const years = layout.columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
  const first = layout.headerRow + 1;
  const table = await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.getRange(a1(first, years[0], first + fills.length - 1, years[years.length - 1])).values = fills;
    const range = sheet.getRange(a1(layout.headerRow, 0, layout.headerRow + fills.length, layout.columns.length - 1)).load("values");
    await context.sync();
    return range.values as unknown[][];
  });
  return { excel, sheetName, table };
}

const plans = catalog().listPlans();

describe.each(plans.map((plan) => [plan.id, plan] as const))("%s", (_id, plan) => {
  test.each([1, 2])("seed %i: native formulas = core, EDU formulas = native, flags = check", async (seed) => {
    const layout = buildTemplate(plan);
    const fills = fillRows(layout, seed * 7919 + plan.indicators.length);
    const native = await filledSheet(layout, "native", fills, plan);
    const edu = await filledSheet(layout, "edu", fills, plan);
    const years = layout.columns.filter((c) => c.role === "year").map((c) => c.year!);
    const index = (key: string) => layout.columns.findIndex((c) => c.key === key);
    let compared = 0;
    const disagreements: string[] = [];
    layout.values.forEach((row, r) => {
      const core = evaluateRow(years, cellsOfRow(layout, row, fills[r]));
      const nativeRow = native.table[r + 1];
      const eduRow = edu.table[r + 1];
      for (const key of COMPUTED_KEYS) {
        const expected = shown(core[key]);
        if (!same(nativeRow[index(key)], expected)) disagreements.push(`native ${row[0]} ${key}: ${nativeRow[index(key)]} ≠ core ${expected}`);
        compared++;
      }
      for (const key of VISIBLE) {
        if (!same(eduRow[index(key)], nativeRow[index(key)])) disagreements.push(`edu ${row[0]} ${key}: ${eduRow[index(key)]} ≠ native ${nativeRow[index(key)]}`);
        compared++;
      }
    });
    // Flags on every filled year cell against the check, which runs the core.
    const [headers, ...body] = native.table;
    const judged = judgeTable({ sheet: native.sheetName, table: layout.tableName, headerRow: layout.headerRow, firstColumn: 0, headers: headers.map(String), rows: body });
    const flags = native.excel.model.conditionalFormatting(native.sheetName);
    for (const cell of judged) {
      const rule = String(body[cell.row - layout.headerRow - 1][index("ruleCode")]);
      const flag = flagOf(flags.get(`${cell.row},${cell.column}`)?.format);
      if (flag !== expectedFlag(cell.status, rule)) disagreements.push(`flag ${cell.indicatorId} ${cell.year} ${String(cell.value)}: ${flag}, check says ${cell.status}`);
      compared++;
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(layout.values.length * 16);
    // The fills reach the cases that matter.
    const statuses = new Set(native.table.slice(1).map((r) => r[index("status")]));
    expect(statuses.has("输入错误") && statuses.has("无数据")).toBe(true);
  }, 60000);
});
