// EDU.TARGET's logic: a plan's figure for an indicator, as a sheet stores it (90 % → 0.9).
import { CellError, cellError, isCellError } from "../core/errors";
import { errorOf, message } from "../core/messages";
import { asCellError, normalizeText } from "../core/parse";
import { Indicator, Plan } from "../core/plan";
import { RULE_LABELS } from "../core/rules";
import { toSheetValue } from "../core/units";
import { Catalog, catalog, findIndicator, similarity } from "./catalog";

export const TARGET_FIELDS = ["target", "high", "baseline", "baseline_year", "target_year", "unit", "rule", "name", "id", "printed"] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

const FIELD_ALIASES: Record<string, TargetField> = {
  目标: "target",
  目标值: "target",
  上限: "high",
  基准: "baseline",
  基准值: "baseline",
  基准年: "baseline_year",
  目标年: "target_year",
  单位: "unit",
  规则: "rule",
  名称: "name",
  指标: "name",
  编号: "id",
  原文: "printed",
};

function scalar(value: unknown): unknown {
  if (Array.isArray(value)) return Array.isArray(value[0]) ? value[0][0] : value[0];
  return value;
}

function text(value: unknown): string | null | CellError {
  const v = scalar(value);
  const error = asCellError(v);
  if (error) return error;
  if (v === null || v === undefined || v === "" || typeof v === "symbol") return null;
  return String(v).trim();
}

function field(value: unknown): TargetField | CellError {
  const raw = text(value);
  if (isCellError(raw)) return raw;
  if (raw === null || raw === "0") return "target";
  const key = normalizeText(raw).toLowerCase();
  const found = (TARGET_FIELDS as readonly string[]).includes(key) ? (key as TargetField) : FIELD_ALIASES[raw];
  return found ?? errorOf("#VALUE!", "unknownField", { value: raw, fields: TARGET_FIELDS.join(", ") });
}

const describe = (i: Indicator) => `${i.id} ${i.name}${i.group ? `（${i.group}）` : ""}`;

function answer(indicator: Indicator, which: TargetField): number | string | CellError {
  const { target, baseline, unit } = indicator;
  const missing = () => errorOf("#N/A", "fieldEmpty", { value: which });
  switch (which) {
    case "target":
      return target.value === null ? missing() : toSheetValue(target.value, unit);
    case "high":
      return target.high === undefined ? missing() : toSheetValue(target.high, unit);
    case "baseline":
      return baseline ? toSheetValue(baseline.value, unit) : missing();
    case "baseline_year":
      return baseline ? baseline.year : missing();
    case "target_year":
      return target.year;
    case "unit":
      return unit;
    case "rule":
      return indicator.rule;
    case "name":
      return indicator.name;
    case "id":
      return indicator.id;
    case "printed":
      return target.printed ?? RULE_LABELS[indicator.rule]["zh-CN"];
  }
}

/** #N/A for a name no indicator matches, with the closest names (below the fuzzy threshold) so the clerk can retype. */
function notFound(plan: Plan, query: string): CellError {
  const params = { query, plan: plan.id };
  const closest = plan.indicators
    .map((i) => ({ i, score: Math.max(similarity(i.name, query), i.group ? similarity(`${i.name}${i.group}`, query) : 0) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((s) => describe(s.i))
    .join("；");
  if (!closest) return errorOf("#N/A", "indicatorNotFound", params);
  return cellError(
    "#N/A",
    `${message("indicatorNotFound", "zh-CN", params)}；最接近：${closest} (${message("indicatorNotFound", "en-US", params)}; closest: ${closest})`
  );
}

/**
 * EDU.TARGET(plan, indicator, [field]): plan by id, title or region; indicator by id or a name that
 * matches exactly one indicator. None or several → #N/A naming the candidates.
 */
export function lookupTarget(planQuery: unknown, indicatorQuery: unknown, which?: unknown, source: Catalog = catalog()): number | string | CellError {
  const planText = text(planQuery);
  const indicatorText = text(indicatorQuery);
  const chosen = field(which);
  for (const v of [planText, indicatorText, chosen]) if (isCellError(v)) return v;
  if (planText === null) return errorOf("#N/A", "noData", { name: "plan" });
  if (indicatorText === null) return errorOf("#N/A", "noData", { name: "indicator" });
  const plans = source.getPlan(planText as string);
  if (plans.length === 0) {
    const all = source.listPlans().map((p) => `${p.id}（${p.region.name}）`);
    return errorOf("#N/A", "planNotFound", { query: planText as string, candidates: all.join("、") });
  }
  if (plans.length > 1) {
    return errorOf("#N/A", "planAmbiguous", { query: planText as string, candidates: plans.map((p) => p.id).join("、") });
  }
  const match = findIndicator(plans[0], indicatorText as string);
  if (match.indicators.length === 0) return notFound(plans[0], indicatorText as string);
  if (match.indicators.length > 1) {
    const candidates = match.indicators.slice(0, 5).map(describe).join("；") + (match.indicators.length > 5 ? " …" : "");
    return errorOf("#N/A", "indicatorAmbiguous", { query: indicatorText as string, candidates });
  }
  return answer(match.indicators[0], chosen as TargetField);
}
