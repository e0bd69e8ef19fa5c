// A plan as a sheet layout, plain data: title block, one Excel Table with live EDU formulas, number
// formats, native conditional-format flags and data validation. src/excel/ only writes it.
import { tidy } from "./parse";
import { Indicator, Plan, RuleKind } from "./plan";
import { ABOUT_TOLERANCE, RULE_DIRECTION, RULE_LABELS } from "./rules";
import { PACE_THRESHOLD, STATUS_LABELS, Status } from "./status";

/** Table headers. Formulas refer to them by name, so they are part of the template's contract. */
export const HEADERS = {
  id: "编号",
  category: "类别",
  name: "指标",
  group: "分组",
  unit: "单位",
  rule: "规则",
  baselineYear: "基准年",
  baseline: "基准值",
  targetYear: "目标年",
  target: "目标值",
  high: "目标上限",
  latest: "最新值",
  latestYear: "最新年份",
  gap: "差距",
  progress: "进度",
  expected: "应达值",
  status: "状态",
  responsible: "责任单位",
  ref: "出处",
  note: "说明",
  ruleCode: "规则代码",
  remark: "备注",
} as const;

export type ColumnKey = keyof typeof HEADERS | `year:${number}`;
/** plan: from the plan; year: the clerk's actual values; computed: formulas; clerk: free notes. */
export type ColumnRole = "plan" | "year" | "computed" | "clerk";

export interface TemplateColumn {
  key: ColumnKey;
  header: string;
  role: ColumnRole;
  /** Width in characters (the writer converts to points). */
  width: number;
  year?: number;
}

export interface CellFormat {
  fill?: string;
  font?: string;
  border?: string;
}

/** A native conditional format: an A1 range and an A1-relative formula from its top-left cell. */
export interface ConditionalFlag {
  kind: "miss" | "behind" | "fell" | `status:${Status}`;
  rule?: RuleKind;
  address: string;
  formula: string;
  format: CellFormat;
}

