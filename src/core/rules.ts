// Rule kinds judged: is an actual value within the plan, and by how much is it still short (the gap).
import { RuleKind } from "./plan";
import { Env } from "./formula";
import { tidy } from "./parse";
import { compiledPerRule, metOf, shownGapOf, x } from "./rule-table";

export { ABOUT_TOLERANCE, RULE_DIRECTION, STRICT_RULES } from "./rule-table";
export type { Direction } from "./rule-table";

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
 * `between` how far outside the range (negative inside). The arithmetic is rule-table.ts's
 * shownGapOf, rounded to 9 decimals as every comparison is: 0.9 − 0.864 is 0.036.
 */
export function gap(rule: RuleKind, bound: Bound, actual: number): number {
  return tidy(gapFor(rule)(boundEnv(bound, actual)) as number);
}

/** Met: the gap rounded to COMPARE_DIGITS decimals is not positive (negative for the strict rules). */
export function isMet(rule: RuleKind, bound: Bound, actual: number): boolean {
  return metFor(rule)(boundEnv(bound, actual)) === true;
}

const gapFor = compiledPerRule(() => shownGapOf(x));
const metFor = compiledPerRule(() => metOf(shownGapOf(x)));

function boundEnv(bound: Bound, actual: number): Env {
  return { x: actual, t: bound.value, h: bound.high ?? bound.value };
}
