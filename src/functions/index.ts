// The EDU functions as one table (Excel name without namespace → implementation), registered with
// Excel by register.ts and with the formula engine in tests and the preview.
import {
  NumberGrid,
  firstError,
  language,
  numberGrid,
  optionalNumber,
  optionalYear,
  requiredNumber,
  requiredTarget,
  requiredYear,
  sameShape,
} from "../core/args";
import { lookupTarget } from "../catalog/target";
import { differenceCoefficient, differenceCoefficientOfNumbers, nonDecreasing, schoolMeets } from "../core/balance";
import { CellError, cellError, isCellError } from "../core/errors";
import { errorOf } from "../core/messages";
import { normalizeText, parseNumber, parseRule } from "../core/parse";
import { RuleKind } from "../core/plan";
import { Method, cagr, expected, pace, progress } from "../core/progress";
import { neededChange } from "../core/needed";
import { Bound, gap, isMet } from "../core/rules";
import { STATUS_LABELS, statusOf } from "../core/status";

export type FunctionResult = number | string | boolean | CellError;
export type EduFunction = (...args: unknown[]) => FunctionResult;

/** Rule and bound of a target cell, the rule argument winning over the target's own words. */
function ruleAndBound(target: unknown, rule: unknown): { rule: RuleKind; bound: Bound } | CellError {
  const parsed = requiredTarget(target);
  if (isCellError(parsed)) return parsed;
  const given = parseRule(rule);
  if (isCellError(given)) return given;
  const kind = given ?? parsed.rule ?? "at_least";
  if (parsed.value === null) return errorOf("#N/A", "targetNeedsValue", { rule: kind });
  return { rule: kind, bound: { value: parsed.value, high: parsed.high ?? parsed.value } };
}

function method(value: unknown): Method | CellError {
  const raw = Array.isArray(value) ? (value as unknown[][])[0]?.[0] : value;
  if (raw === null || raw === undefined || raw === "" || raw === 0) return "linear";
  const text = normalizeText(String(raw)).toLowerCase();
  if (["linear", "线性", "直线"].includes(text)) return "linear";
  if (["cagr", "compound", "复合", "复合增长"].includes(text)) return "cagr";
  return errorOf("#VALUE!", "unknownMethod", { value: String(raw) });
}

function GAP(target: unknown, actual: unknown, rule?: unknown): FunctionResult {
  const plan = ruleAndBound(target, rule);
  const a = requiredNumber(actual, "actual");
  const error = firstError(plan, a);
  if (error) return error;
  const { rule: kind, bound } = plan as { rule: RuleKind; bound: Bound };
  return gap(kind, bound, a as number);
}

function MET(target: unknown, actual: unknown, rule?: unknown): FunctionResult {
  const plan = ruleAndBound(target, rule);
  const a = requiredNumber(actual, "actual");
  const error = firstError(plan, a);
  if (error) return error;
  const { rule: kind, bound } = plan as { rule: RuleKind; bound: Bound };
  return isMet(kind, bound, a as number);
}

function PROGRESS(baseline: unknown, target: unknown, actual: unknown, rule?: unknown): FunctionResult {
  const plan = ruleAndBound(target, rule);
  const a = requiredNumber(actual, "actual");
  const b = optionalNumber(baseline, "baseline");
  const error = firstError(plan, a, b);
  if (error) return error;
  const { rule: kind, bound } = plan as { rule: RuleKind; bound: Bound };
  const changeRule = kind === "increase_by" || kind === "decrease_by";
  if (b === null && !changeRule) return errorOf("#N/A", "noData", { name: "baseline" });
  // Blank, as the template's 进度 column, when the plan asks for too small a change to measure.
  return progress(kind, (b as number | null) ?? 0, bound, a as number) ?? "";
}

function EXPECTED(
  baseline: unknown,
  baselineYear: unknown,
  target: unknown,
  targetYear: unknown,
  year: unknown,
  how?: unknown
): FunctionResult {
  const b = requiredNumber(baseline, "baseline");
  const by = requiredYear(baselineYear, "baseline_year");
  const plan = ruleAndBound(target, null);
  const ty = requiredYear(targetYear, "target_year");
  const y = requiredYear(year, "year");
  const m = method(how);
  const error = firstError(b, by, plan, ty, y, m);
  if (error) return error;
  const t = (plan as { bound: Bound }).bound.value;
  return expected(b as number, by as number, t, ty as number, y as number, m as Method);
}

function NEEDED(latest: unknown, latestYear: unknown, target: unknown, targetYear: unknown, how?: unknown): FunctionResult {
  const x = requiredNumber(latest, "latest");
  const y = requiredYear(latestYear, "latest_year");
  const plan = ruleAndBound(target, null);
  const ty = requiredYear(targetYear, "target_year");
  const m = method(how);
  const error = firstError(x, y, plan, ty, m);
  if (error) return error;
  const { rule, bound } = plan as { rule: RuleKind; bound: Bound };
  return neededChange(rule, bound, x as number, y as number, ty as number, m as Method);
}

function PACE(
  baseline: unknown,
  baselineYear: unknown,
  target: unknown,
  targetYear: unknown,
  actual: unknown,
  year: unknown
): FunctionResult {
  const b = requiredNumber(baseline, "baseline");
  const by = requiredYear(baselineYear, "baseline_year");
  const plan = ruleAndBound(target, null);
  const ty = requiredYear(targetYear, "target_year");
  const a = requiredNumber(actual, "actual");
  const y = requiredYear(year, "year");
  const error = firstError(b, by, plan, ty, a, y);
  if (error) return error;
  const t = (plan as { bound: Bound }).bound.value;
  return pace(b as number, by as number, t, ty as number, a as number, y as number);
}

