// The sheet's native conditional formats agree with the core's status for every cell: the flags a
// clerk sees without the add-in say what EDU.STATUS and the check say.
import fc from "fast-check";
import { judgeTable } from "../../src/core/check";
import { Plan } from "../../src/core/plan";
import { FLAG_FORMATS, a1 } from "../../src/core/template";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";
import { samplePlan } from "../fixtures/plan";
import { layoutOf } from "./helpers";

type Flag = "miss" | "behind" | "fell" | "none";

function expectedFlag(status: string, rule: string): Flag {
  if (rule === "non_decreasing") return status === "regressed" ? "fell" : "none";
  if (status === "regressed" || status === "not_met") return "miss";
  if (status === "behind") return "behind";
  return "none";
}

function shownFlag(format: { fill?: string; border?: string } | undefined): Flag {
  if (!format) return "none";
  if (format.fill === FLAG_FORMATS.miss.fill) return "miss";
  if (format.fill === FLAG_FORMATS.behind.fill) return "behind";
  if (format.border === FLAG_FORMATS.fell.border) return "fell";
  return "none";
}

/** A value near the row's figures, or blank, so every branch of the decision table is reached. */
function valueFor(plan: Plan, id: string): fc.Arbitrary<number | ""> {
  const indicator = plan.indicators.find((i) => i.id === id)!;
  const percent = indicator.unit === "%";
  const base = indicator.baseline?.value ?? 50;
  const target = indicator.target.value ?? base;
  const low = Math.min(base, target, indicator.target.high ?? target) * 0.8;
  const high = Math.max(base, target, indicator.target.high ?? target) * 1.2;
  const scale = percent ? 0.01 : 1;
  const change = indicator.rule === "increase_by";
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant("" as const) },
    {
      weight: 4,
      arbitrary: fc
        .integer({ min: Math.floor((change ? -1 : low) * 10), max: Math.ceil((change ? target + 1 : Math.min(high, percent ? 100 : high)) * 10) })
        .map((n) => Number(((n / 10) * scale).toPrecision(12))),
    }
  );
}

test("for every year cell, the conditional format shown matches the core's status", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(samplePlan, excel.run, () => true);
  const layout = layoutOf(samplePlan);
  const yearColumns = layout.columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
  const rowsArbitrary = fc.tuple(
    ...layout.indicators.map((indicator) => fc.array(valueFor(samplePlan, indicator.id), { minLength: yearColumns.length, maxLength: yearColumns.length }))
  );
  let compared = 0;
  await fc.assert(
    fc.asyncProperty(rowsArbitrary, async (rows) => {
      const first = layout.headerRow + 1;
      const block = a1(first, yearColumns[0], first + rows.length - 1, yearColumns[yearColumns.length - 1]);
      const snapshot = await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.getRange(block).values = rows;
        const table = sheet.getRange(a1(layout.headerRow, 0, layout.headerRow + rows.length, layout.columns.length - 1)).load("values");
        await context.sync();
        return table.values;
      });
      const [headers, ...body] = snapshot as unknown[][];
      const judged = judgeTable({ sheet: sheetName, table: layout.tableName, headerRow: layout.headerRow, firstColumn: 0, headers: headers.map(String), rows: body });
      const shown = excel.model.conditionalFormatting(sheetName);
      for (const cell of judged) {
        const rule = layout.indicators.find((i) => i.id === cell.indicatorId)!.rule;
        const flag = shownFlag(shown.get(`${cell.row},${cell.column}`)?.format);
        expect({ id: cell.indicatorId, year: cell.year, value: cell.value, flag }).toEqual({
          id: cell.indicatorId,
          year: cell.year,
          value: cell.value,
          flag: expectedFlag(cell.status, rule),
        });
        compared++;
      }
      // No flag on an empty year cell.
      for (const [key, entry] of shown) {
        const [row, column] = key.split(",").map(Number);
        if (!yearColumns.includes(column)) continue;
        const value = rows[row - first][yearColumns.indexOf(column)];
        if (value === "") expect(shownFlag(entry.format)).toBe("none");
      }
    }),
    { numRuns: 40 }
  );
  expect(compared).toBeGreaterThan(500);
}, 120000);

test("the status column is coloured by its text", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(samplePlan, excel.run, () => true);
  const layout = layoutOf(samplePlan);
  const statusColumn = layout.columns.findIndex((c) => c.key === "status");
  const shown = excel.model.conditionalFormatting(sheetName);
  const first = shown.get(`${layout.headerRow + 1},${statusColumn}`);
  expect(first?.format.font).toBe("#808080"); // 无数据
});
