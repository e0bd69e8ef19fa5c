// The plan card's status counts: a plan's tables (EduPlan_<id>, _2 …) summed from a check's per-table
// counts, nothing for another plan's tables, and nothing while every row is still 无数据.
import { CategoryCounts, TableCounts, countCategories, planStatusCounts } from "../../src/core/category-counts";
import { CheckStatus } from "../../src/core/status";
import { uniqueTableName } from "../../src/core/layout";

const rows = (...statuses: [string, CheckStatus][]): CategoryCounts[] =>
  countCategories(statuses.map(([category, status]) => ({ category, status })));

test("sums the plan's own tables, whatever their suffix, and ignores other plans'", () => {
  const first = uniqueTableName("cixi-2021-2025", []);
  const second = uniqueTableName("cixi-2021-2025", [first]);
  const tables: TableCounts[] = [
    { table: first, byCategory: rows(["公平", "met"], ["公平", "behind"], ["质量", "no_data"]) },
    { table: second, byCategory: rows(["公平", "met"], ["质量", "not_met"]) },
    { table: uniqueTableName("beilun-2023-2025", []), byCategory: rows(["公平", "regressed"]) },
    // A prefix that is not a suffix number belongs to another plan (cixi-2021-2025-b).
    { table: uniqueTableName("cixi-2021-2025-b", []), byCategory: rows(["公平", "regressed"]) },
  ];
  expect(second).toBe(`${first}_2`);
  expect(planStatusCounts(tables, "cixi-2021-2025")).toEqual({
    met: 2,
    on_track: 0,
    behind: 1,
    regressed: 0,
    not_met: 1,
    no_data: 1,
    input_error: 0,
  });
  expect(planStatusCounts(tables, "beilun-2023-2025")?.regressed).toBe(1);
  expect(planStatusCounts(tables, "yuyao-2023-2027")).toBeNull();
});

test("a sheet with no value yet shows nothing; table names compare case-insensitively, as Excel's do", () => {
  expect(planStatusCounts([{ table: "EduPlan_sample", byCategory: rows(["公平", "no_data"], ["质量", "no_data"]) }], "sample")).toBeNull();
  expect(planStatusCounts([{ table: "EDUPLAN_SAMPLE", byCategory: rows(["公平", "input_error"]) }], "sample")?.input_error).toBe(1);
});
