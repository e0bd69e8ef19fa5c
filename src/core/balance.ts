// Balance between schools: the 校际差异系数 of the national 优质均衡 method, the per-school
// resource rule, and year-on-year non-decrease.
import { CellError } from "./errors";
import { isMet } from "./rules";
import { errorOf } from "./messages";
import { difference, tidy } from "./parse";

/** National thresholds for the inter-school difference coefficient (优质均衡 evaluation). */
export const BALANCE_THRESHOLDS = { 小学: 0.5, 初中: 0.45 } as const;

/**
 * Student-weighted coefficient of variation CV = S / X̄, X̄ = Σ PᵢXᵢ / Σ Pᵢ,
 * S = √(Σ Pᵢ(Xᵢ − X̄)² / Σ Pᵢ), Xᵢ a school's per-student value and Pᵢ its enrolment.
 * Without weights every school counts once (population standard deviation).
 */
export function differenceCoefficient(values: readonly number[], weights?: readonly number[]): number | CellError {
  if (values.length === 0) return errorOf("#N/A", "noValues", { name: "values" });
  const w = weights ?? values.map(() => 1);
  if (w.some((p) => p < 0)) return errorOf("#NUM!", "negative", { name: "weights" });
  const total = w.reduce((sum, p) => sum + p, 0);
  if (total === 0) return errorOf("#DIV/0!", "notPositive", { name: "weights" });
  const mean = values.reduce((sum, x, i) => sum + w[i] * x, 0) / total;
  if (Math.abs(mean) <= 1e-12 * Math.max(...values.map(Math.abs))) return errorOf("#DIV/0!", "zeroMean");
  const variance = values.reduce((sum, x, i) => sum + w[i] * difference(x, mean) ** 2, 0) / total;
  return tidy(Math.sqrt(variance) / Math.abs(mean));
}

/**
 * The same coefficient straight from Excel's 2-D ranges when every cell is a plain finite number
 * (the usual sheet of enrolments and per-student values): two passes, no copies. Undefined for
 * anything else (blanks, text, errors, ragged or 1-D lists), which the general path handles. Sums
 * run in the same order as differenceCoefficient's, so both give the same result to the last bit,
 * and every check (sizes, negative weights, zero total, zero mean) answers as there.
 */
export function differenceCoefficientOfNumbers(values: unknown, weights?: unknown): number | CellError | undefined {
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const weighted = weights !== null && weights !== undefined;
  if (weighted && (!Array.isArray(weights) || weights.length !== values.length)) return undefined;
  const width = Array.isArray(values[0]) ? (values[0] as unknown[]).length : -1;
  if (width <= 0) return undefined;
  let total = 0;
  let sum = 0;
  let largest = 0;
  let negative = false;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const weightRow = weighted ? (weights as unknown[])[r] : undefined;
    if (!Array.isArray(row) || row.length !== width) return undefined;
    if (weighted && (!Array.isArray(weightRow) || weightRow.length !== width)) return undefined;
    for (let c = 0; c < width; c++) {
      const x = row[c];
      const p = weighted ? (weightRow as unknown[])[c] : 1;
      if (typeof x !== "number" || typeof p !== "number" || !Number.isFinite(x) || !Number.isFinite(p)) return undefined;
      if (p < 0) negative = true;
      total += p;
      sum += p * x;
      const size = Math.abs(x);
      if (size > largest) largest = size;
    }
  }
  if (negative) return errorOf("#NUM!", "negative", { name: "weights" });
  if (total === 0) return errorOf("#DIV/0!", "notPositive", { name: "weights" });
  const mean = sum / total;
  if (Math.abs(mean) <= 1e-12 * largest) return errorOf("#DIV/0!", "zeroMean");
  let squares = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] as number[];
    const weightRow = weighted ? ((weights as unknown[])[r] as number[]) : undefined;
    for (let c = 0; c < width; c++) {
      const x = row[c];
      const d = x - mean;
      const deviation = Math.abs(d) <= 1e-12 * Math.max(Math.abs(x), Math.abs(mean)) ? 0 : d;
      squares += (weightRow ? weightRow[c] : 1) * deviation ** 2;
    }
  }
  return tidy(Math.sqrt(squares / total) / Math.abs(mean));
}

/** The student-weighted mean, reported beside the coefficient. */
export function weightedMean(values: readonly number[], weights?: readonly number[]): number | CellError {
  if (values.length === 0) return errorOf("#N/A", "noValues", { name: "values" });
  const w = weights ?? values.map(() => 1);
  const total = w.reduce((sum, p) => sum + p, 0);
  if (total === 0) return errorOf("#DIV/0!", "notPositive", { name: "weights" });
  return tidy(values.reduce((sum, x, i) => sum + w[i] * x, 0) / total);
}

/**
 * One school meets the resource standard when at least `minMet` of its indicators reach their
 * standard and none of the others falls below `floor` (85 %) of it.
 */
export function schoolMeets(
  values: readonly number[],
  standards: readonly number[],
  minMet = 6,
  floor = 0.85
): boolean | CellError {
  if (values.length < minMet) {
    return errorOf("#VALUE!", "tooFewIndicators", { count: values.length, min: minMet });
  }
  let met = 0;
  for (let i = 0; i < values.length; i++) {
    if (difference(values[i], standards[i]) >= 0) met++;
    else if (difference(values[i], floor * standards[i]) < 0) return false;
  }
  return met >= minMet;
}

/** 逐年只增不减: no value below the one before it (blanks already removed by the caller), as the rule table compares. */
export function nonDecreasing(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) {
    if (!isMet("non_decreasing", { value: values[i - 1] }, values[i])) return false;
  }
  return true;
}
