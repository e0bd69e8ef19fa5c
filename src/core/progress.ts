// Progress from the baseline, the plan's trajectory (expected value in a year), rates and pace.
import { CellError } from "./errors";
import { errorOf } from "./messages";
import { difference, tidy } from "./parse";
import { RuleKind } from "./plan";
import { Env } from "./formula";
import { Bound } from "./rules";
import { b, compiledPerRule, improvementOf, needed, progressOf, x } from "./rule-table";

export type Method = "linear" | "cagr";

/** The baseline a rule measures from: the change rules count from 0. */
export function effectiveBaseline(rule: RuleKind, baseline: number): number {
  return rule === "increase_by" || rule === "decrease_by" ? 0 : baseline;
}

/**
 * The share of the plan's change achieved: imp(actual) / imp(target), improvements in the rule's
 * direction from the baseline (rule-table.ts). Not capped: above 1 is ahead of the plan, below 0
 * backwards; for the closer-is-better rules, the share of the distance closed. Null (shown blank)
 * when the plan asks for too small a change for a share to mean anything (PROGRESS_MIN_CHANGE),
 * including a baseline that already meets the target.
 */
export function progress(rule: RuleKind, baseline: number, bound: Bound, actual: number): number | null {
  const env: Env = { b: effectiveBaseline(rule, baseline), t: bound.value, h: bound.high ?? bound.value, x: actual };
  const share = progressFor(rule)(env);
  return share === "" ? null : tidy(share as number);
}

const progressFor = compiledPerRule(() => progressOf(improvementOf(b, x), needed));

/** The share of the plan period elapsed by `year`, 0 at the baseline year, capped at 1. */
export function elapsed(baselineYear: number, targetYear: number, year: number): number | CellError {
  if (targetYear < baselineYear) return errorOf("#NUM!", "targetYearBeforeBaseline");
  if (year < baselineYear) return errorOf("#NUM!", "yearBeforeBaseline");
  if (targetYear === baselineYear) return 1;
  return Math.min(1, (year - baselineYear) / (targetYear - baselineYear));
}

/**
 * The value the plan expects in `year`: on a straight line from baseline to target, or on a
 * constant growth rate (cagr). After the target year the plan expects the target.
 */
export function expected(
  baseline: number,
  baselineYear: number,
  target: number,
  targetYear: number,
  year: number,
  method: Method = "linear"
): number | CellError {
  const share = elapsed(baselineYear, targetYear, year);
  if (typeof share !== "number") return share;
  if (method === "linear") return tidy(baseline + (target - baseline) * share);
  if (baseline <= 0) return errorOf("#NUM!", "notPositive", { name: "baseline" });
  if (target < 0) return errorOf("#NUM!", "negative", { name: "target" });
  return tidy(baseline * Math.pow(target / baseline, share));
}

/** Compound annual growth rate from `start` to `end` over `years`. */
export function cagr(start: number, end: number, years: number): number | CellError {
  if (start <= 0) return errorOf("#NUM!", "notPositive", { name: "start" });
  if (end < 0) return errorOf("#NUM!", "negative", { name: "end" });
  if (years <= 0) return errorOf("#NUM!", "notPositive", { name: "years" });
  return tidy(Math.pow(end / start, 1 / years) - 1);
}

/** The annual rate still needed to reach the target from the current value. */
export function requiredRate(current: number, target: number, yearsLeft: number): number | CellError {
  return cagr(current, target, yearsLeft);
}

/**
 * Pace: the actual change from the baseline over the change the linear path expects by `year`.
 * 1 is exactly on the path. Undefined (#N/A) in the baseline year, when nothing is expected yet.
 */
export function pace(
  baseline: number,
  baselineYear: number,
  target: number,
  targetYear: number,
  actual: number,
  year: number
): number | CellError {
  if (year === baselineYear) return errorOf("#N/A", "atBaselineYear");
  const onPath = expected(baseline, baselineYear, target, targetYear, year);
  if (typeof onPath !== "number") return onPath;
  const span = difference(onPath, baseline);
  if (span === 0) return errorOf("#DIV/0!", "baselineEqualsTarget");
  return tidy(difference(actual, baseline) / span);
}
