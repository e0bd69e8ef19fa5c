// The native formula of EDU.NEEDED (core/needed.ts) for a sheet: Excel 2007 functions only, and the
// same arithmetic as an expression for the template's 今后每年需 column. Apart from needed.ts so the
// functions' runtime does not carry the formula printer.
import { AND, Expr, IF, ISNUMBER, div, eq, gt, le, mul, ne, num, str, sub, toFormula } from "./formula";
import { Method } from "./progress";
import { RuleKind } from "./plan";
import { code, forRule, h, metOf, shownGapOf, t, ty, x, y } from "./rule-table";

/**
 * The native formula of the change per year still needed, for a sheet: Excel 2007 functions over the
 * cells given (x latest, y its year, t target, h its high end, ty target year, code the rule code).
 * Blank without data, 0 when met, #N/A when no year remains; cagr raises to the power with ^.
 */
export function neededFormula(
  cells: Readonly<Record<"x" | "y" | "t" | "h" | "ty" | "code", string>>,
  method: Method = "linear",
  rule?: RuleKind
): string {
  const f = (e: Parameters<typeof toFormula>[0]) => toFormula(rule ? forRule(e, rule) : e, cells);
  const met = f(metOf(shownGapOf(x)));
  const aim = f(IF({ k: "op", op: "=", a: code, b: str("between") }, IF({ k: "op", op: ">", a: x, b: h }, h, t), t));
  const known = f(AND(ISNUMBER(x), ISNUMBER({ k: "var", name: "y" }), ISNUMBER(t), ISNUMBER({ k: "var", name: "ty" })));
  const years = `(${cells.ty}-${cells.y})`;
  const change = method === "linear" ? `(${aim}-${cells.x})/${years}` : `(${aim}/${cells.x})^(1/${years})-1`;
  return `=IF(${known},IF(${met},0,IF(${years}<=0,NA(),${change})),"")`;
}

/**
 * The change per year still needed on the straight path from the latest value x (in year y) to the
 * target, as an expression over the row: blank without data, when met or for 逐年只增不减 (no target
 * figure), `passed` when the target year has come; × `scale` (100 shows a % row in 个百分点). `gap` is
 * the row's shown gap of x (差距).
 */
export function perYearExpr(gap: Expr, passed: Expr, scale: Expr = num(1)): Expr {
  const known = (e: Expr) => ISNUMBER(e);
  const aim = IF(eq(code, str("between")), IF(gt(x, h), h, t), t);
  const years = sub(ty, y);
  return IF(
    AND(known(x), known(y), known(t), known(ty), ne(code, str("non_decreasing"))),
    IF(metOf(gap), str(""), IF(le(years, num(0)), passed, mul(div(sub(aim, x), years), scale))),
    str("")
  );
}
