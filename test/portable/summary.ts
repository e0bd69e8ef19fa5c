// Compares the 汇总 sheet as a spreadsheet engine computed it (after typing a fill into the plan sheet)
// with the core: per category and status, the count of rows whose status the core gives, and 达标率.
import { a1 } from "../../src/core/layout";
import { CheckStatus, STATUS_LABELS } from "../../src/core/status";
import { SUMMARY_STATUSES, SummaryLayout, countByCategory, geometryOf, metRate } from "../../src/core/summary";
import { TemplateLayout } from "../../src/core/template";
import { evaluateRow } from "../../src/core/template-formulas";
import { EngineCell } from "./compare";
import { YearValue, cellsOfRow } from "../support/fills";

/** The summary's block as the engine should be asked for it. */
export function summaryRange(summary: SummaryLayout, layout: TemplateLayout): string {
  const categories = geometryOf(layout).categories.length;
  return a1(summary.headerRow, 0, summary.headerRow + 1 + categories, summary.statusColumns.input_error + 1);
}

const statusOf = (label: string): CheckStatus =>
  (Object.keys(STATUS_LABELS) as CheckStatus[]).find((s) => STATUS_LABELS[s]["zh-CN"] === label)!;

/** Disagreements between the engine's 汇总 and the core; the number of cells compared. */
export function compareSummary(
  layout: TemplateLayout,
  summary: SummaryLayout,
  fills: YearValue[][],
  cells: Record<string, EngineCell>
): { cells: number; disagreements: string[] } {
  const years = layout.columns.filter((c) => c.role === "year").map((c) => c.year!);
  const categories = geometryOf(layout).categories;
  const rows = layout.values.map((row, r) => ({
    category: layout.indicators[r].category,
    status: statusOf(String(evaluateRow(years, cellsOfRow(layout, row, fills[r])).status)),
  }));
  const counts = countByCategory(categories, rows);
  const disagreements: string[] = [];
  let compared = 0;
  const check = (row: number, column: number, want: number | "", what: string) => {
    const address = a1(row, column);
    const cell = cells[address];
    const got =
      !cell || cell.t === "e"
        ? ""
        : cell.t === "n" || cell.t === "s"
          ? cell.v
          : `error ${cell.t === "err" ? cell.v : "?"}`;
    const ok = typeof want === "number" ? typeof got === "number" && Math.abs(got - want) <= 1e-9 : got === "";
    if (!ok) disagreements.push(`${address} ${what}: engine ${JSON.stringify(got)}, core ${JSON.stringify(want)}`);
    compared++;
  };
  const rateColumn = summary.statusColumns.input_error + 1;
  const rowOf = (tally: Record<CheckStatus, number>, row: number, name: string) => {
    const total = SUMMARY_STATUSES.reduce((sum, s) => sum + tally[s], 0);
    check(row, 1, total, `${name} 指标数`);
    for (const s of SUMMARY_STATUSES)
      check(row, summary.statusColumns[s], tally[s], `${name} ${STATUS_LABELS[s]["zh-CN"]}`);
    check(row, rateColumn, metRate(total, tally.met, tally.no_data, tally.input_error), `${name} 达标率`);
  };
  categories.forEach((category, n) => rowOf(counts[category], summary.headerRow + 1 + n, category));
  const all = Object.fromEntries(SUMMARY_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<
    CheckStatus,
    number
  >;
  rowOf(all, summary.headerRow + 1 + categories.length, "合计");
  return { cells: compared, disagreements };
}
