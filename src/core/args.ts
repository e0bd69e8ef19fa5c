// Argument coercion for the EDU functions, done once here: scalars, 1×1 arrays, ranges, blanks, errors.
import { CellError, isCellError } from "./errors";
import { ArgumentName, Language, errorOf } from "./messages";
import { ParsedTarget, asCellError, parseNumber, parseTarget, normalizeText } from "./parse";

/** A required number: blank is #N/A ("no data"), text that is no number #VALUE!. */
export function requiredNumber(value: unknown, name: ArgumentName): number | CellError {
  const parsed = parseNumber(value, name);
  return parsed === null ? errorOf("#N/A", "noData", { name }) : parsed;
}

/** An optional number: blank gives the default (null when none). */
export function optionalNumber(value: unknown, name: ArgumentName): number | null | CellError;
export function optionalNumber(value: unknown, name: ArgumentName, fallback: number): number | CellError;
export function optionalNumber(value: unknown, name: ArgumentName, fallback?: number): number | null | CellError {
  const parsed = parseNumber(value, name);
  return parsed === null ? (fallback ?? null) : parsed;
}

/** A year: a whole number. */
export function requiredYear(value: unknown, name: ArgumentName): number | CellError {
  const parsed = requiredNumber(value, name);
  if (isCellError(parsed)) return parsed;
  return Number.isInteger(parsed) ? parsed : errorOf("#VALUE!", "yearNotInteger", { name });
}

export function optionalYear(value: unknown, name: ArgumentName): number | null | CellError {
  const parsed = parseNumber(value, name);
  if (parsed === null || isCellError(parsed)) return parsed;
  return Number.isInteger(parsed) ? parsed : errorOf("#VALUE!", "yearNotInteger", { name });
}

/** A required target cell, possibly carrying its rule ("≥90%"). */
export function requiredTarget(value: unknown, name: ArgumentName = "target"): ParsedTarget | CellError {
  const parsed = parseTarget(value, name);
  return parsed === null ? errorOf("#N/A", "noData", { name }) : parsed;
}

/** A range as Excel passes it (2-D array), a single value, or a 1-D list. */
export interface NumberGrid {
  rows: number;
  columns: number;
  /** Row by row; null where a cell is blank. */
  cells: (number | null)[];
}

export function numberGrid(value: unknown, name: ArgumentName): NumberGrid | CellError {
  const passed = asCellError(value);
  if (passed) return passed;
  let rows: unknown[][];
  if (!Array.isArray(value)) rows = [[value]];
  else if (value.every((row) => Array.isArray(row))) rows = value as unknown[][];
  else rows = [value];
  const cells: (number | null)[] = [];
  for (const row of rows) {
    for (const cell of row) {
      const parsed = parseNumber(cell, name);
      if (isCellError(parsed)) return parsed;
      cells.push(parsed);
    }
  }
  return { rows: rows.length, columns: rows[0]?.length ?? 0, cells };
}

export function sameShape(a: NumberGrid, b: NumberGrid, nameA: ArgumentName, nameB: ArgumentName): CellError | null {
  return a.rows === b.rows && a.columns === b.columns && a.cells.length === b.cells.length
    ? null
    : errorOf("#VALUE!", "sizeMismatch", { a: nameA, b: nameB });
}

/** Output language: blank is zh-CN; "en", "en-US", "English", "英文" are English. */
export function language(value: unknown): Language | CellError {
  const passed = asCellError(value);
  if (passed) return passed;
  const raw = Array.isArray(value) ? (value as unknown[][])[0]?.[0] : value;
  if (raw === null || raw === undefined || raw === "" || raw === 0) return "zh-CN";
  const text = normalizeText(String(raw)).toLowerCase();
  if (["zh", "zh-cn", "cn", "中文", "chinese"].includes(text)) return "zh-CN";
  if (["en", "en-us", "english", "英文"].includes(text)) return "en-US";
  return errorOf("#VALUE!", "unknownLanguage", { value: String(raw) });
}

/** Returns the first error among already-coerced values, so callers can bail out in one line. */
export function firstError(...values: unknown[]): CellError | null {
  for (const value of values) if (isCellError(value)) return value;
  return null;
}
