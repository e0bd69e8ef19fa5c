// A plan's indicator sheet as a layout (layout.ts): title block, one Excel Table whose computed
// columns are native formulas from the rule table (or EDU functions on request), number formats,
// native conditional-format flags and data validation. The writers only write it.
import { Expr, IF, simplify, str, substitute, toFormula } from "./formula";
import {
  Block,
  CellFormat,
  ConditionalFlag,
  LayoutResult,
  PageSetup,
  SheetLayout,
  Validation,
  a1,
  columnLetter,
  uniqueSheetName,
  uniqueTableName,
} from "./layout";
import { tidy } from "./parse";
import { MONEY_UNIT, isCountUnit, isPercentUnit, toSheetValue } from "./units";
import { changeFormat } from "./change-format";
import { PACE_BANDS } from "./needed";
import { Indicator, Plan, RuleKind } from "./plan";
import { FormulaError, Scalar } from "./formula";
import { cellDecisions, forRule, inputErrorOf, predicateExpr, progressShownFor, needed, compiledPerRule, x } from "./rule-table";
import { RULE_LABELS } from "./rules";
import { CheckStatus, STATUS_LABELS } from "./status";
import {
  COMPUTED_KEYS,
  ComputedKey,
  FormulaDialect,
  HEADERS,
  HeaderKey,
  RowResult,
  eduFormulas,
  evaluateRow,
  nativeFormulas,
  yearHeader,
} from "./template-formulas";

export { HEADERS, yearHeader, a1, columnLetter, uniqueSheetName, uniqueTableName, isCountUnit, isPercentUnit, toSheetValue };
export type { CellFormat, ConditionalFlag, FormulaDialect };

export type ColumnKey = HeaderKey | `year:${number}`;
/** plan: from the plan; year: the clerk's actual values; computed: formulas; clerk: free notes;
 * helper: grouped and hidden, plan data or formulas the visible columns build on. */
export type ColumnRole = "plan" | "year" | "computed" | "clerk" | "helper";

export interface TemplateColumn {
  key: ColumnKey;
  header: string;
  role: ColumnRole;
  /** Width in characters (the writer converts to points). */
  width: number;
  year?: number;
}

/** Data validation of one row's year cells, with the row's target in its input message. */
export type YearValidation = Validation;

export interface TemplateLayout {
  planId: string;
  sheetName: string;
  tableName: string;
  dialect: FormulaDialect;
  /** Title block, one text per row from A1 down. */
  title: string[];
  /** 0-based sheet row of the table's header. */
  headerRow: number;
  columns: TemplateColumn[];
  /** Table body, one row per indicator; "" in year, computed and clerk columns. */
  values: (string | number)[][];
  /** Calculated columns: one structured-reference formula per computed column, same in every row. */
  formulas: Partial<Record<ColumnKey, string>>;
  /** What each computed cell holds before anything is typed, as the core computes it. */
  results: RowResult[];
  numberFormats: string[][];
  flags: ConditionalFlag[];
  validations: YearValidation[];
  freeze: { rows: number; columns: number };
  indicators: Indicator[];
}

export const FLAG_FORMATS = {
  input: { fill: "#E4DFEC", font: "#7030A0" },
  miss: { fill: "#FFC7CE", font: "#9C0006" },
  behind: { fill: "#FFEB9C", font: "#9C5700" },
  fell: { border: "#C00000" },
} satisfies Record<string, CellFormat>;

export const STATUS_FORMATS: Record<CheckStatus, CellFormat> = {
  input_error: FLAG_FORMATS.input,
  met: { fill: "#C6EFCE", font: "#006100" },
  not_met: { fill: "#FFC7CE", font: "#9C0006" },
  regressed: { fill: "#FFC7CE", font: "#9C0006" },
  behind: { fill: "#FFEB9C", font: "#9C5700" },
  on_track: { fill: "#DDEBF7", font: "#1F4E78" },
  no_data: { font: "#808080" },
};

function numberFormatFor(unit: string): string {
  if (isPercentUnit(unit)) return "0.0%";
  if (isCountUnit(unit)) return "0";
  if (MONEY_UNIT.test(unit.trim())) return "#,##0.00";
  return "General";
}





export function planYears(plan: Plan): number[] {
  const years: number[] = [];
  for (let year = plan.period.start; year <= plan.period.end; year++) years.push(year);
  return years;
}

