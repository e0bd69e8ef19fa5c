// The 汇总 sheet as a layout: one row per category of a plan sheet, then 合计, counting the 状态
// column by status with native COUNTIF/COUNTIFS (Excel 2007), so it stays live without the add-in.
import {
  Block,
  ChartLayout,
  ConditionalFlag,
  DataBar,
  LayoutResult,
  SheetLayout,
  a1,
  columnLetter,
  uniqueSheetName,
} from "./layout";
import { CheckStatus, STATUS_LABELS } from "./status";
import { HEADERS } from "./headers";
import { STATUS_FORMATS, TemplateLayout } from "./template";

import { SUMMARY_STATUSES } from "./category-counts";

export { SUMMARY_STATUSES };

export const SUMMARY_HEADERS = {
  category: HEADERS.category,
  count: "指标数",
  rate: "达标率",
  total: "合计",
} as const;

/** Where a plan sheet's table stands: what the summary's formulas count over. */
export interface PlanTableGeometry {
  sheetName: string;
  /** The plan's title, for the summary's title block. */
  title: string;
  /** 0-based sheet row of the table's header. */
  headerRow: number;
  rowCount: number;
  categoryColumn: number;
  statusColumn: number;
  /** Categories in plan order. */
  categories: string[];
  /** Each table row's category, in table order (for the cached counts). */
  rowCategories: string[];
}

export function geometryOf(layout: TemplateLayout): PlanTableGeometry {
  const column = (key: string) => layout.columns.findIndex((c) => c.key === key);
  return {
    sheetName: layout.sheetName,
    title: layout.title[0],
    headerRow: layout.headerRow,
    rowCount: layout.values.length,
    categoryColumn: column("category"),
    statusColumn: column("status"),
    categories: [...new Set(layout.indicators.map((i) => i.category))],
    rowCategories: layout.indicators.map((i) => i.category),
  };
}

/** Geometry read back from a table (header names and rows as the check reads them). */
export function geometryFromTable(
  sheetName: string,
  headerRow: number,
  firstColumn: number,
  headers: readonly string[],
  rows: readonly unknown[][]
): PlanTableGeometry {
  const categoryIndex = headers.indexOf(HEADERS.category);
  const statusIndex = headers.indexOf(HEADERS.status);
  if (categoryIndex < 0 || statusIndex < 0)
    throw new Error(`table on ${sheetName} has no ${HEADERS.category} or ${HEADERS.status} column`);
  const rowCategories = rows.map((row) => String(row[categoryIndex] ?? "").trim());
  const categories = [...new Set(rowCategories.filter((c) => c !== ""))];
  return {
    sheetName,
    title: sheetName,
    headerRow,
    rowCount: rows.length,
    categoryColumn: firstColumn + categoryIndex,
    statusColumn: firstColumn + statusIndex,
    categories,
    rowCategories,
  };
}

/** A sheet name as a formula reference: always quoted, inner quotes doubled. */
export const sheetReference = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** 达标率 = 达标 ÷ (指标数 − 无数据 − 输入错误), blank when nothing can be judged. */
export function metRate(count: number, met: number, noData: number, inputErrors: number): number | "" {
  const judged = count - noData - inputErrors;
  return judged === 0 ? "" : met / judged;
}

export interface SummaryLayout {
  sheet: SheetLayout;
  /** 0-based row of the header; category rows follow, then 合计. */
  headerRow: number;
  /** 0-based column of each status's count. */
  statusColumns: Record<CheckStatus, number>;
  /** The category × status block a chart shows (header row and category column included, 合计 not). */
  chartSource: string;
}

/** Counts per category of a list of row statuses (plan order), as the core sees them. */
export function countByCategory(
  categories: readonly string[],
  rows: readonly { category: string; status: CheckStatus }[]
): Record<string, Record<CheckStatus, number>> {
  const counts: Record<string, Record<CheckStatus, number>> = {};
  for (const category of categories)
    counts[category] = Object.fromEntries(SUMMARY_STATUSES.map((s) => [s, 0])) as Record<CheckStatus, number>;
  for (const row of rows) if (counts[row.category]) counts[row.category][row.status]++;
  return counts;
}

