// What the remaining years require of an indicator not yet met: the change per year on the straight
// path from the latest value to the target, or the compound rate; and the SDG trackers' ratio of the
// observed annual change to the required one, with its bands: the EDU function and the report run
// it; needed-formula.ts prints the same arithmetic as a native formula.
import { CellError } from "./errors";
import { errorOf } from "./messages";
import { tidy } from "./parse";
import { RuleKind } from "./plan";
import { Method, elapsed, progress } from "./progress";
import { Bound, isMet } from "./rules";

/** The value still to reach: the target, or for a range the nearer end. */
export function aimOf(rule: RuleKind, bound: Bound, latest: number): number {
  if (rule === "between" && bound.high !== undefined && latest > bound.high) return bound.high;
  return bound.value;
}

/**
 * The change per year (linear) or the compound annual rate (cagr) that takes `latest` in
 * `latestYear` to the target by `targetYear`. 0 when already met; #N/A when no year remains.
 */
export function neededChange(
  rule: RuleKind,
  bound: Bound,
  latest: number,
  latestYear: number,
  targetYear: number,
  method: Method = "linear"
): number | CellError {
  if (isMet(rule, bound, latest)) return 0;
  const years = targetYear - latestYear;
  if (years <= 0) return errorOf("#N/A", "targetYearPassed");
  const aim = aimOf(rule, bound, latest);
  if (method === "linear") return tidy((aim - latest) / years);
  if (latest <= 0) return errorOf("#NUM!", "notPositive", { name: "latest" });
  if (aim < 0) return errorOf("#NUM!", "negative", { name: "target" });
  return tidy(Math.pow(aim / latest, 1 / years) - 1);
}

/** The SDG trackers' bands of actual ÷ required annual change. */
export type PaceBand = "on_course" | "moderate" | "slow" | "backwards";
export const PACE_BANDS: readonly { band: PaceBand; from: number }[] = [
  { band: "on_course", from: 0.95 },
  { band: "moderate", from: 0.6 },
  { band: "slow", from: 0 },
  { band: "backwards", from: -Infinity },
];
export const PACE_BAND_LABELS: Record<PaceBand, { "zh-CN": string; "en-US": string }> = {
  on_course: { "zh-CN": "符合进度", "en-US": "on course" },
  moderate: { "zh-CN": "略慢", "en-US": "moderate" },
  slow: { "zh-CN": "明显偏慢", "en-US": "slow" },
  backwards: { "zh-CN": "倒退", "en-US": "backwards" },
};

export function paceBand(ratio: number): PaceBand {
  return PACE_BANDS.find((b) => ratio >= b.from)!.band;
}

/**
 * Observed annual change ÷ the annual change the plan required (from baseline to target), in the
 * rule's direction: progress ÷ share of the period elapsed. Null where progress means nothing (the
 * plan asks for almost no change) or no time has passed since the baseline year.
 */
export function actualVersusRequired(
  rule: RuleKind,
  baseline: number,
  baselineYear: number,
  bound: Bound,
  targetYear: number,
  latest: number,
  latestYear: number
): number | null {
  const share = progress(rule, baseline, bound, latest);
  const time = elapsed(baselineYear, targetYear, latestYear);
  if (share === null || typeof time !== "number" || time <= 0) return null;
  return tidy(share / time);
}