function buildColumns(years: number[]): TemplateColumn[] {
  const column = (role: ColumnRole) => (key: HeaderKey, width: number): TemplateColumn => ({ key, header: HEADERS[key], role, width });
  const [plan, computed, helper] = [column("plan"), column("computed"), column("helper")];
  return [
    plan("id", 10),
    plan("category", 12),
    plan("name", 28),
    plan("group", 8),
    plan("unit", 6),
    plan("rule", 12),
    plan("baselineYear", 7),
    plan("baseline", 9),
    plan("targetYear", 7),
    plan("target", 9),
    plan("high", 9),
    ...years.map((year): TemplateColumn => ({ key: `year:${year}`, header: yearHeader(year), role: "year", width: 10, year })),
    computed("latest", 9),
    computed("latestYear", 8),
    computed("gap", 9),
    computed("progress", 8),
    computed("expected", 9),
    computed("status", 10),
    computed("perYear", 12),
    computed("pace", 8),
    plan("responsible", 16),
    plan("ref", 14),
    plan("note", 24),
    column("clerk")("remark", 20),
    // Grouped and hidden: what the formulas above build on, there for a clerk who wants to follow them.
    helper("ruleCode", 12),
    helper("low", 8),
    helper("highest", 8),
    helper("improvement", 9),
    helper("needed", 9),
    helper("inputErrors", 8),
    helper("falls", 8),
  ];
}

/** Categories in the order the plan first names them, indicators in plan order within each. */
export function groupByCategory(indicators: readonly Indicator[]): Indicator[] {
  const order = new Map<string, number>();
  indicators.forEach((indicator) => {
    if (!order.has(indicator.category)) order.set(indicator.category, order.size);
  });
  return indicators
    .map((indicator, index) => ({ indicator, index }))
    .sort((a, b) => order.get(a.indicator.category)! - order.get(b.indicator.category)! || a.index - b.index)
    .map(({ indicator }) => indicator);
}

const isChangeRule = (rule: RuleKind) => rule === "increase_by" || rule === "decrease_by";

/** Baseline as the sheet's formulas use it: change rules count from 0 since the baseline year. */
function sheetBaseline(plan: Plan, indicator: Indicator): { year: number | ""; value: number | ""; note: string | null } {
  if (isChangeRule(indicator.rule)) {
    const year = indicator.baseline?.year ?? plan.period.start - 1;
    const stock = indicator.baseline
      ? `基数 ${indicator.baseline.value}${indicator.unit}（${indicator.baseline.year}年）；年份列填累计${RULE_LABELS[indicator.rule]["zh-CN"]}量`
      : `年份列填自${year}年起累计${RULE_LABELS[indicator.rule]["zh-CN"]}量`;
    return { year, value: 0, note: stock };
  }
  if (!indicator.baseline) return { year: "", value: "", note: null };
  return { year: indicator.baseline.year, value: toSheetValue(indicator.baseline.value, indicator.unit), note: null };
}

function displayFigure(value: number, unit: string): string {
  return isPercentUnit(unit) ? `${tidy(value)}%` : `${tidy(value)}${unit}`;
}

function targetText(indicator: Indicator): string {
  const { rule, target, unit } = indicator;
  const label = RULE_LABELS[rule]["zh-CN"];
  if (rule === "non_decreasing" || target.value === null) return label;
  if (rule === "between" && target.high !== undefined) {
    return `${displayFigure(target.value, unit)}–${displayFigure(target.high, unit)}`;
  }
  return `${label} ${displayFigure(target.value, unit)}`;
}

/** Values a year cell can plausibly hold; outside them is an input error (blank: unbounded). */
export function plausibleRange(indicator: Indicator): { low: number | null; high: number | null } {
  if (isChangeRule(indicator.rule)) return { low: null, high: null };
  // A % row whose plan figures pass 100 (gross enrolment ratios) may be typed above 100 % too.
  const capped = Math.max(indicator.target.value ?? 0, indicator.target.high ?? 0, indicator.baseline?.value ?? 0) <= 100;
  return { low: 0, high: isPercentUnit(indicator.unit) && capped ? 1 : null };
}

