// The sheet check's decisions: every year cell of an EduPlan table judged by the one status rule,
// plus input errors (text that is no number, implausible percentages, negative counts).
import { CellError, isCellError } from "./errors";
import { Language } from "./messages";
import { parseNumber, parseRule } from "./parse";
import { RuleKind } from "./plan";
import { Bound, gap } from "./rules";
import { CheckStatus, MISSES, SEVERITY, STATUS_LABELS, statusOf } from "./status";
import { HEADERS, a1, isCountUnit, isPercentUnit } from "./template";

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
  /** Why an input error is one, zh-CN then English. */
  message: string | null;
}

const YEAR_HEADER = /^(\d{4})年$/;

/** An EduPlan table is one whose headers include the template's key columns. */
export function isPlanTable(headers: readonly string[]): boolean {
  return [HEADERS.id, HEADERS.name, HEADERS.ruleCode, HEADERS.target].every((h) => headers.includes(h));
}

function num(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === "" || value === null || value === undefined) return null;
  const parsed = parseNumber(value);
  return parsed === null || isCellError(parsed) ? null : parsed;
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

function implausible(value: number, unit: string, rule: RuleKind, ceiling: number): string | null {
  const change = rule === "increase_by" || rule === "decrease_by";
  if (isPercentUnit(unit) && !change && (value > ceiling || value < 0)) {
    return "百分比超出 0%–100%，可能把 86.4 当成了 8640% (a percentage outside 0%–100%; 86.4 typed into a % cell shows 8640%)";
  }
  if (isCountUnit(unit) && !change && value < 0) return "数量不能为负数 (a count cannot be negative)";
  return null;
}

/** Every judged year cell of one table (or only the misses), with its status. */
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
    const unit = text(cells[col(HEADERS.unit)]);
    const baseline = num(cells[col(HEADERS.baseline)]);
    const baselineYear = num(cells[col(HEADERS.baselineYear)]);
    const targetValue = num(cells[col(HEADERS.target)]);
    const high = col(HEADERS.high) >= 0 ? num(cells[col(HEADERS.high)]) : null;
    const targetYear = num(cells[col(HEADERS.targetYear)]);
    const sheetRow = snapshot.headerRow + 1 + r;
    let previous = baseline;
    for (const { year, index } of years) {
      const raw = cells[index];
      const value = typeof raw === "number" && Number.isFinite(raw) ? raw : raw === "" || raw === null ? null : parseNumber(raw);
      if (value === null) continue;
      const base = () => ({
        sheet: snapshot.sheet,
        table: snapshot.table,
        address: a1(sheetRow, snapshot.firstColumn + index),
        row: sheetRow,
        column: snapshot.firstColumn + index,
        indicatorId: text(cells[col(HEADERS.id)]),
        indicator: text(cells[col(HEADERS.name)]),
        group: text(cells[col(HEADERS.group)]),
        unit,
        year,
        value: raw,
      });
      // Rows whose plan figures pass 100 % (gross enrolment ratios) may too.
      const ceiling = Math.max(1, targetValue ?? 0, high ?? 0, baseline ?? 0);
      const problem = isCellError(value) ? (value as CellError).message : implausible(value, unit, rule, ceiling > 1 ? Infinity : 1);
      if (problem !== null || isCellError(value)) {
        results.push({ ...base(), target: targetValue, gap: null, status: "input_error", message: problem });
        continue;
      }
      let bound: Bound | null;
      if (rule === "non_decreasing") {
        bound = previous === null ? null : { value: previous };
        previous = value;
      } else {
        bound = targetValue === null ? null : { value: targetValue, high: high ?? targetValue };
      }
      const status = statusOf({
        rule,
        baseline,
        baselineYear,
        target: bound,
        targetYear: targetYear ?? year,
        actual: value,
        year,
      });
      if (onlyMisses && !MISSES.includes(status)) continue;
      results.push({
        ...base(),
        target: bound?.value ?? null,
        gap: bound === null ? null : gap(rule, bound, value),
        status,
        message: null,
      });
    }
  });
  return results;
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

/** The misses as rows for a report sheet, headers first, in the chosen language. */
export function missReport(misses: readonly Miss[], language: Language): (string | number)[][] {
  const zh = language === "zh-CN";
  const head = zh
    ? ["状态", "工作表", "单元格", "编号", "指标", "分组", "年份", "实际值", "目标值", "差距", "说明"]
    : ["Status", "Sheet", "Cell", "ID", "Indicator", "Group", "Year", "Actual", "Target", "Gap", "Note"];
  return [
    head,
    ...sortMisses(misses).map((m) => [
      STATUS_LABELS[m.status][language],
      m.sheet,
      m.address,
      m.indicatorId,
      m.indicator,
      m.group,
      m.year,
      typeof m.value === "number" ? m.value : text(m.value),
      m.target ?? "",
      m.gap ?? "",
      m.message ?? "",
    ]),
  ];
}
