// The one description of the rules. Every rule kind's gap, improvement and status are expressions
// (formula.ts) over named cells; the core compiles them, the templates print them as native cell
// formulas and as conditional-format formulas, and the EDU functions run the core. One table, so the
// four dialects cannot drift.
//
// Cells: x the value judged, y its year; b baseline (0 for the change rules) in year by; t target
// (between: low end) and h its high end, in year ty; code the rule code; lo and hi the plausible
// range of a year cell (blank: unbounded); prev, for 逐年只增不减, the year before's value.
import {
  ABS,
  AND,
  Compiled,
  Expr,
  IF,
  ISNUMBER,
  ISTEXT,
  MAX,
  MIN,
  NOT,
  OR,
  ROUND,
  add,
  compile,
  div,
  eq,
  ge,
  gt,
  le,
  lt,
  mul,
  num,
  ref,
  simplify,
  str,
  sub,
  substitute,
} from "./formula";
import { RuleKind } from "./plan";
import type { CheckStatus } from "./status";

/** Differences are rounded to this many decimals before any comparison, in every dialect. */
export const COMPARE_DIGITS = 9;
/** The pace below which a value is behind the plan. */
export const PACE_THRESHOLD = 0.95;
/** `about` (20个左右) accepts this share of the target either side. */
export const ABOUT_TOLERANCE = 0.05;
/**
 * Progress is shown only when the change the plan asks for is at least this share of the larger of
 * baseline and target: a baseline of 99.96 % against 100 % would turn a small dip into −26125 %.
 */
export const PROGRESS_MIN_CHANGE = 0.01;

export const x = ref("x");
export const y = ref("y");
export const b = ref("b");
export const by = ref("by");
export const t = ref("t");
export const h = ref("h");
export const ty = ref("ty");
export const code = ref("code");
export const lo = ref("lo");
export const hi = ref("hi");
export const prev = ref("prev");

const FALSE = OR();
const TRUE = AND();

/** Which way is better for a rule: up, down, or closer to the target. */
export type Direction = "higher" | "lower" | "closer";

/**
 * `increase_by` and `decrease_by` are judged on the change achieved so far (新增 3 所: the actual
 * is the number added since the baseline), so both are higher-is-better with an implicit
 * baseline of 0. `non_decreasing` compares a year with the year before, its "target".
 */
export const RULE_DIRECTION: Record<RuleKind, Direction> = {
  at_least: "higher",
  greater_than: "higher",
  ratio_at_least: "higher",
  increase_by: "higher",
  decrease_by: "higher",
  non_decreasing: "higher",
  at_most: "lower",
  less_than: "lower",
  equal: "closer",
  about: "closer",
  between: "closer",
};

/** The rules whose bound itself is not good enough (高于 / 低于). */
export const STRICT_RULES: readonly RuleKind[] = ["greater_than", "less_than"];

const rulesGoing = (direction: Direction) => (Object.keys(RULE_DIRECTION) as RuleKind[]).filter((k) => RULE_DIRECTION[k] === direction);
const LOWER = rulesGoing("lower");
const CLOSER = rulesGoing("closer");
const isCode = (...kinds: RuleKind[]) => (kinds.length === 1 ? eq(code, str(kinds[0])) : OR(...kinds.map((k) => eq(code, str(k)))));
const rounded = (e: Expr) => ROUND(e, num(COMPARE_DIGITS));
const known = (e: Expr) => ISNUMBER(e);

/** Signed gap of v: > 0 still short of the plan, ≤ 0 met. */
export function gapOf(v: Expr): Expr {
  return IF(
    isCode(...LOWER),
    sub(v, t),
    IF(
      isCode("between"),
      MAX(sub(t, v), sub(v, h)),
      IF(isCode("equal"), ABS(sub(v, t)), IF(isCode("about"), sub(ABS(sub(v, t)), mul(num(ABOUT_TOLERANCE), ABS(t))), sub(t, v)))
    )
  );
}

/** The gap as shown and compared: rounded to COMPARE_DIGITS decimals. */
export function shownGapOf(v: Expr): Expr {
  return rounded(gapOf(v));
}

/** Met: the shown gap is not positive (negative for the strict rules). */
export function metOf(shownGap: Expr): Expr {
  return IF(isCode(...STRICT_RULES), lt(shownGap, num(0)), le(shownGap, num(0)));
}

/** How far v is outside the plan, for the rules where closer is better. */
function distance(v: Expr): Expr {
  return IF(isCode("between"), MAX(num(0), sub(t, v), sub(v, h)), ABS(sub(v, t)));
}

/** Improvement from `from` to `to` in the rule's direction: > 0 better, < 0 worse. */
export function improvementOf(from: Expr, to: Expr): Expr {
  return IF(isCode(...LOWER), sub(from, to), IF(isCode(...CLOSER), sub(distance(from), distance(to)), sub(to, from)));
}

/** The improvement the whole plan asks for: from the baseline to the target (where distance is 0). */
export const needed = IF(isCode(...LOWER), sub(b, t), IF(isCode(...CLOSER), distance(b), sub(t, b)));