function validationFor(indicator: Indicator, address: string): YearValidation {
  const range = plausibleRange(indicator);
  const percent = range.high === 1;
  const change = isChangeRule(indicator.rule);
  const baseline = indicator.baseline ? `\n基准：${displayFigure(indicator.baseline.value, indicator.unit)}（${indicator.baseline.year}年）` : "";
  const howTo = change
    ? `填累计${RULE_LABELS[indicator.rule]["zh-CN"]}量`
    : indicator.rule === "non_decreasing"
      ? "不得低于上一年"
      : percent
        ? "可输入 86.4%"
        : "填当年实际值";
  const message = `目标：${targetText(indicator)}（${indicator.target.year}年）${baseline}\n${howTo}`;
  const rule: YearValidation["rule"] =
    range.low === null
      ? { operator: "Between", formula1: -1e9, formula2: 1e9 }
      : range.high === null
        ? { operator: "GreaterThanOrEqualTo", formula1: range.low }
        : { operator: "Between", formula1: range.low, formula2: range.high };
  return {
    address,
    rule,
    // Excel limits: title 32 characters, message 255.
    prompt: { title: indicator.name.slice(0, 32), message: message.slice(0, 255) },
    error: { title: "EduPlan", message: percent ? "请输入 0%–100% 之间的数值" : change ? "请输入数值" : "请输入不小于 0 的数值" },
  };
}

/** The cells of a year column's conditional formats, for its first body row. */
function flagCells(columns: TemplateColumn[], headerRow: number, yearColumn: number): Record<string, string> {
  const row = headerRow + 2; // A1 row number of the first body row, relative in the formulas
  const fixed = (key: HeaderKey) => `$${columnLetter(columns.findIndex((c) => c.key === key))}${row}`;
  return {
    x: `${columnLetter(yearColumn)}${row}`,
    y: `VALUE(LEFT(${columnLetter(yearColumn)}$${headerRow + 1},4))`,
    b: fixed("baseline"),
    by: fixed("baselineYear"),
    t: fixed("target"),
    h: fixed("high"),
    ty: fixed("targetYear"),
    code: fixed("ruleCode"),
    lo: fixed("low"),
    hi: fixed("highest"),
  };
}

/**
 * The flags: the rule table per year cell, as conditional formats. Input errors first, then per rule
 * kind of the plan a red (regressed, or missed where the plan is due) and an amber (behind) rule, then
 * for 逐年只增不减 one red border per year column (the cell against the year before), then the status
 * column's colours. Each rule its own priority, in this order.
 */
function buildFlags(columns: TemplateColumn[], headerRow: number, rowCount: number, rules: readonly RuleKind[]): ConditionalFlag[] {
  if (rowCount === 0) return [];
  const first = headerRow + 1;
  const last = headerRow + rowCount;
  const years = columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
  const yearsAddress = a1(first, years[0], last, years[years.length - 1]);
  const cells = flagCells(columns, headerRow, years[0]);
  const table = cellDecisions();
  const flags: ConditionalFlag[] = [
    { kind: "input", address: yearsAddress, formula: `=${toFormula(inputErrorOf(x), cells)}`, format: FLAG_FORMATS.input },
  ];
  const forCode = (rule: RuleKind, predicate: Expr, at: Record<string, string>) =>
    `=${toFormula(simplify(IF({ k: "op", op: "=", a: { k: "var", name: "code" }, b: str(rule) }, forRule(predicate, rule), { k: "fn", fn: "OR", args: [] })), at)}`;
  for (const rule of rules) {
    if (rule === "non_decreasing") continue;
    flags.push({ kind: "miss", rule, address: yearsAddress, formula: forCode(rule, predicateExpr(table, ["regressed", "not_met"]), cells), format: FLAG_FORMATS.miss });
    flags.push({ kind: "behind", rule, address: yearsAddress, formula: forCode(rule, predicateExpr(table, ["behind"]), cells), format: FLAG_FORMATS.behind });
  }
  if (rules.includes("non_decreasing")) {
    years.forEach((column, n) => {
      const at = flagCells(columns, headerRow, column);
      // The nearest filled year before this one, or the baseline.
      const before = years
        .slice(0, n)
        .reduce((inner, j) => `IF(ISNUMBER($${columnLetter(j)}${headerRow + 2}),$${columnLetter(j)}${headerRow + 2},${inner})`, at.b);
      const fell = substitute(predicateExpr(table, ["regressed"]), { prev: { k: "var", name: "prev" } });
      flags.push({
        kind: "fell",
        rule: "non_decreasing",
        address: a1(first, column, last, column),
        formula: forCode("non_decreasing", fell, { ...at, prev: before }),
        format: FLAG_FORMATS.fell,
      });
    });
  }
  const statusColumn = columns.findIndex((c) => c.key === "status");
  const statusCell = `${columnLetter(statusColumn)}${headerRow + 2}`;
  for (const status of Object.keys(STATUS_FORMATS) as CheckStatus[]) {
    flags.push({
      kind: `status:${status}`,
      address: a1(first, statusColumn, last, statusColumn),
      formula: `=${statusCell}="${STATUS_LABELS[status]["zh-CN"]}"`,
      format: STATUS_FORMATS[status],
    });
  }
  // 实际/所需 in the SDG trackers' bands, as the report colours it: ≥ 95 % green, 60–95 % amber, below red.
  const paceColumn = columns.findIndex((c) => c.key === "pace");
  const paceCell = `${columnLetter(paceColumn)}${headerRow + 2}`;
  const bands: [string, CheckStatus][] = [
    [`AND(ISNUMBER(${paceCell}),${paceCell}>=${PACE_BANDS[0].from})`, "met"],
    [`AND(ISNUMBER(${paceCell}),${paceCell}>=${PACE_BANDS[1].from})`, "behind"],
    [`ISNUMBER(${paceCell})`, "not_met"],
  ];
  for (const [formula, status] of bands) {
    flags.push({ kind: `pace:${status}`, address: a1(first, paceColumn, last, paceColumn), formula: `=${formula}`, format: STATUS_FORMATS[status] });
  }
  return flags;
}

