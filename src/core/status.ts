// The one status list (functions, flags, check, task pane) and the rule that decides it.
//
// Decision table. a = actual in `year` y; b = baseline in year by (0 for increase_by and
// decrease_by, which count the change achieved); t = target in year ty (between: the end of the
// range nearest b); f = MIN(1, (y − by) / (ty − by)), 1 when ty = by.
// imp(x), the improvement of x over the baseline in the rule's direction:
//   higher-is-better (at_least, greater_than, ratio_at_least, increase_by, decrease_by): x − b
//   lower-is-better (at_most, less_than): b − x
//   closer-is-better (equal, about: d(x) = |x − t|; between: d(x) = MAX(0, low − x, x − high)):
//     d(b) − d(x)
// In this order, the first that applies:
//   1. a blank                                        → no_data   无数据
//   2. a meets the target (rules.ts isMet)            → met       达标
//   3. non_decreasing (target = the year before; met when a ≥ it)  → regressed 退步
//   4. b known and imp(a) < 0                         → regressed 退步
//   5. b unknown, or by unknown, or y ≥ ty            → not_met   未达标
//   6. y ≤ by                                         → on_track  按期推进
//   7. imp(a) ≥ 0.95 × f × imp(t)   (pace ≥ 0.95)     → on_track  按期推进
//   8. otherwise                                      → behind    进度滞后
// Every step is plain arithmetic on the row's cells, so the sheet's conditional formats can say
// the same thing with native formulas (see template.ts), and a test compares both cell by cell.
import { RuleKind } from "./plan";
import { difference } from "./parse";
import { effectiveBaseline, effectiveTarget } from "./progress";
import { Bound, RULE_DIRECTION, gap, isMet } from "./rules";

export type Status = "met" | "not_met" | "on_track" | "behind" | "regressed" | "no_data";
/** The sheet check adds one more: a cell whose content is no usable number. */
export type CheckStatus = Status | "input_error";

export const STATUSES: readonly Status[] = ["met", "not_met", "on_track", "behind", "regressed", "no_data"];

export const STATUS_LABELS: Record<CheckStatus, { "zh-CN": string; "en-US": string }> = {
  met: { "zh-CN": "达标", "en-US": "Met" },
  not_met: { "zh-CN": "未达标", "en-US": "Not met" },
  on_track: { "zh-CN": "按期推进", "en-US": "On track" },
  behind: { "zh-CN": "进度滞后", "en-US": "Behind" },
  regressed: { "zh-CN": "退步", "en-US": "Regressed" },
  no_data: { "zh-CN": "无数据", "en-US": "No data" },
  input_error: { "zh-CN": "输入错误", "en-US": "Input error" },
};

/** Most urgent first: what a clerk should look at before anything else. */
export const SEVERITY: readonly CheckStatus[] = [
  "input_error",
  "regressed",
  "not_met",
  "behind",
  "on_track",
  "met",
  "no_data",
];

/** The statuses the check reports as misses. */
export const MISSES: readonly CheckStatus[] = ["input_error", "regressed", "not_met", "behind"];

/** The pace below which a value is behind the plan. */
export const PACE_THRESHOLD = 0.95;

export interface StatusInput {
  rule: RuleKind;
  baseline: number | null;
  baselineYear: number | null;
  /** For non_decreasing: the year before's value (null when there is none). */
  target: Bound | null;
  targetYear: number;
  actual: number | null;
  year: number;
}

/** Distance from the plan for the closer-is-better rules. */
function distance(rule: RuleKind, bound: Bound, value: number): number {
  return Math.max(0, gap(rule === "about" ? "equal" : rule, bound, value));
}

/** Improvement of `value` over `from` in the rule's direction (larger is better). */
export function improvement(rule: RuleKind, bound: Bound, from: number, value: number): number {
  switch (RULE_DIRECTION[rule]) {
    case "higher":
      return difference(value, from);
    case "lower":
      return difference(from, value);
    default:
      return difference(distance(rule, bound, from), distance(rule, bound, value));
  }
}

export function statusOf(input: StatusInput): Status {
  const { rule, target, actual, year, targetYear } = input;
  if (actual === null) return "no_data";
  if (target === null) return rule === "non_decreasing" ? "met" : "no_data";
  if (isMet(rule, target, actual)) return "met";
  if (rule === "non_decreasing") return "regressed";
  const changeRule = rule === "increase_by" || rule === "decrease_by";
  const baseline = changeRule ? 0 : input.baseline;
  const { baselineYear } = input;
  if (baseline !== null && improvement(rule, target, effectiveBaseline(rule, baseline), actual) < 0) {
    return "regressed";
  }
  if (baseline === null || baselineYear === null || year >= targetYear) return "not_met";
  if (year <= baselineYear) return "on_track";
  const share = targetYear === baselineYear ? 1 : Math.min(1, (year - baselineYear) / (targetYear - baselineYear));
  const aim = effectiveTarget(rule, target, baseline);
  const needed = PACE_THRESHOLD * share * improvement(rule, target, baseline, aim);
  return difference(improvement(rule, target, baseline, actual), needed) >= 0 ? "on_track" : "behind";
}

export function statusLabel(status: CheckStatus, language: "zh-CN" | "en-US"): string {
  return STATUS_LABELS[status][language];
}