function STATUS(
  baseline: unknown,
  baselineYear: unknown,
  target: unknown,
  targetYear: unknown,
  actual: unknown,
  year: unknown,
  rule?: unknown,
  lang?: unknown
): FunctionResult {
  const l = language(lang);
  const given = parseRule(rule);
  const a = parseNumber(actual, "actual");
  const b = optionalNumber(baseline, "baseline");
  const by = optionalYear(baselineYear, "baseline_year");
  const y = requiredYear(year, "year");
  const early = firstError(l, given, a, b, by, y);
  if (early) return early;
  const labels = (status: keyof typeof STATUS_LABELS) => STATUS_LABELS[status][l as "zh-CN" | "en-US"];
  if (a === null) return labels("no_data");
  let kind = given as RuleKind | null;
  let bound: Bound | null = null;
  if (kind === "non_decreasing") {
    // The target of a non-decreasing row is last year's value, which may be blank.
    const previous = parseNumber(target, "target");
    if (isCellError(previous)) return previous;
    bound = previous === null ? null : { value: previous };
  } else {
    const plan = ruleAndBound(target, rule);
    if (isCellError(plan)) return plan;
    kind = plan.rule;
    bound = plan.bound;
  }
  const ty = kind === "non_decreasing" ? optionalYear(targetYear, "target_year") : requiredYear(targetYear, "target_year");
  if (isCellError(ty)) return ty;
  const status = statusOf({
    rule: kind as RuleKind,
    baseline: b as number | null,
    baselineYear: by as number | null,
    target: bound,
    targetYear: (ty as number | null) ?? (y as number),
    actual: a as number,
    year: y as number,
  });
  return labels(status);
}

function CAGR(start: unknown, end: unknown, years: unknown): FunctionResult {
  const s = requiredNumber(start, "start");
  const e = requiredNumber(end, "end");
  const n = requiredNumber(years, "years");
  const error = firstError(s, e, n);
  if (error) return error;
  return cagr(s as number, e as number, n as number);
}

/** Pairs of present values: a school with a blank value or weight is left out, as a blank row. */
function pairs(values: unknown, weights: unknown, weightName: "weights" | "standards") {
  const x = numberGrid(values, "values");
  if (isCellError(x)) return x;
  if (weights === null || weights === undefined) {
    return { values: x.cells.filter((v): v is number => v !== null), weights: undefined };
  }
  const w = numberGrid(weights, weightName);
  if (isCellError(w)) return w;
  const mismatch = sameShape(x, w, "values", weightName);
  if (mismatch) return mismatch;
  const kept = x.cells.map((v, i) => [v, w.cells[i]] as const).filter(([v, p]) => v !== null && p !== null);
  return { values: kept.map(([v]) => v as number), weights: kept.map(([, p]) => p as number) };
}

function BALANCE(values: unknown, weights?: unknown): FunctionResult {
  const fast = differenceCoefficientOfNumbers(values, weights);
  if (fast !== undefined) return fast;
  const data = pairs(values, weights, "weights");
  if (isCellError(data)) return data;
  return differenceCoefficient(data.values, data.weights);
}

function SCHOOLMEETS(values: unknown, standards: unknown, minMet?: unknown, floor?: unknown): FunctionResult {
  const data = pairs(values, standards, "standards");
  const min = optionalNumber(minMet, "min_met", 6);
  const f = optionalNumber(floor, "floor", 0.85);
  const error = firstError(data, min, f);
  if (error) return error;
  if ((min as number) < 0 || (f as number) < 0) {
    return errorOf("#NUM!", "negative", { name: (min as number) < 0 ? "min_met" : "floor" });
  }
  const { values: v, weights: s } = data as { values: number[]; weights?: number[] };
  return schoolMeets(v, s ?? [], min as number, f as number);
}

function NONDECREASING(values: unknown, start?: unknown): FunctionResult {
  const grid = numberGrid(values, "values");
  const first = optionalNumber(start, "start");
  const error = firstError(grid, first);
  if (error) return error;
  const present = (grid as NumberGrid).cells.filter((v): v is number => v !== null);
  if (present.length === 0) return errorOf("#N/A", "noValues", { name: "values" });
  return nonDecreasing(first === null ? present : [first as number, ...present]);
}

function TARGET(plan: unknown, indicator: unknown, field?: unknown): FunctionResult {
  return lookupTarget(plan, indicator, field);
}

/**
 * Every function goes through here: an unexpected exception, NaN or ±Infinity becomes an Excel
 * error value, so Excel never sees a JavaScript failure or a silently wrong number.
 */
function guarded(implementation: (...args: never[]) => FunctionResult): EduFunction {
  return (...args: unknown[]) => {
    try {
      const result = (implementation as (...a: unknown[]) => FunctionResult)(...args);
      if (typeof result === "number" && !Number.isFinite(result)) {
        return cellError("#NUM!", "结果不是有限数 (the result is not a finite number)");
      }
      return result;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return cellError("#VALUE!", `计算出错 (calculation failed): ${detail}`);
    }
  };
}

export const functions: Record<string, EduFunction> = {
  GAP: guarded(GAP),
  MET: guarded(MET),
  PROGRESS: guarded(PROGRESS),
  EXPECTED: guarded(EXPECTED),
  PACE: guarded(PACE),
  NEEDED: guarded(NEEDED),
  STATUS: guarded(STATUS),
  CAGR: guarded(CAGR),
  BALANCE: guarded(BALANCE),
  SCHOOLMEETS: guarded(SCHOOLMEETS),
  NONDECREASING: guarded(NONDECREASING),
  TARGET: guarded(TARGET),
};