export interface TemplateOptions {
  existingSheets?: readonly string[];
  existingTables?: readonly string[];
  /** Native formulas (default: the workbook works anywhere) or EDU functions (needs the add-in). */
  dialect?: FormulaDialect;
}

const progressShown = compiledPerRule(() => progressShownFor(needed));

/** Where the figures come from, as a clerk names it: a plan whose source is only a stored file's
 * name is named by its title and 文号 instead. */
export function sourceText(plan: Pick<Plan, "source" | "title" | "document">): string {
  if (!/^[\w.-]+\.(txt|docx?|pdf|html?|json)$/i.test(plan.source)) return plan.source;
  return `《${plan.title}》${plan.document ? `（${plan.document}）` : ""}`;
}

/** The whole layout of a plan's indicator sheet. Pure: the same plan gives the same layout. */
export function buildTemplate(plan: Plan, options: TemplateOptions = {}): TemplateLayout {
  const years = planYears(plan);
  const columns = buildColumns(years);
  const dialect = options.dialect ?? "native";
  const indicators = groupByCategory(plan.indicators);
  const period = plan.period.start === plan.period.end ? `${plan.period.start}` : `${plan.period.start}-${plan.period.end}`;
  const title = [
    plan.title,
    `${plan.region.name}${plan.region.parent ? `（${plan.region.parent}）` : ""} · ${period} · ${plan.issuer}${plan.document ? ` · 文号：${plan.document}` : ""}`,
    `来源：${sourceText(plan)} · 指标 ${indicators.length} 项`,
    "在年份列填写实际值（百分比可直接输入 86.4%）。红色：退步或到期未达标；黄色：进度滞后；红框：低于上一年；紫色：输入错误（文本或超出范围）。",
  ];
  const headerRow = title.length + 1;
  const values: (string | number)[][] = [];
  const numberFormats: string[][] = [];
  const validations: YearValidation[] = [];
  const results: RowResult[] = [];
  const yearIndexes = columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
  indicators.forEach((indicator, n) => {
    const baseline = sheetBaseline(plan, indicator);
    const { target, unit } = indicator;
    const range = plausibleRange(indicator);
    const sheetTarget = target.value === null ? "" : toSheetValue(target.value, unit);
    const tooClose =
      typeof baseline.value === "number" &&
      typeof sheetTarget === "number" &&
      progressShown(indicator.rule)({ b: baseline.value, t: sheetTarget, h: target.high === undefined ? null : toSheetValue(target.high, unit) }) === false;
    const note = [baseline.note, tooClose ? "基准值已达到或接近目标，不计算进度" : null, indicator.note].filter(Boolean).join("；");
    const cells: Partial<Record<HeaderKey, string | number>> = {
      id: indicator.id,
      category: indicator.category,
      name: indicator.name,
      group: indicator.group ?? "",
      unit,
      rule: RULE_LABELS[indicator.rule]["zh-CN"],
      baselineYear: baseline.year,
      baseline: baseline.value,
      targetYear: target.year,
      target: sheetTarget,
      high: target.high === undefined ? "" : toSheetValue(target.high, unit),
      responsible: indicator.responsible ?? "",
      ref: indicator.refs.join("；"),
      note,
      ruleCode: indicator.rule,
      low: range.low ?? "",
      highest: range.high ?? "",
    };
    const row = columns.map((c) => (c.role === "plan" || (c.role === "helper" && c.key in cells) ? (cells[c.key as HeaderKey] ?? "") : ""));
    values.push(row);
    results.push(evaluateRow(years, (header) => blankAsNull(row[columns.findIndex((c) => c.header === header)])));
    const format = numberFormatFor(unit);
    numberFormats.push(
      columns.map((c) => {
        if (c.key === "baselineYear" || c.key === "targetYear" || c.key === "latestYear") return "0";
        if (c.key === "progress" || c.key === "pace") return "0%";
        if (c.key === "perYear") return changeFormat(unit, "zh-CN", true).format;
        if (c.key === "inputErrors" || c.key === "falls") return "0";
        if (["baseline", "target", "high", "latest", "gap", "expected", "low", "highest", "improvement", "needed"].includes(c.key) || c.role === "year") {
          return format;
        }
        return "General";
      })
    );
    const sheetRow = headerRow + 1 + n;
    validations.push(validationFor(indicator, a1(sheetRow, yearIndexes[0], sheetRow, yearIndexes[yearIndexes.length - 1])));
  });
  const rules = [...new Set(indicators.map((i) => i.rule))];
  const formulas = dialect === "edu" ? eduFormulas(years) : nativeFormulas(years);
  return {
    planId: plan.id,
    sheetName: uniqueSheetName(`${plan.region.name} ${period}`, options.existingSheets ?? []),
    tableName: uniqueTableName(plan.id, options.existingTables ?? []),
    dialect,
    title,
    headerRow,
    columns,
    values,
    formulas: Object.fromEntries(COMPUTED_KEYS.map((key) => [key, formulas[key]])) as Partial<Record<ColumnKey, string>>,
    results,
    numberFormats,
    flags: buildFlags(columns, headerRow, indicators.length, rules),
    validations,
    freeze: { rows: headerRow + 1, columns: 3 },
    indicators,
  };
}

