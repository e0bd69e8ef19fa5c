// The sheet check's decisions: every year cell of an EduPlan table judged by the one status rule,
// plus input errors (text in a year cell, numbers outside the row's plausible range).
import { isCellError } from "./errors";
import { Scalar } from "./formula";
import { Language } from "./messages";
import { normalizeText, parseNumber, parseRule, tidy } from "./parse";
import { cellDecisions, compiledPerRule, statusExpr } from "./rule-table";
import { gap } from "./rules";
import { CheckStatus, MISSES, SEVERITY } from "./status";
import { a1 } from "./layout";
import { HEADERS } from "./headers";
import { isCountUnit, isPercentUnit } from "./units";

/** One EduPlan table as read back from a sheet (values as Excel reports them). */
export interface TableSnapshot {
  sheet: string;
  table: string;
  /** 0-based sheet row and column of the header's first cell. */
  headerRow: number;
  firstColumn: number;
  headers: string[];
  rows: unknown[][];
}

export interface Miss {
  sheet: string;
  table: string;
  /** A1 address of the cell on its sheet. */
  address: string;
  row: number;
  column: number;
  indicatorId: string;
  indicator: string;
  group: string;
  unit: string;
  year: number;
  value: unknown;
  target: number | null;
  gap: number | null;
  status: CheckStatus;
  /** Why an input error is one, in each language. */
  message: Record<Language, string> | null;
  /** For text that stands for a number without doubt: that number (转换为数值). */
  conversion: number | null;
}

const YEAR_HEADER = /^(\d{4})年$/;

/** An EduPlan table is one whose headers include the template's key columns. */
export function isPlanTable(headers: readonly string[]): boolean {
  return [HEADERS.id, HEADERS.name, HEADERS.ruleCode, HEADERS.target].every((h) => headers.includes(h));
}

/** A plan cell as the sheet's formulas see it: a number, or nothing (ISNUMBER). */
function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

const say = (zh: string, en: string): Record<Language, string> => ({ "zh-CN": zh, "en-US": en });

/** A text's own unit after the number: "6所" → "所", "86.4%" → "%", "1.8万" → "" (a magnitude). */
function unitWritten(text: string): string {
  return normalizeText(text).replace(/^[+-]?[\d.]+(?:[eE][+-]?\d+)?(千|万|亿)?/, "");
}

/**
 * The number a year cell's text stands for, when there is no doubt about it: full-width digits,
 * "86.4%", "6所" in a 所 row, "1.8万", stray spaces. In a % row a bare number reads as Excel's
 * percent entry reads typing (88.5 → 88.5 %). Doubt (a unit that is not the row's, % outside a %
 * row, rule words, a result outside the row's plausible range) gives the reason instead.
 */
export function proposedNumber(
  value: string,
  unit: string,
  low: number | null,
  high: number | null
): { value: number } | { doubt: Record<Language, string> } {
  const parsed = parseNumber(value);
  if (parsed === null || isCellError(parsed)) return { doubt: say(`“${value}”不是数值，无法判断`, `"${value}" is not a number`) };
  const written = unitWritten(value);
  const percentRow = isPercentUnit(unit);
  let number = parsed;
  if (percentRow && written === "") {
    // Excel's automatic percent entry: 88.5 typed into a % cell is 88.5 %.
    number = parsed >= 1 ? tidy(parsed / 100) : parsed;
  } else if (written !== "" && !(written === "%" && percentRow) && written !== unit.trim()) {
    return { doubt: say(`“${value}”的单位与本行（${unit || "无单位"}）不符`, `"${value}" has a unit other than the row's (${unit || "none"})`) };
  }
  if ((low !== null && number < low) || (high !== null && number > high)) {
    return { doubt: say(`“${value}”换算为 ${number}，超出有效范围`, `"${value}" reads as ${number}, outside the plausible range`) };
  }
  return { value: number };
}

/** Why a year cell holding a number is an input error, in both languages (its flag is purple). */
function numberProblem(number: number, unit: string, low: number | null, high: number | null): Record<Language, string> {
  if (isPercentUnit(unit) && high !== null && number > high) {
    return number >= 1.5 && number / 100 <= high
      ? say("百分比超过 100%，可能把 86.4 输成了 8640%", "A percentage above 100 %: 86.4 typed into a % cell shows as 8640 %")
      : say("百分比超过 100%", "A percentage above 100 %");
  }
  if (low !== null && number < low) return isCountUnit(unit) ? say("数量不能为负数", "A count cannot be negative") : say("数值不能为负数", "The value cannot be negative");
  return say("超出有效范围", "Outside the plausible range");
}

