// The one status list (functions, flags, check, task pane) and the rule that decides it.
//
// Decision table. a = actual in `year` y; b = baseline in year by (0 for increase_by and
// decrease_by, which count the change achieved); t = target in year ty (between: low end t, high h);
// f = MIN(1, (y − by) / (ty − by)). Every difference is rounded to 9 decimals before it is compared.
// imp(v), the improvement of v over the baseline in the rule's direction:
//   higher-is-better (at_least, greater_than, ratio_at_least, increase_by, decrease_by): v − b
//   lower-is-better (at_most, less_than): b − v
//   closer-is-better (equal, about: d(v) = |v − t|; between: d(v) = MAX(0, t − v, v − h)):
//     d(b) − d(v)
// In this order, the first that applies:
//   1. a blank                                        → no_data   无数据
//   2. non_decreasing: a ≥ the year before (or none)  → met 达标, else regressed 退步
//   3. no target                                      → no_data   无数据
//   4. a meets the target (rules.ts isMet)            → met       达标
//   5. b known and imp(a) < 0                         → regressed 退步
//   6. b, by or ty unknown, or y ≥ ty                 → not_met   未达标
//   7. y ≤ by                                         → on_track  按期推进
//   8. imp(a) ≥ 0.95 × f × imp(t)   (pace ≥ 0.95)     → on_track  按期推进
//   9. otherwise                                      → behind    进度滞后
// The table itself is rule-table.ts: these functions run it, the template prints it as native
// formulas and conditional formats, so the sheet and the core cannot disagree.
import { RuleKind } from "./plan";
import { Env } from "./formula";
import { Bound } from "./rules";
import { cellDecisions, compiledPerRule, improvementOf, statusExpr, b, x } from "./rule-table";

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

export { PACE_THRESHOLD } from "./rule-table";

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

const improvementFor = compiledPerRule(() => improvementOf(b, x));
const statusFor = compiledPerRule(() => statusExpr(cellDecisions(), (status) => status));

/** Improvement of `value` over `from` in the rule's direction (larger is better). */
export function improvement(rule: RuleKind, bound: Bound, from: number, value: number): number {
  return improvementFor(rule)({ b: from, x: value, t: bound.value, h: bound.high ?? bound.value }) as number;
}

export function statusOf(input: StatusInput): Status {
  const { rule, target } = input;
  const changeRule = rule === "increase_by" || rule === "decrease_by";
  const nd = rule === "non_decreasing";
  const env: Env = {
    x: input.actual,
    y: input.year,
    b: changeRule ? 0 : input.baseline,
    by: input.baselineYear,
    t: nd ? null : (target?.value ?? null),
    h: nd ? null : (target?.high ?? target?.value ?? null),
    ty: input.targetYear,
    prev: nd ? (target?.value ?? null) : null,
  };
  return statusFor(rule)(env) as Status;
}

export function statusLabel(status: CheckStatus, language: "zh-CN" | "en-US"): string {
  return STATUS_LABELS[status][language];
}
