// JSDoc metadata of the EDU functions, read by custom-functions-metadata to write functions.json.
// Each body is one call into the table in index.ts; register.ts does the registering, so this
// file is never bundled (the metadata loader would otherwise append its own associate calls).
// The generator maps only the TypeScript type `any` to Excel's "any" parameters, hence the override.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { functions } from "./index";

/**
 * Signed gap to the target: positive while still short, 0 or negative once met.
 * @customfunction GAP
 * @param {any} target Target value or text with its rule, e.g. 90%, "≥90%", "控制在50%以内".
 * @param {any} actual Actual value.
 * @param {any} [rule] Rule: ≥, ≤, >, <, =, at_least, at_most, increase_by … (default: from the target's text, else ≥).
 * @returns {any} The gap in the target's unit.
 */
export function gap(target: any, actual: any, rule?: any): any {
  return functions.GAP(target, actual, rule);
}

/**
 * Whether the actual value meets the target.
 * @customfunction MET
 * @param {any} target Target value or text with its rule.
 * @param {any} actual Actual value.
 * @param {any} [rule] Rule (default: from the target's text, else ≥).
 * @returns {any} TRUE when met.
 */
export function met(target: any, actual: any, rule?: any): any {
  return functions.MET(target, actual, rule);
}

/**
 * Progress from the baseline toward the target: 0 at the baseline, 1 at the target; empty when the plan asks for less than a 1 % change.
 * @customfunction PROGRESS
 * @param {any} baseline Baseline value.
 * @param {any} target Target value.
 * @param {any} actual Actual value.
 * @param {any} [rule] Rule (default: from the target's text, else ≥).
 * @returns {any} Share of the way from baseline to target.
 */
export function progress(baseline: any, target: any, actual: any, rule?: any): any {
  return functions.PROGRESS(baseline, target, actual, rule);
}

/**
 * The value the plan's trajectory expects in a given year.
 * @customfunction EXPECTED
 * @param {any} baseline Baseline value.
 * @param {any} baseline_year Baseline year.
 * @param {any} target Target value.
 * @param {any} target_year Target year.
 * @param {any} year Year to evaluate.
 * @param {any} [method] "linear" (default) or "cagr".
 * @returns {any} Expected value in that year.
 */
export function expected(
  baseline: any,
  baseline_year: any,
  target: any,
  target_year: any,
  year: any,
  method?: any
): any {
  return functions.EXPECTED(baseline, baseline_year, target, target_year, year, method);
}

/**
 * What the remaining years require: the change per year (or the compound rate) from the latest value to the target; 0 when met.
 * @customfunction NEEDED
 * @param {any} latest Latest actual value.
 * @param {any} latest_year Year of the latest value.
 * @param {any} target Target value or text with its rule, e.g. "≥90%", "≤25%".
 * @param {any} target_year Target year.
 * @param {any} [method] "linear" (default: change per year) or "cagr" (compound annual rate).
 * @returns {any} Change per year still needed, in the target's unit (negative: a decrease).
 */
export function needed(latest: any, latest_year: any, target: any, target_year: any, method?: any): any {
  return functions.NEEDED(latest, latest_year, target, target_year, method);
}

/**
 * Pace: actual change over the change the linear path expects by the year (1 = on the path).
 * @customfunction PACE
 * @param {any} baseline Baseline value.
 * @param {any} baseline_year Baseline year.
 * @param {any} target Target value.
 * @param {any} target_year Target year.
 * @param {any} actual Actual value.
 * @param {any} year Year of the actual value.
 * @returns {any} Pace.
 */
export function pace(baseline: any, baseline_year: any, target: any, target_year: any, actual: any, year: any): any {
  return functions.PACE(baseline, baseline_year, target, target_year, actual, year);
}

/**
 * Status of an indicator: 达标, 未达标, 按期推进, 进度滞后, 退步 or 无数据.
 * @customfunction STATUS
 * @param {any} baseline Baseline value (may be blank).
 * @param {any} baseline_year Baseline year (may be blank).
 * @param {any} target Target value or text with its rule.
 * @param {any} target_year Target year.
 * @param {any} actual Actual value.
 * @param {any} year Year of the actual value.
 * @param {any} [rule] Rule (default: from the target's text, else ≥).
 * @param {any} [language] "zh-CN" (default) or "en-US".
 * @returns {any} Status text.
 */
export function status(
  baseline: any,
  baseline_year: any,
  target: any,
  target_year: any,
  actual: any,
  year: any,
  rule?: any,
  language?: any
): any {
  return functions.STATUS(baseline, baseline_year, target, target_year, actual, year, rule, language);
}

/**
 * Compound annual growth rate.
 * @customfunction CAGR
 * @param {any} start Start value.
 * @param {any} end End value.
 * @param {any} years Number of years.
 * @returns {any} Annual growth rate.
 */
export function cagr(start: any, end: any, years: any): any {
  return functions.CAGR(start, end, years);
}

/**
 * Inter-school difference coefficient (校际差异系数): student-weighted coefficient of variation.
 * @customfunction BALANCE
 * @param {any[][]} values Each school's per-student value.
 * @param {any[][]} [weights] Each school's enrolment (same size as values).
 * @returns {any} Difference coefficient.
 */
export function balance(values: any[][], weights?: any[][]): any {
  return functions.BALANCE(values, weights);
}

/**
 * Whether a school meets the resource standard: enough indicators meet it, none below the floor.
 * @customfunction SCHOOLMEETS
 * @param {any[][]} values The school's indicator values.
 * @param {any[][]} standards The standard for each indicator (same size as values).
 * @param {any} [min_met] Indicators that must meet the standard (default 6).
 * @param {any} [floor] Lowest share of the standard for the others (default 0.85).
 * @returns {any} TRUE when the school meets the standard.
 */
export function schoolmeets(values: any[][], standards: any[][], min_met?: any, floor?: any): any {
  return functions.SCHOOLMEETS(values, standards, min_met, floor);
}

/**
 * Whether no year falls below the one before (逐年只增不减); blanks are skipped.
 * @customfunction NONDECREASING
 * @param {any[][]} values Values year by year.
 * @param {any} [start] The value before the first year (the baseline), if any.
 * @returns {any} TRUE when never decreasing.
 */
export function nondecreasing(values: any[][], start?: any): any {
  return functions.NONDECREASING(values, start);
}

/**
 * A plan's figure for an indicator from the bundled plan catalog, as a sheet stores it (90% → 0.9).
 * @customfunction TARGET
 * @param {any} plan Plan id, title or region, e.g. "慈溪市" or "cixi-2021-2025".
 * @param {any} indicator Indicator id or name, e.g. "cixi-01" or "普惠性幼儿园比例".
 * @param {any} [field] target (default), high, baseline, baseline_year, target_year, unit, rule, name, id, printed.
 * @returns {any} The figure or text asked for.
 */
export function target(plan: any, indicator: any, field?: any): any {
  return functions.TARGET(plan, indicator, field);
}
