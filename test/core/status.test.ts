// The status decision table, row by row, for each rule direction.
import { STATUS_LABELS, SEVERITY, StatusInput, statusOf } from "../../src/core/status";

const kindergarten: Omit<StatusInput, "actual" | "year"> = {
  rule: "at_least",
  baseline: 86.4,
  baselineYear: 2020,
  target: { value: 90 },
  targetYear: 2025,
};
const at = (actual: number | null, year: number, over: Partial<StatusInput> = {}) =>
  statusOf({ ...kindergarten, actual, year, ...over });

test("1. no value → no_data", () => {
  expect(at(null, 2023)).toBe("no_data");
});

test("2. met overrides everything, in any year", () => {
  expect(at(90, 2021)).toBe("met");
  expect(at(95, 2026)).toBe("met");
});

test("4. worse than the baseline → regressed, even in the target year", () => {
  expect(at(86, 2023)).toBe("regressed");
  expect(at(86, 2025)).toBe("regressed");
});

test("5. not met in or after the target year, or without a baseline → not_met", () => {
  expect(at(89, 2025)).toBe("not_met");
  expect(at(89, 2026)).toBe("not_met");
  expect(at(89, 2022, { baseline: null, baselineYear: null })).toBe("not_met");
});

test("6. at the baseline year, not worse than the baseline → on_track", () => {
  expect(at(86.4, 2020)).toBe("on_track");
});

test("7–8. pace: expected 88.56 in 2023; 88.452 is pace 0.95 exactly (on track), 88.2 behind", () => {
  // improvement needed = 0.95 × 3/5 × 3.6 = 2.052 → 86.4 + 2.052 = 88.452
  expect(at(88.452, 2023)).toBe("on_track");
  expect(at(88.45, 2023)).toBe("behind");
  expect(at(88.2, 2023)).toBe("behind");
  expect(at(89, 2023)).toBe("on_track");
});

test("lower-is-better: myopia 60 % → 50 % by 2025", () => {
  const myopia = { rule: "at_most" as const, baseline: 0.6, baselineYear: 2020, target: { value: 0.5 }, targetYear: 2025 };
  expect(statusOf({ ...myopia, actual: 0.49, year: 2022 })).toBe("met");
  expect(statusOf({ ...myopia, actual: 0.61, year: 2022 })).toBe("regressed");
  // expected in 2022: 0.56; needed improvement 0.95 × 0.4 × 0.1 = 0.038 → at most 0.562
  expect(statusOf({ ...myopia, actual: 0.562, year: 2022 })).toBe("on_track");
  expect(statusOf({ ...myopia, actual: 0.57, year: 2022 })).toBe("behind");
  expect(statusOf({ ...myopia, actual: 0.52, year: 2025 })).toBe("not_met");
});

test("increase_by: the change achieved, from 0 (新增 4 所 by 2025 from 2021)", () => {
  const newSchools = { rule: "increase_by" as const, baseline: null, baselineYear: 2021, target: { value: 4 }, targetYear: 2025 };
  expect(statusOf({ ...newSchools, actual: 2, year: 2023 })).toBe("on_track"); // needs 0.95 × 0.5 × 4 = 1.9
  expect(statusOf({ ...newSchools, actual: 1, year: 2023 })).toBe("behind");
  expect(statusOf({ ...newSchools, actual: -1, year: 2023 })).toBe("regressed");
  expect(statusOf({ ...newSchools, actual: 4, year: 2023 })).toBe("met");
});

test("between and about judge the distance to the plan", () => {
  const range = { rule: "between" as const, baseline: 2, baselineYear: 2020, target: { value: 4, high: 8 }, targetYear: 2024 };
  expect(statusOf({ ...range, actual: 5, year: 2022 })).toBe("met");
  expect(statusOf({ ...range, actual: 3, year: 2022 })).toBe("on_track"); // needs 0.95 × 0.5 × 2 = 0.95
  expect(statusOf({ ...range, actual: 2.5, year: 2022 })).toBe("behind");
  expect(statusOf({ ...range, actual: 1, year: 2022 })).toBe("regressed");
});

test("non_decreasing: met unless below last year's value", () => {
  const spending = { rule: "non_decreasing" as const, baseline: null, baselineYear: null, targetYear: 2025 };
  expect(statusOf({ ...spending, target: { value: 100 }, actual: 100, year: 2023 })).toBe("met");
  expect(statusOf({ ...spending, target: { value: 100 }, actual: 99, year: 2023 })).toBe("regressed");
  expect(statusOf({ ...spending, target: null, actual: 99, year: 2023 })).toBe("met");
});

test("labels in both languages and a severity order covering every status", () => {
  expect(STATUS_LABELS.behind).toEqual({ "zh-CN": "进度滞后", "en-US": "Behind" });
  expect(STATUS_LABELS.input_error["zh-CN"]).toBe("输入错误");
  expect([...SEVERITY].sort()).toEqual(Object.keys(STATUS_LABELS).sort());
});
