// How the task pane shows plan figures: fractions of % indicators as percentages, others as numbers.
import type { CheckStatus } from "../core/status";
import { isPercentUnit } from "../core/units";

/** A status's badge colour in the pane, matching the sheet's flags (red, yellow, purple …). */
export const STATUS_BADGE: Record<CheckStatus, "danger" | "warning" | "important" | "informative" | "success" | "subtle"> = {
  input_error: "important",
  regressed: "danger",
  not_met: "danger",
  behind: "warning",
  on_track: "informative",
  met: "success",
  no_data: "subtle",
};

export function formatFigure(value: unknown, unit: string): string {
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  if (isPercentUnit(unit)) return `${Number((value * 100).toFixed(2))}%`;
  return `${Number(value.toFixed(4))}${unit && !/^[%‰]$/.test(unit) ? ` ${unit}` : ""}`;
}

/** Gaps of % indicators are percentage points: 个百分点 in Chinese, "pp" in English. */
export function formatGap(value: number | null, unit: string, language: "zh-CN" | "en-US" = "zh-CN"): string {
  if (value === null) return "";
  if (isPercentUnit(unit)) return `${Number((value * 100).toFixed(2))}${language === "zh-CN" ? " 个百分点" : " pp"}`;
  return `${Number(value.toFixed(4))}`;
}
