// The native formula of EDU.NEEDED (core/needed.ts) for a sheet: Excel 2007 functions only. Apart
// from needed.ts so the functions' runtime does not carry the formula printer.
import { AND, IF, ISNUMBER, str, toFormula } from "./formula";
import { Method } from "./progress";
import { RuleKind } from "./plan";
import { code, forRule, h, metOf, shownGapOf, t, x } from "./rule-table";

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
