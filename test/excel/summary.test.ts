// The 汇总 sheet in the in-memory Excel (HyperFormula): inserted with the template in the same two
// syncs, its counts equal the core's row statuses on random fills of every plan, it changes as values
// are typed, its colours, data bars, page and the native chart in the flags' colours.
import { catalog } from "../../src/catalog";
import { NATIVE_FUNCTIONS, functionsIn } from "../../src/core/formula";
import { parseA1 } from "../../src/core/layout";
import { CheckStatus, STATUS_LABELS } from "../../src/core/status";
import { SUMMARY_STATUSES, buildSummary, countByCategory, geometryOf, metRate } from "../../src/core/summary";
import { STATUS_FORMATS, a1, buildTemplate } from "../../src/core/template";
import { evaluateRow } from "../../src/core/template-formulas";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";
import { cellsOfRow, fillRows } from "../support/fills";

const plans = catalog().listPlans();
const statusOf = (label: unknown): CheckStatus => {
  const found = (Object.keys(STATUS_LABELS) as CheckStatus[]).find((s) => STATUS_LABELS[s]["zh-CN"] === label);
  if (!found) throw new Error(`not a status label: ${String(label)}`);
  return found;
};

async function readGrid(
  excel: ReturnType<typeof createFakeExcel>,
  sheet: string,
  address: string
): Promise<unknown[][]> {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await context.sync();
    return range.values as unknown[][];
  });
}

describe.each(plans.map((plan) => [plan.id, plan] as const))("%s", (_id, plan) => {
  test("汇总 counts equal the core's statuses on random fills, written in the same two syncs", async () => {
    const excel = createFakeExcel();
    const start = excel.syncCount;
    const inserted = await insertTemplate(plan, excel.run, () => true, "native", { summary: true });
    expect(excel.syncCount - start).toBe(2);
    expect(inserted.summarySheetName).toBe(`${inserted.sheetName} 汇总`);
    const layout = buildTemplate(plan);
    const summary = buildSummary(geometryOf(layout));
    const categories = geometryOf(layout).categories;
    const bodyFirst = summary.headerRow + 1;
    const lastColumn = summary.statusColumns.input_error + 1;
    const summaryAddress = a1(summary.headerRow, 0, bodyFirst + categories.length, lastColumn);

    // Blank: every indicator counted as 无数据, 达标率 blank.
    const blank = await readGrid(excel, inserted.summarySheetName!, summaryAddress);
    expect(blank[0]).toEqual([
      "类别",
      "指标数",
      "达标",
      "按期推进",
      "进度滞后",
      "退步",
      "未达标",
      "无数据",
      "输入错误",
      "达标率",
    ]);
    expect(blank.slice(1, -1).map((row) => row[0])).toEqual(categories);
    expect(blank[blank.length - 1].slice(0, 2)).toEqual(["合计", plan.indicators.length]);
    expect(blank[blank.length - 1][1 + 1 + SUMMARY_STATUSES.indexOf("no_data")]).toBe(plan.indicators.length);
    expect(blank[blank.length - 1][lastColumn]).toBe("");

    const years = layout.columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
    const typeFills = (fills: unknown[][]) =>
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(inserted.sheetName);
        sheet.getRange(
          a1(layout.headerRow + 1, years[0], layout.headerRow + fills.length, years[years.length - 1])
        ).values = fills;
        await context.sync();
      });
    for (const seed of [3, 17]) {
      const fills = fillRows(layout, seed * 31 + plan.indicators.length);
      await typeFills(fills);
      const rows = layout.values.map((row, r) => ({
        category: layout.indicators[r].category,
        status: statusOf(
          evaluateRow(
            layout.columns.filter((c) => c.role === "year").map((c) => c.year!),
            cellsOfRow(layout, row, fills[r])
          ).status
        ),
      }));
      const expected = countByCategory(categories, rows);
      const grid = await readGrid(excel, inserted.summarySheetName!, summaryAddress);
      const wrong: string[] = [];
      categories.forEach((category, n) => {
        const row = grid[1 + n];
        const counts = expected[category];
        const total = SUMMARY_STATUSES.reduce((sum, s) => sum + counts[s], 0);
        if (row[1] !== total) wrong.push(`${category} 指标数 ${row[1]} ≠ ${total}`);
        SUMMARY_STATUSES.forEach(
          (s, i) => row[2 + i] !== counts[s] && wrong.push(`${category} ${s} ${row[2 + i]} ≠ ${counts[s]}`)
        );
        const rate = metRate(total, counts.met, counts.no_data, counts.input_error);
        if (rate === "" ? row[lastColumn] !== "" : Math.abs(Number(row[lastColumn]) - rate) > 1e-9)
          wrong.push(`${category} 达标率 ${row[lastColumn]} ≠ ${rate}`);
      });
      const totals = grid[grid.length - 1];
      SUMMARY_STATUSES.forEach((s, i) => {
        const sum = rows.filter((r) => r.status === s).length;
        if (totals[2 + i] !== sum) wrong.push(`合计 ${s} ${totals[2 + i]} ≠ ${sum}`);
      });
      expect(wrong).toEqual([]);
      // The fills reach several statuses, so the comparison can fail.
      expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
    }
  }, 60000);
});