/**
 * The 汇总 sheet of a plan sheet. `statuses` (one per table row, in table order) are the cached
 * results the file carries until it recalculates; blank templates count every row as 无数据.
 */
export function buildSummary(
  geometry: PlanTableGeometry,
  options: { existingSheets?: readonly string[]; statuses?: readonly CheckStatus[] } = {}
): SummaryLayout {
  const name = uniqueSheetName(`${geometry.sheetName} 汇总`, options.existingSheets ?? []);
  const source = sheetReference(geometry.sheetName);
  const first = geometry.headerRow + 2;
  const last = geometry.headerRow + 1 + Math.max(geometry.rowCount, 1);
  const columnRange = (column: number) =>
    `${source}!$${columnLetter(column)}$${first}:$${columnLetter(column)}$${last}`;
  const categories = columnRange(geometry.categoryColumn);
  const statuses = columnRange(geometry.statusColumn);
  const title = [
    `${geometry.title} · 汇总`,
    "按类别统计各指标的状态，随规划表中填写的数值实时更新；达标率 = 达标 ÷（指标数 − 无数据 − 输入错误）。",
  ];
  const headerRow = title.length + 1;
  const headers = [
    SUMMARY_HEADERS.category,
    SUMMARY_HEADERS.count,
    ...SUMMARY_STATUSES.map((s) => STATUS_LABELS[s]["zh-CN"]),
    SUMMARY_HEADERS.rate,
  ];
  const statusColumns = Object.fromEntries(SUMMARY_STATUSES.map((s, i) => [s, 2 + i])) as Record<CheckStatus, number>;
  const rateColumn = headers.length - 1;
  const excel = (row: number) => row + 1;
  const headerCell = (column: number) => `${columnLetter(column)}$${excel(headerRow)}`;

  // Cached results: the core's counts of the statuses given (blank template: all 无数据).
  const rowStatuses = options.statuses ?? Array.from({ length: geometry.rowCount }, () => "no_data" as CheckStatus);
  const counted = countByCategory(
    geometry.categories,
    rowStatuses.map((status, i) => ({ category: geometry.rowCategories[i] ?? "", status }))
  );
  const categoryRows = geometry.categories.length;
  const totalRow = headerRow + 1 + categoryRows;
  const rate = (row: number) => {
    const r = excel(row);
    const judged = `$B${r}-$${columnLetter(statusColumns.no_data)}${r}-$${columnLetter(statusColumns.input_error)}${r}`;
    return `=IF(${judged}=0,"",$${columnLetter(statusColumns.met)}${r}/(${judged}))`;
  };
  const values: (string | number | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const results: LayoutResult[][] = [];
  geometry.categories.forEach((category, n) => {
    const row = headerRow + 1 + n;
    const counts = counted[category];
    const count = SUMMARY_STATUSES.reduce((sum, s) => sum + counts[s], 0);
    values.push([category, ...headers.slice(1).map(() => null)]);
    formulas.push([
      null,
      `=COUNTIF(${categories},$A${excel(row)})`,
      ...SUMMARY_STATUSES.map((_s, i) => `=COUNTIFS(${categories},$A${excel(row)},${statuses},${headerCell(2 + i)})`),
      rate(row),
    ]);
    results.push([
      null,
      count,
      ...SUMMARY_STATUSES.map((s) => counts[s]),
      metRate(count, counts.met, counts.no_data, counts.input_error),
    ]);
  });
  const sumOf = (column: number) =>
    categoryRows === 0 ? "=0" : `=SUM(${a1(headerRow + 1, column, totalRow - 1, column)})`;
  const totals = results.reduce<number[]>(
    (sum, row) => sum.map((v, i) => v + (Number(row[i + 1]) || 0)),
    headers.slice(1, -1).map(() => 0)
  );
  values.push([SUMMARY_HEADERS.total, ...headers.slice(1).map(() => null)]);
  formulas.push([null, ...headers.slice(1, -1).map((_h, i) => sumOf(1 + i)), rate(totalRow)]);
  results.push([
    null,
    ...totals,
    metRate(
      totals[0],
      totals[1 + SUMMARY_STATUSES.indexOf("met")],
      totals[1 + SUMMARY_STATUSES.indexOf("no_data")],
      totals[1 + SUMMARY_STATUSES.indexOf("input_error")]
    ),
  ]);
  const body: Block = {
    row: headerRow + 1,
    column: 0,
    values,
    formulas,
    results,
    numberFormats: values.map(() => headers.map((_h, c) => (c === rateColumn ? "0.0%" : c === 0 ? "General" : "0"))),
  };
  const bodyFirst = headerRow + 1;
  const flags: ConditionalFlag[] = SUMMARY_STATUSES.map((status) => {
    const column = statusColumns[status];
    return {
      kind: `status:${status}`,
      address: a1(bodyFirst, column, totalRow, column),
      formula: `=${columnLetter(column)}${excel(bodyFirst)}>0`,
      format: STATUS_FORMATS[status],
    };
  });
  // In-cell bars: what a downloaded file shows instead of the chart (ExcelJS writes no charts).
  const largest = Math.max(1, ...results.slice(0, categoryRows).map((row) => Number(row[1]) || 0));
  const dataBars: DataBar[] = [
    ...SUMMARY_STATUSES.filter((s) => s !== "no_data").map((status) => ({
      address: a1(bodyFirst, statusColumns[status], Math.max(bodyFirst, totalRow - 1), statusColumns[status]),
      color: STATUS_FORMATS[status].fill ?? "#BFBFBF",
      min: 0,
      max: largest,
    })),
    { address: a1(bodyFirst, rateColumn, totalRow, rateColumn), color: STATUS_FORMATS.met.fill!, min: 0, max: 1 },
  ];
  const sheet: SheetLayout = {
    name,
    blocks: [
      { row: 0, column: 0, values: [[title[0]]], font: { bold: true, size: 14 } },
      { row: 1, column: 0, values: [[title[1]]] },
      { row: headerRow, column: 0, values: [headers], font: { bold: true }, wrap: true },
      body,
      { row: totalRow, column: 0, values: [[SUMMARY_HEADERS.total]], font: { bold: true } },
    ],
    tables: [],
    columns: headers.map((_h, index) => ({ index, width: index === 0 ? 20 : index === rateColumn ? 9 : 8 })),
    flags,
    validations: [],
    dataBars,
    freeze: { rows: headerRow + 1, columns: 1 },
    page: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 1,
      printArea: a1(0, 0, totalRow, rateColumn),
      titleRows: `${excel(headerRow)}:${excel(headerRow)}`,
      header: title[0].replace(/&/g, "&&"),
      footer: "第 &P 页 共 &N 页",
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  };
  // Category × status as stacked bars in the flags' colours, right of the table; the file writer
  // skips charts (ExcelJS writes none), the data bars above stand in for it there.
  const chart: ChartLayout = {
    type: "BarStacked",
    source: a1(headerRow, 0, Math.max(headerRow + 1, totalRow - 1), statusColumns.input_error),
    seriesBy: "Columns",
    // 指标数 is in the source only because the categories and the statuses enclose it.
    dropSeries: [0],
    title: "各类别指标状态",
    colors: SUMMARY_STATUSES.map((s) => STATUS_FORMATS[s].fill ?? "#BFBFBF"),
    from: a1(totalRow + 2, 0),
    to: a1(totalRow + 2 + Math.max(14, categoryRows * 2), rateColumn),
  };
  sheet.charts = [chart];
  return { sheet, headerRow, statusColumns, chartSource: chart.source };
}