/** Share of the plan period elapsed by year y, capped at 1 (callers ensure by < y < ty). */
export const elapsedShare = MIN(num(1), div(sub(y, by), sub(ty, by)));

/** A year cell that is text, or a number outside its row's plausible range. */
export function inputErrorOf(v: Expr): Expr {
  return OR(ISTEXT(v), AND(known(v), OR(AND(known(lo), lt(v, lo)), AND(known(hi), gt(v, hi)))));
}

/** The latest value's gap, improvement since the baseline and what the plan needs: cells or inlined. */
export interface Pace {
  gap: Expr;
  improvement: Expr;
  needed: Expr;
}

export type Decision = [condition: Expr, status: CheckStatus];

/**
 * The decision table of status.ts as expressions, first match wins. `nonDecreasing` is what decides
 * a 逐年只增不减 value: the cell against the year before, or the row's count of falls.
 */
function decisions(nonDecreasing: Decision[], pace: Pace): Decision[] {
  return [
    [NOT(known(x)), "no_data"],
    ...nonDecreasing,
    [NOT(known(t)), "no_data"],
    [metOf(pace.gap), "met"],
    [IF(known(b), lt(rounded(pace.improvement), num(0)), FALSE), "regressed"],
    [OR(NOT(known(b)), NOT(known(by)), NOT(known(ty)), ge(y, ty)), "not_met"],
    [le(y, by), "on_track"],
    [ge(rounded(sub(pace.improvement, mul(mul(num(PACE_THRESHOLD), elapsedShare), pace.needed))), num(0)), "on_track"],
    [TRUE, "behind"],
  ];
}

const inlinePace: Pace = { gap: shownGapOf(x), improvement: improvementOf(b, x), needed };

/** One year cell: input error first, then the table (逐年只增不减 against prev). */
export function cellDecisions(pace: Pace = inlinePace): Decision[] {
  const nd = isCode("non_decreasing");
  return [
    [inputErrorOf(x), "input_error"],
    ...decisions(
      [
        [AND(nd, IF(known(prev), ge(rounded(sub(x, prev)), num(0)), TRUE)), "met"],
        [nd, "regressed"],
      ],
      pace
    ),
  ];
}

/** A row: any input error in its year cells first, then the latest value; falls decide 逐年只增不减. */
export function rowDecisions(inputErrors: Expr, falls: Expr, pace: Pace): Decision[] {
  const nd = isCode("non_decreasing");
  return [
    [gt(inputErrors, num(0)), "input_error"],
    ...decisions(
      [
        [AND(nd, gt(falls, num(0))), "regressed"],
        [nd, "met"],
      ],
      pace
    ),
  ];
}

/** The decisions as one nested IF giving each status's label. */
export function statusExpr(table: Decision[], label: (status: CheckStatus) => string): Expr {
  return simplify(table.reduceRight<Expr>((otherwise, [condition, status]) => IF(condition, str(label(status)), otherwise), str("")));
}

/** TRUE exactly where the table gives one of `statuses`: a conditional format's formula. */
export function predicateExpr(table: Decision[], statuses: readonly CheckStatus[]): Expr {
  return simplify(table.reduceRight<Expr>((otherwise, [condition, status]) => IF(condition, statuses.includes(status) ? TRUE : FALSE, otherwise), FALSE));
}

/** Fixes the rule code, so only that rule's arithmetic remains. */
export function forRule(expr: Expr, rule: RuleKind): Expr {
  return simplify(substitute(expr, { code: str(rule) }));
}

/** Compiled closures per rule kind, made once. */
export function compiledPerRule(build: () => Expr): (rule: RuleKind) => Compiled {
  const cache = new Map<RuleKind, Compiled>();
  const expr = build();
  return (rule) => {
    let compiled = cache.get(rule);
    if (!compiled) {
      compiled = compile(forRule(expr, rule));
      cache.set(rule, compiled);
    }
    return compiled;
  };
}

/** Progress is shown when the plan asks for a real change: see PROGRESS_MIN_CHANGE. */
export function progressShownFor(need: Expr): Expr {
  return AND(gt(rounded(need), num(0)), ge(rounded(sub(need, mul(num(PROGRESS_MIN_CHANGE), MAX(ABS(b), ABS(t))))), num(0)));
}

/** Share of the needed improvement achieved, blank where progressShownFor says no. */
export function progressOf(improvement: Expr, need: Expr): Expr {
  return IF(progressShownFor(need), div(improvement, need), str(""));
}

/** 逐年只增不减: 1 when year cell v is below the value before it (prev), else 0. */
export function fellOf(v: Expr, before: Expr): Expr {
  return IF(AND(known(v), known(before)), IF(lt(rounded(sub(v, before)), num(0)), num(1), num(0)), num(0));
}

/** Value the linear path expects in year y; blank before the baseline year. */
export const expectedValue = IF(
  AND(known(y), known(b), known(by), known(t), known(ty)),
  IF(OR(lt(y, by), lt(ty, by)), str(""), IF(eq(ty, by), t, add(b, mul(sub(t, b), elapsedShare)))),
  str("")
);