test("typing a value moves the counts; colours, data bars and the chart in the flags' colours", async () => {
  const plan = catalog().getPlan("慈溪市")[0];
  const excel = createFakeExcel();
  const inserted = await insertTemplate(plan, excel.run, () => true, "native", { summary: true });
  const layout = buildTemplate(plan);
  const summary = buildSummary(geometryOf(layout));
  const row = layout.indicators.findIndex((i) => i.name === "普惠性幼儿园比例");
  const category = layout.indicators[row].category;
  const n = geometryOf(layout).categories.indexOf(category);
  const at = (status: CheckStatus) => a1(summary.headerRow + 1 + n, summary.statusColumns[status]);
  const year2025 = layout.columns.findIndex((c) => c.year === 2025);
  const read = async (address: string) => (await readGrid(excel, inserted.summarySheetName!, address))[0][0];
  const notMetBefore = await read(at("not_met"));
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(inserted.sheetName).getRange(a1(layout.headerRow + 1 + row, year2025)).values =
      [[0.88]];
    await context.sync();
  });
  expect(await read(at("not_met"))).toBe(Number(notMetBefore) + 1);

  // The not-met count is coloured like the flags.
  const shown = excel.model.conditionalFormatting(inserted.summarySheetName!);
  const cell = parseA1(at("not_met"));
  expect(shown.get(`${cell.row},${cell.column}`)?.format.fill).toBe(STATUS_FORMATS.not_met.fill);
  expect(shown.get(`${cell.row},${summary.statusColumns.met}`)).toBeUndefined();

  // Data bars in each status's colour, bounded by the largest category.
  const bars = excel.model.dataBars.filter((b) => b.sheet === inserted.summarySheetName);
  expect(bars.length).toBe(SUMMARY_STATUSES.length);
  expect(bars[0].fillColor).toBe(STATUS_FORMATS.met.fill);
  expect(bars[0].lowerBoundRule).toEqual({ type: "Number", formula: "0" });

  // The chart: stacked bars, one series per status in its colour (指标数 dropped).
  const [chart] = excel.model.charts.filter((c) => c.sheet === inserted.summarySheetName);
  expect(chart.type).toBe("BarStacked");
  expect(chart.series.map((s) => s.name)).toEqual(SUMMARY_STATUSES.map((s) => STATUS_LABELS[s]["zh-CN"]));
  expect(chart.series.map((s) => s.color)).toEqual(SUMMARY_STATUSES.map((s) => STATUS_FORMATS[s].fill ?? "#BFBFBF"));
  expect(chart.position).not.toBeNull();

  // Without ExcelApi 1.7 the chart is skipped and said.
  const old = createFakeExcel();
  const skipped = await insertTemplate(plan, old.run, (_set, version) => Number(version) < 1.7, "native", {
    summary: true,
  });
  expect(skipped.skipped).toContain("charts");
  expect(old.model.charts).toEqual([]);
});

test("汇总 formulas: Excel 2007 functions only, absolute ranges over the plan sheet, one A4 page", () => {
  for (const plan of plans) {
    const summary = buildSummary(geometryOf(buildTemplate(plan)));
    const formulas = summary.sheet.blocks.flatMap((b) => (b.formulas ?? []).flat()).filter((f): f is string => !!f);
    expect(formulas.length).toBeGreaterThan(0);
    const allowed = new Set<string>([...NATIVE_FUNCTIONS, "COUNTIF", "COUNTIFS", "SUM"]);
    for (const formula of formulas) for (const fn of functionsIn(formula)) expect(allowed).toContain(fn);
    expect(summary.sheet.page).toMatchObject({ paper: "A4", fitToWidth: 1, fitToHeight: 1, orientation: "portrait" });
  }
});

test("a failed insert with the 汇总 leaves neither sheet behind", async () => {
  const excel = createFakeExcel();
  excel.model.failOnSync = 2;
  await expect(insertTemplate(plans[0], excel.run, () => true, "native", { summary: true })).rejects.toThrow(
    /simulated/
  );
  expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  expect([excel.model.dataBars.length, excel.model.charts.length, excel.model.conditionalFormats.length]).toEqual([
    0, 0, 0,
  ]);
});