const blankAsNull = (value: string | number | undefined): Scalar => (value === "" || value === undefined ? null : value);

/** The table's full address, header row included. */
export function tableAddress(layout: TemplateLayout): string {
  return a1(layout.headerRow, 0, layout.headerRow + layout.values.length, layout.columns.length - 1);
}

function resultCell(result: Scalar | FormulaError): LayoutResult {
  return result instanceof FormulaError ? { error: result.code } : result;
}

/** The template as a sheet for the writers: title block, the table with its formulas, flags, validation. */
export function templateSheet(layout: TemplateLayout): SheetLayout {
  const { columns, headerRow, values } = layout;
  const formulaOf = columns.map((c) => layout.formulas[c.key] ?? null);
  const computed = columns.map((c) => COMPUTED_KEYS.includes(c.key as ComputedKey));
  const body: Block = {
    row: headerRow + 1,
    column: 0,
    values: values.map((row) => row.map((v, i) => (formulaOf[i] || v === "" ? null : v))),
    formulas: values.map(() => formulaOf),
    results: layout.results.map((result) => columns.map((c, i) => (computed[i] ? resultCell(result[c.key as ComputedKey]) : null))),
    numberFormats: layout.numberFormats,
  };
  return {
    name: layout.sheetName,
    blocks: [
      // The title block starts in 类别's column, the first that prints.
      { row: 0, column: TITLE_COLUMN, values: layout.title.slice(0, 1).map((line) => [line]), font: { bold: true, size: 14 } },
      { row: 1, column: TITLE_COLUMN, values: layout.title.slice(1).map((line) => [line]) },
      { row: headerRow, column: 0, values: [columns.map((c) => c.header)], wrap: true },
      ...(values.length > 0 ? [body] : []),
    ],
    tables: [{ name: layout.tableName, address: tableAddress(layout), style: "TableStyleLight9" }],
    columns: columns.map((c, index) => ({ index, width: c.width, hidden: c.role === "helper" || undefined })),
    flags: layout.flags,
    validations: layout.validations,
    freeze: layout.freeze,
    page: pageSetup(layout),
  };
}

/** The column the title block stands in: 类别, the first printed column. */
export const TITLE_COLUMN = 1;

/**
 * Printed: 类别 through 状态, 今后每年需, 实际/所需 and 责任单位 (not 编号, 出处, 说明, 备注 or the helper columns), A4
 * landscape one page wide, the header row on every page, the plan's title above and page numbers below.
 */
export function pageSetup(layout: TemplateLayout): PageSetup {
  const first = layout.columns.findIndex((c) => c.key === "category");
  const last = layout.columns.findIndex((c) => c.key === "responsible");
  const header = layout.headerRow + 1;
  return {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    printArea: a1(0, first, layout.headerRow + layout.values.length, last),
    titleRows: `${header}:${header}`,
    header: layout.title[0].replace(/&/g, "&&"),
    footer: "第 &P 页 共 &N 页",
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}
