// Counts of row statuses per category, from a plan table's 类别 and 状态 columns: what the pane's
// 检查 tab shows and what the 汇总 sheet's formulas compute. Small on purpose: the pane's first page
// loads it.
import { HEADERS } from "./headers";
import { tableBaseName } from "./layout";
import { CheckStatus, STATUS_LABELS } from "./status";

/** The statuses counted, in the one list's order, then input errors. */
export const SUMMARY_STATUSES: readonly CheckStatus[] = [
  "met",
  "on_track",
  "behind",
  "regressed",
  "not_met",
  "no_data",
  "input_error",
];

export interface CategoryCounts {
  category: string;
  total: number;
  counts: Record<CheckStatus, number>;
}

const zero = () => Object.fromEntries(SUMMARY_STATUSES.map((s) => [s, 0])) as Record<CheckStatus, number>;

/** A 状态 cell's status (either language's label); anything else counts as no data. */
export function statusOfLabel(label: unknown): CheckStatus {
  return (
    (Object.keys(STATUS_LABELS) as CheckStatus[]).find(
      (s) => STATUS_LABELS[s]["zh-CN"] === label || STATUS_LABELS[s]["en-US"] === label
    ) ?? "no_data"
  );
}

/** Counts per category in first-seen order; `into` continues a list (several tables, one list). */
export function countCategories(
  rows: readonly { category: string; status: CheckStatus }[],
  into: CategoryCounts[] = []
): CategoryCounts[] {
  for (const row of rows) {
    let entry = into.find((e) => e.category === row.category);
    if (!entry) into.push((entry = { category: row.category, total: 0, counts: zero() }));
    entry.total++;
    entry.counts[row.status]++;
  }
  return into;
}

/** The rows of a table as read back (headers, values) for countCategories. */
export function tableRowStatuses(
  headers: readonly string[],
  rows: readonly unknown[][]
): { category: string; status: CheckStatus }[] {
  const category = headers.indexOf(HEADERS.category);
  const status = headers.indexOf(HEADERS.status);
  if (category < 0 || status < 0) return [];
  return rows.map((row) => ({ category: String(row[category] ?? ""), status: statusOfLabel(row[status]) }));
}

/** One checked table's counts, named as the workbook names it. */
export interface TableCounts {
  table: string;
  byCategory: CategoryCounts[];
}

/**
 * A plan's status totals over the checked tables inserted from it (EduPlan_<id>, EduPlan_<id>_2 …),
 * or null when none was checked or none has a value yet (every row 无数据).
 */
export function planStatusCounts(tables: readonly TableCounts[], planId: string): Record<CheckStatus, number> | null {
  const base = tableBaseName(planId).toLowerCase();
  const mine = tables.filter(({ table }) => {
    const name = table.toLowerCase();
    return name === base || (name.startsWith(`${base}_`) && /^\d+$/.test(name.slice(base.length + 1)));
  });
  const totals = zero();
  for (const { byCategory } of mine) for (const entry of byCategory) for (const s of SUMMARY_STATUSES) totals[s] += entry.counts[s];
  const rows = SUMMARY_STATUSES.reduce((n, s) => n + totals[s], 0);
  return rows > totals.no_data ? totals : null;
}
