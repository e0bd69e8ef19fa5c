// Rule kinds judged: is an actual value within the plan, and by how much is it still short (the gap).
import { RuleKind } from "./plan";
import { difference, tidy } from "./parse";

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

/** `about` (20个左右) accepts this share of the target either side. */
export const ABOUT_TOLERANCE = 0.05;

export const RULE_LABELS: Record<RuleKind, { "zh-CN": string; "en-US": string }> = {
  at_least: { "zh-CN": "不低于", "en-US": "at least" },
  at_most: { "zh-CN": "不高于", "en-US": "at most" },
  greater_than: { "zh-CN": "高于", "en-US": "more than" },
  less_than: { "zh-CN": "低于", "en-US": "less than" },
  equal: { "zh-CN": "等于", "en-US": "equal to" },
  between: { "zh-CN": "介于", "en-US": "between" },
  about: { "zh-CN": "约", "en-US": "about" },
  increase_by: { "zh-CN": "新增", "en-US": "increase by" },
  decrease_by: { "zh-CN": "减少", "en-US": "decrease by" },
  non_decreasing: { "zh-CN": "逐年只增不减", "en-US": "not decreasing year on year" },
  ratio_at_least: { "zh-CN": "不低于(比)", "en-US": "ratio at least" },
};

/** A plan bound: the target figure, and the upper end for `between`. */
export interface Bound {
  value: number;
  high?: number;
}

/**
 * Signed gap, positive while the actual is still short of the plan, ≤ 0 once met (< 0 for the
 * strict rules). In the plan's direction: target − actual for higher-is-better, actual − target
 * for lower-is-better; for `equal` the distance; for `about` the distance beyond ±5 %; for
 * `between` how far outside the range (negative inside). Rounded to 12 significant digits (parse.ts tidy), so
 * 0.9 − 0.864 is 0.036 and 0.9 typed against 90 % is exactly 0.
 */
export function gap(rule: RuleKind, bound: Bound, actual: number): number {
  return tidy(rawGap(rule, bound, actual));
}

/** The gap without display rounding; its sign is what isMet needs. */
function rawGap(rule: RuleKind, bound: Bound, actual: number): number {
  const target = bound.value;
  switch (RULE_DIRECTION[rule]) {
    case "higher":
      return difference(target, actual);
    case "lower":
      return difference(actual, target);
    default:
      break;
  }
  if (rule === "between") {
    const high = bound.high ?? target;
    return Math.max(difference(target, actual), difference(actual, high));
  }
  const distance = Math.abs(difference(actual, target));
  if (rule === "about") return difference(distance, ABOUT_TOLERANCE * Math.abs(target));
  return distance;
}

/** Met: the gap is not positive, or negative for the strict rules. */
export function isMet(rule: RuleKind, bound: Bound, actual: number): boolean {
  const g = rawGap(rule, bound, actual);
  return STRICT_RULES.includes(rule) ? g < 0 : g <= 0;
}

/** How far a value is from the plan in the rule's direction (larger is better). */
export function merit(rule: RuleKind, bound: Bound, value: number): number {
  switch (RULE_DIRECTION[rule]) {
    case "higher":
      return value;
    case "lower":
      return -value;
    default:
      return -Math.max(0, gap(rule === "about" ? "equal" : rule, bound, value));
  }
}