/** Data validation of one row's year cells, with the row's target in its input message. */
export interface YearValidation {
  address: string;
  rule: { operator: "Between" | "GreaterThanOrEqualTo"; formula1: number; formula2?: number };
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

export interface TemplateLayout {
  planId: string;
  sheetName: string;
  tableName: string;
  /** Title block, one text per row from A1 down. */
  title: string[];
  /** 0-based sheet row of the table's header. */
  headerRow: number;
  columns: TemplateColumn[];
  /** Table body, one row per indicator; "" in year, computed and clerk columns. */
  values: (string | number)[][];
  /** Calculated columns: one structured-reference formula per computed column, same in every row. */
  formulas: Partial<Record<ColumnKey, string>>;
  numberFormats: string[][];
  flags: ConditionalFlag[];
  validations: YearValidation[];
  freeze: { rows: number; columns: number };
  indicators: Indicator[];
}

export const FLAG_FORMATS = {
  miss: { fill: "#FFC7CE", font: "#9C0006" },
  behind: { fill: "#FFEB9C", font: "#9C5700" },
  fell: { border: "#C00000" },
} satisfies Record<string, CellFormat>;

export const STATUS_FORMATS: Record<Status, CellFormat> = {
  met: { fill: "#C6EFCE", font: "#006100" },
  not_met: { fill: "#FFC7CE", font: "#9C0006" },
  regressed: { fill: "#FFC7CE", font: "#9C0006" },
  behind: { fill: "#FFEB9C", font: "#9C5700" },
  on_track: { fill: "#DDEBF7", font: "#1F4E78" },
  no_data: { font: "#808080" },
};

const PERCENT_UNITS = ["%", "％", "个百分点", "百分点"];
const COUNT_UNIT = /^(所|个|人|名|家|项|次|座|班|间|台|套|本|册|门|支|批|处|条|场|节|期|篇|只|张|位|户|园|校|类|种|部)$/;
const MONEY_UNIT = /元$/;
const SHEET_NAME_LIMIT = 31;

export function isPercentUnit(unit: string): boolean {
  return PERCENT_UNITS.includes(unit.trim());
}

export function isCountUnit(unit: string): boolean {
  return COUNT_UNIT.test(unit.trim());
}

/** A plan figure as the sheet stores it: percentages as Excel fractions (86.4 % → 0.864). */
export function toSheetValue(value: number, unit: string): number {
  return isPercentUnit(unit) ? tidy(value / 100) : value;
}

function numberFormatFor(unit: string): string {
  if (isPercentUnit(unit)) return "0.0%";
  if (isCountUnit(unit)) return "0";
  if (MONEY_UNIT.test(unit.trim())) return "#,##0.00";
  return "General";
}

export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 address of a 0-based cell, or of a rectangle when an end is given. */
export function a1(row: number, column: number, endRow?: number, endColumn?: number): string {
  const start = `${columnLetter(column)}${row + 1}`;
  return endRow === undefined ? start : `${start}:${columnLetter(endColumn ?? column)}${endRow + 1}`;
}

/** A sheet name Excel accepts and the workbook does not have yet: "慈溪市 2021-2025 (2)". */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const clean = base.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim() || "EduPlan";
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = clean.slice(0, SHEET_NAME_LIMIT - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A table name unique in the workbook (table names are workbook-wide): EduPlan_cixi_2021_2025. */
export function uniqueTableName(planId: string, existing: readonly string[]): string {
  const base = `EduPlan_${planId.replace(/[^A-Za-z0-9_]/g, "_")}`;
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}_${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function planYears(plan: Plan): number[] {
  const years: number[] = [];
  for (let year = plan.period.start; year <= plan.period.end; year++) years.push(year);
  return years;
}

export function yearHeader(year: number): string {
  return `${year}年`;
}

function buildColumns(years: number[]): TemplateColumn[] {
  const plan = (key: keyof typeof HEADERS, width: number): TemplateColumn => ({ key, header: HEADERS[key], role: "plan", width });
  const computed = (key: keyof typeof HEADERS, width: number): TemplateColumn => ({ key, header: HEADERS[key], role: "computed", width });
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
    plan("responsible", 16),
    plan("ref", 14),
    plan("note", 24),
    plan("ruleCode", 12),
    { key: "remark", header: HEADERS.remark, role: "clerk", width: 20 },
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

function validationFor(indicator: Indicator, address: string): YearValidation {
  // A % row whose plan figures pass 100 (gross enrolment ratios) may be typed above 100 % too.
  const capped = Math.max(indicator.target.value ?? 0, indicator.target.high ?? 0, indicator.baseline?.value ?? 0) <= 100;
  const percent = isPercentUnit(indicator.unit) && capped;
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
  const rule: YearValidation["rule"] = percent && !change
    ? { operator: "Between", formula1: 0, formula2: 1 }
    : change
      ? { operator: "Between", formula1: -1e9, formula2: 1e9 }
      : { operator: "GreaterThanOrEqualTo", formula1: 0 };
  return {
    address,
    rule,
    // Excel limits: title 32 characters, message 255.
    prompt: { title: indicator.name.slice(0, 32), message: message.slice(0, 255) },
    error: {
      title: "EduPlan",
      message: percent && !change ? "请输入 0%–100% 之间的数值 (a percentage between 0% and 100%)" : "请输入数值 (enter a number)",
    },
  };
}

/** Structured reference to this row's cell in a column. */
const at = (header: string) => `[@[${header}]]`;

function buildFormulas(years: number[]): Partial<Record<ColumnKey, string>> {
  const H = HEADERS;
  // The latest filled year wins, so it is the outermost IF.
  const latestValue = years.reduce((inner, year) => `IF(${at(yearHeader(year))}<>"",${at(yearHeader(year))},${inner})`, '""');
  const latestYear = years.reduce((inner, year) => `IF(${at(yearHeader(year))}<>"",${year},${inner})`, '""');
  const L = at(H.latest);
  const target = `IF(${at(H.ruleCode)}="between",${at(H.target)}&"-"&${at(H.high)},${at(H.target)})`;
  const guard = (header: string) => `IF(${at(header)}="","",${at(header)})`;
  const span =
    years.length === 1
      ? at(yearHeader(years[0]))
      : `[@[${yearHeader(years[0])}]:[${yearHeader(years[years.length - 1])}]]`;
  const zh = (status: Status) => `"${STATUS_LABELS[status]["zh-CN"]}"`;
  return {
    latest: `=${latestValue}`,
    latestYear: `=${latestYear}`,
    gap: `=IF(OR(${L}="",${at(H.target)}=""),"",EDU.GAP(${target},${L},${at(H.ruleCode)}))`,
    progress: `=IF(OR(${L}="",${at(H.target)}="",${at(H.baseline)}=""),"",EDU.PROGRESS(${at(H.baseline)},${target},${L},${at(H.ruleCode)}))`,
    expected:
      `=IF(OR(${at(H.latestYear)}="",${at(H.target)}="",${at(H.baseline)}="",${at(H.baselineYear)}=""),"",` +
      `EDU.EXPECTED(${at(H.baseline)},${at(H.baselineYear)},${at(H.target)},${at(H.targetYear)},${at(H.latestYear)}))`,
    status:
      `=IF(${L}="",${zh("no_data")},IF(${at(H.ruleCode)}="non_decreasing",` +
      `IF(EDU.NONDECREASING(IF(${span}="","",${span}),${guard(H.baseline)}),${zh("met")},${zh("regressed")}),` +
      `EDU.STATUS(${guard(H.baseline)},${guard(H.baselineYear)},${target},${at(H.targetYear)},${L},${at(H.latestYear)},${at(H.ruleCode)})))`,
  };
}

/** Native formulas for one rule kind, mirroring status.ts's decision table on plain cells. */
interface RuleFormulas {
  met: string;
  regressed: string;
  /** Improvement of the cell over the baseline, and of the target over the baseline. */
  improvement: string;
  needed: string;
}

function ruleFormulas(rule: RuleKind, x: string, b: string, t: string, h: string): RuleFormulas {
  const distance = (v: string) => (rule === "between" ? `MAX(0,${t}-${v},${v}-${h})` : `ABS(${v}-${t})`);
  const met: Record<RuleKind, string> = {
    at_least: `${x}>=${t}`,
    ratio_at_least: `${x}>=${t}`,
    increase_by: `${x}>=${t}`,
    decrease_by: `${x}>=${t}`,
    non_decreasing: `${x}>=${t}`,
    greater_than: `${x}>${t}`,
    at_most: `${x}<=${t}`,
    less_than: `${x}<${t}`,
    equal: `${x}=${t}`,
    about: `ABS(${x}-${t})<=${ABOUT_TOLERANCE}*ABS(${t})`,
    between: `AND(${x}>=${t},${x}<=${h})`,
  };
  switch (RULE_DIRECTION[rule]) {
    case "higher":
      return { met: met[rule], regressed: `${x}<${b}`, improvement: `${x}-${b}`, needed: `${t}-${b}` };
    case "lower":
      return { met: met[rule], regressed: `${x}>${b}`, improvement: `${b}-${x}`, needed: `${b}-${t}` };
    default:
      return {
        met: met[rule],
        regressed: `${distance(x)}>${distance(b)}`,
        improvement: `${distance(b)}-${distance(x)}`,
        needed: distance(b),
      };
  }
}

function buildFlags(
  columns: TemplateColumn[],
  headerRow: number,
  rowCount: number,
  rules: readonly RuleKind[]
): ConditionalFlag[] {
  if (rowCount === 0) return [];
  const index = (key: ColumnKey) => columns.findIndex((c) => c.key === key);
  const first = headerRow + 1;
  const last = headerRow + rowCount;
  const row = first + 1; // A1 row number of the first body row, relative in the formulas
  const abs = (key: ColumnKey) => `$${columnLetter(index(key))}${row}`;
  const yearColumns = columns.map((c, i) => ({ c, i })).filter(({ c }) => c.role === "year");
  const firstYear = yearColumns[0].i;
  const lastYear = yearColumns[yearColumns.length - 1].i;
  const yearsAddress = a1(first, firstYear, last, lastYear);
  const x = `${columnLetter(firstYear)}${row}`;
  const year = `VALUE(LEFT(${columnLetter(firstYear)}$${headerRow + 1},4))`;
  const [code, b, by, t, h, ty] = [abs("ruleCode"), abs("baseline"), abs("baselineYear"), abs("target"), abs("high"), abs("targetYear")];
  const flags: ConditionalFlag[] = [];
  for (const rule of rules) {
    if (rule === "non_decreasing") continue;
    const f = ruleFormulas(rule, x, b, t, h);
    flags.push({
      kind: "miss",
      rule,
      address: yearsAddress,
      formula: `=AND(${code}="${rule}",ISNUMBER(${x}),NOT(${f.met}),OR(${b}="",${by}="",${year}>=${ty},${f.regressed}))`,
      format: FLAG_FORMATS.miss,
    });
    flags.push({
      kind: "behind",
      rule,
      address: yearsAddress,
      formula:
        `=AND(${code}="${rule}",ISNUMBER(${x}),NOT(${f.met}),${b}<>"",${by}<>"",${year}<${ty},${year}>${by},NOT(${f.regressed}),` +
        `${f.improvement}<${PACE_THRESHOLD}*MIN(1,(${year}-${by})/(${ty}-${by}))*(${f.needed}))`,
      format: FLAG_FORMATS.behind,
    });
  }
  if (rules.includes("non_decreasing")) {
    // One format per year column: each compares with the nearest filled year before it, or the baseline.
    yearColumns.forEach(({ i }, n) => {
      const cell = `${columnLetter(i)}${row}`;
      const previous = yearColumns
        .slice(0, n)
        .reduce((inner, { i: j }) => `IF(ISNUMBER($${columnLetter(j)}${row}),$${columnLetter(j)}${row},${inner})`, b);
      flags.push({
        kind: "fell",
        rule: "non_decreasing",
        address: a1(first, i, last, i),
        formula: `=AND(${code}="non_decreasing",ISNUMBER(${cell}),ISNUMBER(${previous}),${cell}<${previous})`,
        format: FLAG_FORMATS.fell,
      });
    });
  }
  const statusColumn = index("status");
  const statusCell = `${columnLetter(statusColumn)}${row}`;
  for (const status of Object.keys(STATUS_FORMATS) as Status[]) {
    flags.push({
      kind: `status:${status}`,
      address: a1(first, statusColumn, last, statusColumn),
      formula: `=${statusCell}="${STATUS_LABELS[status]["zh-CN"]}"`,
      format: STATUS_FORMATS[status],
    });
  }
  return flags;
}

export interface TemplateOptions {
  existingSheets?: readonly string[];
  existingTables?: readonly string[];
}

/** The whole layout of a plan's indicator sheet. Pure: the same plan gives the same layout. */
export function buildTemplate(plan: Plan, options: TemplateOptions = {}): TemplateLayout {
  const years = planYears(plan);
  const columns = buildColumns(years);
  const indicators = groupByCategory(plan.indicators);
  const period = plan.period.start === plan.period.end ? `${plan.period.start}` : `${plan.period.start}-${plan.period.end}`;
  const title = [
    plan.title,
    `${plan.region.name}${plan.region.parent ? `（${plan.region.parent}）` : ""} · ${period} · ${plan.issuer}`,
    `来源 Source：${plan.source} · 指标 ${indicators.length} 项`,
    "在年份列填写实际值（百分比可直接输入 86.4%）。红色：退步或到期未达标；黄色：进度滞后；红框：低于上一年。" +
      " Type actual values in the year columns. Red: regressed or missed by the target year; amber: behind; red border: below the year before.",
  ];
  const headerRow = title.length + 1;
  const values: (string | number)[][] = [];
  const numberFormats: string[][] = [];
  const validations: YearValidation[] = [];
  const yearIndexes = columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
  indicators.forEach((indicator, n) => {
    const baseline = sheetBaseline(plan, indicator);
    const { target, unit } = indicator;
    const note = [baseline.note, indicator.note].filter(Boolean).join("；");
    const cells: Record<string, string | number> = {
      id: indicator.id,
      category: indicator.category,
      name: indicator.name,
      group: indicator.group ?? "",
      unit,
      rule: RULE_LABELS[indicator.rule]["zh-CN"],
      baselineYear: baseline.year,
      baseline: baseline.value,
      targetYear: target.year,
      target: target.value === null ? "" : toSheetValue(target.value, unit),
      high: target.high === undefined ? "" : toSheetValue(target.high, unit),
      responsible: indicator.responsible ?? "",
      ref: indicator.refs.join("；"),
      note,
      ruleCode: indicator.rule,
    };
    values.push(columns.map((c) => (c.role === "plan" ? (cells[c.key] ?? "") : "")));
    const format = numberFormatFor(unit);
    numberFormats.push(
      columns.map((c) => {
        if (c.key === "baselineYear" || c.key === "targetYear" || c.key === "latestYear") return "0";
        if (c.key === "progress") return "0%";
        if (["baseline", "target", "high", "latest", "gap", "expected"].includes(c.key) || c.role === "year") return format;
        return "General";
      })
    );
    const row = headerRow + 1 + n;
    validations.push(validationFor(indicator, a1(row, yearIndexes[0], row, yearIndexes[yearIndexes.length - 1])));
  });
  const rules = [...new Set(indicators.map((i) => i.rule))];
  return {
    planId: plan.id,
    sheetName: uniqueSheetName(`${plan.region.name} ${period}`, options.existingSheets ?? []),
    tableName: uniqueTableName(plan.id, options.existingTables ?? []),
    title,
    headerRow,
    columns,
    values,
    formulas: buildFormulas(years),
    numberFormats,
    flags: buildFlags(columns, headerRow, indicators.length, rules),
    validations,
    freeze: { rows: headerRow + 1, columns: 3 },
    indicators,
  };
}

/** The table's full address, header row included. */
export function tableAddress(layout: TemplateLayout): string {
  return a1(layout.headerRow, 0, layout.headerRow + layout.values.length, layout.columns.length - 1);
}
