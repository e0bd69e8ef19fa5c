// For each of the five bundled plans: insert, fill year cells with values that meet, miss and trail
// the plan, then check the EDU columns, the flags, the check's list, the syncs, that the user's
// other sheet is unchanged, and that a second insert makes a second sheet.
import { catalog } from "../../src/catalog";
import { judgeTable } from "../../src/core/check";
import { Indicator, Plan } from "../../src/core/plan";
import { RULE_DIRECTION } from "../../src/core/rules";
import { MISSES, STATUS_LABELS } from "../../src/core/status";
import { FLAG_FORMATS, HEADERS, a1, buildTemplate, planYears, toSheetValue, isPercentUnit } from "../../src/core/template";
import { checkWorkbook } from "../../src/excel/check";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";

type Flag = "miss" | "behind" | "fell" | "none";
const flagOf = (format?: { fill?: string; border?: string }): Flag =>
  !format ? "none" : format.fill === FLAG_FORMATS.miss.fill ? "miss" : format.fill === FLAG_FORMATS.behind.fill ? "behind" : format.border ? "fell" : "none";
const expectedFlag = (status: string, rule: string): Flag =>
  rule === "non_decreasing" ? (status === "regressed" ? "fell" : "none") : status === "regressed" || status === "not_met" ? "miss" : status === "behind" ? "behind" : "none";

/** Values (year → sheet value) for one row: meet, miss or trail the plan, by the row's index. */
function valuesFor(plan: Plan, indicator: Indicator, index: number): Record<number, number> {
  const years = planYears(plan);
  const clamp = (y: number) => Math.min(Math.max(y, years[0]), years[years.length - 1]);
  const unit = indicator.unit;
  const percent = isPercentUnit(unit);
  const cap = (v: number) => Number((percent ? Math.min(Math.max(v, 0), 1) : v).toPrecision(10));
  if (indicator.rule === "non_decreasing") {
    const start = indicator.baseline ? toSheetValue(indicator.baseline.value, unit) : 100;
    return index % 2 === 0 ? { [years[0]]: cap(start * 1.05), [years[years.length - 1]]: cap(start * 1.1) } : { [years[0]]: cap(start * 1.05), [years[years.length - 1]]: cap(start * 0.9) };
  }
  const target = toSheetValue(indicator.target.value!, unit);
  const change = indicator.rule === "increase_by" || indicator.rule === "decrease_by";
  const base = change ? 0 : indicator.baseline ? toSheetValue(indicator.baseline.value, unit) : null;
  const ty = clamp(indicator.target.year);
  const direction = RULE_DIRECTION[indicator.rule];
  const step = Math.abs(target) * 0.2 || 0.1;
  switch (index % 3) {
    case 0: {
      const high = indicator.target.high === undefined ? target : toSheetValue(indicator.target.high, unit);
      const met = indicator.rule === "greater_than" ? target + step / 10 : indicator.rule === "less_than" ? target - step / 10 : indicator.rule === "between" ? (target + high) / 2 : target;
      return { [ty]: cap(met) };
    }
    case 1:
      return { [ty]: cap(direction === "lower" ? target + step : target - step) };
    default: {
      const by = change ? indicator.baseline?.year ?? plan.period.start - 1 : indicator.baseline?.year;
      const between = years.filter((y) => by !== undefined && y > by && y < ty);
      if (base === null || between.length === 0) return { [ty]: cap(target) };
      const y = between[between.length - 1];
      return { [y]: cap(base + 0.05 * (target - base)) };
    }
  }
}

const plans = catalog().listPlans();

