// The template's computed columns in their dialects: the rule table (rule-table.ts) printed as native
// formulas over the row's cells, the same expressions run by the core for a row (evaluateRow), and
// the optional EDU-function version. Flags (conditional formats) are the rule table per year cell.
import { AND, Expr, FormulaError, IF, ISNUMBER, MIN, NOT, OR, Scalar, compile, div, eq, ge, gt, num, ref, run, str, sub, substitute, sum, toFormula } from "./formula";
import { perYearExpr } from "./needed-formula";
import { PERCENT_UNITS } from "./units";
import {
  b,
  by,
  code,
  expectedValue,
  fellOf,
  improvementOf,
  inputErrorOf,
  metOf,
  needed,
  progressOf,
  rowDecisions,
  shownGapOf,
  statusExpr,
  t,
  ty,
  x,
} from "./rule-table";
import { HEADERS, HeaderKey } from "./headers";
import { STATUS_LABELS } from "./status";

export { HEADERS };
export type { HeaderKey };

export type FormulaDialect = "native" | "edu";

/** The computed and helper columns, in the order a row is evaluated. */
export const COMPUTED_KEYS = ["latest", "latestYear", "gap", "improvement", "needed", "progress", "expected", "inputErrors", "falls", "status", "perYear", "pace"] as const;

/** What 今后每年需 says when the target year has come and the row is still short of it. */
export const TARGET_YEAR_PASSED = "目标年已过";
export type ComputedKey = (typeof COMPUTED_KEYS)[number];

export function yearHeader(year: number): string {
  return `${year}年`;
}

const yearVar = (year: number) => `Y${year}`;
/** The row's variables as rule-table.ts names them, each a column of the table. */
const ROW_VARIABLES: Record<string, HeaderKey> = {
  b: "baseline",
  by: "baselineYear",
  t: "target",
  h: "high",
  ty: "targetYear",
  code: "ruleCode",
  lo: "low",
  hi: "highest",
  u: "unit",
};

const cell = (key: ComputedKey) => ref(key);

/** Each computed column as an expression over the row's cells and the columns before it. */
export function columnExpressions(years: readonly number[]): Record<ComputedKey, Expr> {
  const Y = years.map((year) => ref(yearVar(year)));
  const latest = cell("latest");
  const known = (e: Expr) => ISNUMBER(e);
  // 逐年只增不减: each year against the nearest filled year before it, or the baseline.
  const before = (i: number) => Y.slice(0, i).reduce<Expr>((inner, previous) => IF(known(previous), previous, inner), b);
  const row = { x: latest, y: cell("latestYear") };
  const bind = (e: Expr) => substitute(e, row);
  return {
    latest: Y.reduce<Expr>((inner, v) => IF(known(v), v, inner), str("")),
    latestYear: Y.reduce<Expr>((inner, v, i) => IF(known(v), num(years[i]), inner), str("")),
    gap: IF(AND(known(latest), known(t)), bind(shownGapOf(x)), str("")),
    improvement: IF(AND(known(latest), known(b), known(t)), bind(improvementOf(b, x)), str("")),
    needed: IF(AND(known(b), known(t)), needed, str("")),
    progress: IF(known(cell("improvement")), progressOf(cell("improvement"), cell("needed")), str("")),
    expected: bind(expectedValue),
    inputErrors: sum(Y.map((v) => IF(inputErrorOf(v), num(1), num(0)))),
    falls: IF(eq(code, str("non_decreasing")), sum(Y.map((v, i) => fellOf(v, before(i)))), str("")),
    status: bind(
      statusExpr(
        rowDecisions(cell("inputErrors"), cell("falls"), { gap: cell("gap"), improvement: cell("improvement"), needed: cell("needed") }),
        (s) => STATUS_LABELS[s]["zh-CN"]
      )
    ),
    // 今后每年需 in the plan's unit: a % row's cells hold fractions, so × 100 reads in 个百分点.
    perYear: bind(perYearExpr(cell("gap"), str(TARGET_YEAR_PASSED), IF(OR(...PERCENT_UNITS.map((u) => eq(ref("u"), str(u)))), num(100), num(1)))),
    // 实际/所需: progress ÷ the share of the period elapsed (needed.ts actualVersusRequired), for rows not met.
    pace: IF(
      AND(known(cell("progress")), known(cell("latestYear")), known(by), known(ty), ge(ty, by), gt(cell("latestYear"), by), NOT(metOf(cell("gap")))),
      div(cell("progress"), IF(eq(ty, by), num(1), MIN(num(1), div(sub(cell("latestYear"), by), sub(ty, by))))),
      str("")
    ),
  };
}