const statusFor = compiledPerRule(() => statusExpr(cellDecisions(), (status) => status));

/** Every judged year cell of one table (or only the misses), with its status: the rule table per cell. */
export function judgeTable(snapshot: TableSnapshot, onlyMisses = false): Miss[] {
  const { headers } = snapshot;
  if (!isPlanTable(headers)) return [];
  const index = new Map(headers.map((h, i) => [h, i] as const));
  const col = (header: string) => index.get(header) ?? -1;
  const years = headers.flatMap((h, i) => {
    const match = YEAR_HEADER.exec(h.trim());
    return match ? [{ year: Number(match[1]), index: i }] : [];
  });
  const results: Miss[] = [];
  snapshot.rows.forEach((cells, r) => {
    const rule = parseRule(cells[col(HEADERS.ruleCode)]);
    if (rule === null || isCellError(rule)) return;
    const cell = (header: string) => (col(header) >= 0 ? cells[col(header)] : null);
    const unit = text(cell(HEADERS.unit));
    // One environment per row, the cell's own fields set per cell: the check runs on every cell.
    const env: Record<string, Scalar> = {
      code: rule,
      b: num(cell(HEADERS.baseline)),
      by: num(cell(HEADERS.baselineYear)),
      t: num(cell(HEADERS.target)),
      h: num(cell(HEADERS.high)),
      ty: num(cell(HEADERS.targetYear)),
      lo: num(cell(HEADERS.low)),
      hi: num(cell(HEADERS.highest)),
    };
    const sheetRow = snapshot.headerRow + 1 + r;
    let previous = env.b;
    for (const { year, index } of years) {
      const raw = cells[index];
      const value = typeof raw === "number" ? raw : typeof raw === "string" && raw !== "" ? raw : null;
      if (value === null) continue;
      env.x = value;
      env.y = year;
      env.prev = previous;
      const status = statusFor(rule)(env) as CheckStatus;
      if (typeof value === "number") previous = value;
      if (onlyMisses && !MISSES.includes(status)) continue;
      const bound = rule === "non_decreasing" ? null : (env.t as number | null);
      results.push({
        sheet: snapshot.sheet,
        table: snapshot.table,
        address: a1(sheetRow, snapshot.firstColumn + index),
        row: sheetRow,
        column: snapshot.firstColumn + index,
        indicatorId: text(cell(HEADERS.id)),
        indicator: text(cell(HEADERS.name)),
        group: text(cell(HEADERS.group)),
        unit,
        year,
        value: raw,
        target: bound,
        gap: status === "input_error" || bound === null ? null : gap(rule, { value: bound, high: (env.h as number | null) ?? bound }, value as number),
        status,
        ...(status === "input_error" ? inputError(value, unit, env.lo as number | null, env.hi as number | null) : { message: null, conversion: null }),
      });
    }
  });
  return results;
}

/** An input error's reason, and for text that stands for a number, that number. */
function inputError(value: number | string, unit: string, low: number | null, high: number | null): Pick<Miss, "message" | "conversion"> {
  if (typeof value === "number") return { message: numberProblem(value, unit, low, high), conversion: null };
  const proposal = proposedNumber(value, unit, low, high);
  if ("doubt" in proposal) return { message: proposal.doubt, conversion: null };
  return {
    message: say(`“${value}”是文本，不是数值：可转换为 ${proposal.value}`, `"${value}" is text, not a number: it can be converted to ${proposal.value}`),
    conversion: proposal.value,
  };
}

export function checkTable(snapshot: TableSnapshot): Miss[] {
  return judgeTable(snapshot, true);
}

/** Most severe first, then by sheet and position, so the list reads like the sheet. */
export function sortMisses(misses: readonly Miss[]): Miss[] {
  return [...misses].sort(
    (a, b) =>
      SEVERITY.indexOf(a.status) - SEVERITY.indexOf(b.status) ||
      a.sheet.localeCompare(b.sheet) ||
      a.row - b.row ||
      a.column - b.column
  );
}

export function countByStatus(misses: readonly Miss[]): Partial<Record<CheckStatus, number>> {
  const counts: Partial<Record<CheckStatus, number>> = {};
  for (const miss of misses) counts[miss.status] = (counts[miss.status] ?? 0) + 1;
  return counts;
}