describe.each(plans.map((plan) => [plan.id, plan] as const))("%s", (_id, plan) => {
  test("insert, fill, flags, status column and check agree; other sheets untouched; re-insert", async () => {
    const excel = createFakeExcel({ sheets: ["我的数据"] });
    await excel.run(async (context) => {
      const mine = context.workbook.worksheets.getItem("我的数据");
      mine.getRange("A1:C2").values = [["学校", "学生数", "合计"], ["实验小学", 1620, ""]];
      mine.getRange("C2").formulas = [["=B2*2"]];
      await context.sync();
    });
    const before = JSON.stringify([...excel.model.sheet("我的数据").cells]);

    const start = excel.syncCount;
    const inserted = await insertTemplate(plan, excel.run, () => true);
    expect(excel.syncCount - start).toBe(2);
    expect(inserted.indicatorCount).toBe(plan.indicators.length);

    const layout = buildTemplate(plan);
    const yearColumns = layout.columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
    const years = yearColumns.map((i) => layout.columns[i].year!);
    const block = layout.indicators.map((indicator, n) => {
      const values = valuesFor(plan, indicator, n);
      return years.map((y) => (values[y] as number | undefined) ?? "");
    });
    const first = layout.headerRow + 1;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(inserted.sheetName).getRange(a1(first, yearColumns[0], first + block.length - 1, yearColumns[yearColumns.length - 1])).values = block;
      await context.sync();
    });

    const table = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(inserted.sheetName).getRange(a1(layout.headerRow, 0, layout.headerRow + block.length, layout.columns.length - 1)).load("values");
      await context.sync();
      return range.values;
    });
    const [headers, ...rows] = table as unknown[][];
    const judged = judgeTable({ sheet: inserted.sheetName, table: inserted.tableName, headerRow: layout.headerRow, firstColumn: 0, headers: headers.map(String), rows });
    expect(judged.length).toBe(block.flat().filter((v) => v !== "").length);

    // Flags on every filled cell agree with the core's status.
    const shown = excel.model.conditionalFormatting(inserted.sheetName);
    const flagMismatches = judged
      .map((cell) => ({ cell, rule: layout.indicators.find((i) => i.id === cell.indicatorId)!.rule }))
      .filter(({ cell, rule }) => flagOf(shown.get(`${cell.row},${cell.column}`)?.format) !== expectedFlag(cell.status, rule))
      .map(({ cell }) => `${cell.indicatorId} ${cell.year} ${cell.value} ${cell.status}`);
    expect(flagMismatches).toEqual([]);

    // The status column shows the status of each row's latest value (non-decreasing: any fall).
    const statusColumn = headers.indexOf(HEADERS.status);
    const statusMismatches: string[] = [];
    rows.forEach((row, r) => {
      const id = String(row[0]);
      const cells = judged.filter((c) => c.indicatorId === id);
      const rule = layout.indicators[r].rule;
      const expected =
        cells.length === 0 ? "no_data" : rule === "non_decreasing" ? (cells.some((c) => c.status === "regressed") ? "regressed" : "met") : cells[cells.length - 1].status;
      if (row[statusColumn] !== STATUS_LABELS[expected]["zh-CN"]) statusMismatches.push(`${id}: ${row[statusColumn]} ≠ ${expected}`);
    });
    expect(statusMismatches).toEqual([]);

    // The check lists exactly the misses, in two syncs.
    const checkStart = excel.syncCount;
    const result = await checkWorkbook(excel.run);
    expect(excel.syncCount - checkStart).toBe(2);
    const expectedMisses = judged.filter((c) => MISSES.includes(c.status)).map((c) => c.address).sort();
    expect(result.misses.map((m) => m.address).sort()).toEqual(expectedMisses);

    // The plan exercised met and missed cells (and behind, where it has baselines to pace from).
    const statuses = new Set(judged.map((c) => c.status));
    expect(statuses.has("met")).toBe(true);
    expect(statuses.has("not_met") || statuses.has("regressed")).toBe(true);
    if (plan.indicators.filter((i) => i.baseline && i.rule !== "non_decreasing").length > 10 && years.length > 1) {
      expect(statuses.has("behind")).toBe(true);
    }

    // Nothing else was touched; a second insert is a second sheet.
    expect(JSON.stringify([...excel.model.sheet("我的数据").cells])).toBe(before);
    const again = await insertTemplate(plan, excel.run, () => true);
    expect(again.sheetName).toBe(`${inserted.sheetName} (2)`);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["我的数据", inserted.sheetName, again.sheetName]);
  }, 120000);
});