/** Structured reference to this row's cell in a column. */
export const thisRow = (header: string) => `[@[${header}]]`;

/** The cells each variable stands for in a table row. */
export function rowCells(years: readonly number[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [name, key] of Object.entries(ROW_VARIABLES)) cells[name] = thisRow(HEADERS[key]);
  for (const key of COMPUTED_KEYS) cells[key] = thisRow(HEADERS[key]);
  for (const year of years) cells[yearVar(year)] = thisRow(yearHeader(year));
  return cells;
}

/** The native formula of every computed column: plain Excel 2007 functions, no add-in needed. */
export function nativeFormulas(years: readonly number[]): Record<ComputedKey, string> {
  const expressions = columnExpressions(years);
  const cells = rowCells(years);
  const formulas = {} as Record<ComputedKey, string>;
  for (const key of COMPUTED_KEYS) formulas[key] = `=${toFormula(expressions[key], cells)}`;
  return formulas;
}

/**
 * The EDU-function version of the columns that have one (差距, 进度, 应达值, 状态), for clerks on
 * Microsoft 365 who want to read `EDU.STATUS(…)` in the cell; the rest stays native.
 */
export function eduFormulas(years: readonly number[]): Record<ComputedKey, string> {
  const c = rowCells(years);
  const X = c.latest;
  const target = `IF(${c.code}="between",${c.t}&"-"&${c.h},${c.t})`;
  const orBlank = (v: string) => `IF(ISNUMBER(${v}),${v},"")`;
  const span = years.length === 1 ? c[yearVar(years[0])] : `[@[${yearHeader(years[0])}]:[${yearHeader(years[years.length - 1])}]]`;
  const zh = (status: keyof typeof STATUS_LABELS) => `"${STATUS_LABELS[status]["zh-CN"]}"`;
  return {
    ...nativeFormulas(years),
    gap: `=IF(AND(ISNUMBER(${X}),ISNUMBER(${c.t})),EDU.GAP(${target},${X},${c.code}),"")`,
    progress: `=IF(AND(ISNUMBER(${X}),ISNUMBER(${c.t}),ISNUMBER(${c.b})),EDU.PROGRESS(${c.b},${target},${X},${c.code}),"")`,
    expected:
      `=IF(AND(ISNUMBER(${c.latestYear}),ISNUMBER(${c.b}),ISNUMBER(${c.by}),ISNUMBER(${c.t}),ISNUMBER(${c.ty})),` +
      `IF(OR(${c.latestYear}<${c.by},${c.ty}<${c.by}),"",EDU.EXPECTED(${c.b},${c.by},${c.t},${c.ty},${c.latestYear})),"")`,
    status:
      `=IF(${c.inputErrors}>0,${zh("input_error")},IF(NOT(ISNUMBER(${X})),${zh("no_data")},IF(${c.code}="non_decreasing",` +
      `IF(EDU.NONDECREASING(IF(${span}="","",${span}),${orBlank(c.b)}),${zh("met")},${zh("regressed")}),` +
      `EDU.STATUS(${orBlank(c.b)},${orBlank(c.by)},${target},${c.ty},${X},${c.latestYear},${c.code}))))`,
  };
}

export type RowResult = Record<ComputedKey, Scalar | FormulaError>;

const compiledColumns = new Map<string, Record<ComputedKey, ReturnType<typeof compile>>>();

/**
 * What the core says every computed column of a row holds: the rule table run in TypeScript, the
 * reference both dialects and both engines are compared with. `cells` maps header → cell value.
 */
export function evaluateRow(years: readonly number[], cells: (header: string) => Scalar): RowResult {
  const key = years.join(",");
  let compiled = compiledColumns.get(key);
  if (!compiled) {
    const expressions = columnExpressions(years);
    compiled = {} as Record<ComputedKey, ReturnType<typeof compile>>;
    for (const column of COMPUTED_KEYS) compiled[column] = compile(expressions[column]);
    compiledColumns.set(key, compiled);
  }
  const env: Record<string, Scalar | FormulaError> = {};
  for (const [name, header] of Object.entries(ROW_VARIABLES)) env[name] = cells(HEADERS[header]);
  for (const year of years) env[yearVar(year)] = cells(yearHeader(year));
  const result = {} as RowResult;
  for (const column of COMPUTED_KEYS) {
    const value = run(compiled[column], env);
    result[column] = value;
    // A later column reads an error as Excel would: the error propagates through arithmetic.
    env[column] = value;
  }
  return result;
}
