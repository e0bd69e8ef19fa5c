// The check's decisions on a table read back from a sheet: misses, input errors, order, report rows.
import { TableSnapshot, checkTable, countByStatus, isPlanTable, judgeTable, sortMisses } from "../../src/core/check";
import { HEADERS, buildTemplate } from "../../src/core/template";
import { samplePlan } from "../fixtures/plan";

const layout = buildTemplate(samplePlan);
const headers = layout.columns.map((c) => c.header);
const col = (header: string) => headers.indexOf(header);

/** The table as Excel would return it after the clerk typed `typed` (id → year → value). */
function snapshot(typed: Record<string, Record<number, unknown>>): TableSnapshot {
  const rows = layout.values.map((r) => {
    const copy = [...r] as unknown[];
    for (const [year, value] of Object.entries(typed[String(r[col(HEADERS.id)])] ?? {})) copy[col(`${year}年`)] = value;
    return copy;
  });
  return { sheet: layout.sheetName, table: layout.tableName, headerRow: layout.headerRow, firstColumn: 0, headers, rows };
}

test("each cell is judged by the status rule in its year", () => {
  const judged = judgeTable(
    snapshot({
      "sample-01": { 2021: 0.871, 2023: 0.88, 2025: 0.89 },
      "sample-02": { 2022: 0.61 },
      "sample-03": { 2023: 3 },
      "sample-04": { 2021: 1000, 2022: 1100, 2024: 1050 },
      "sample-06": { 2022: 0.9 },
    })
  );
  const status = (id: string, year: number) => judged.find((m) => m.indicatorId === id && m.year === year)?.status;
  expect(status("sample-01", 2021)).toBe("on_track"); // needs 86.4 + 0.95 × 0.2 × 3.6 = 87.084
  expect(status("sample-01", 2023)).toBe("behind"); // expected 88.56, needs 88.452
  expect(status("sample-01", 2025)).toBe("not_met");
  expect(status("sample-02", 2022)).toBe("regressed");
  expect(status("sample-03", 2023)).toBe("on_track"); // needs 0.95 × 3/5 × 4 = 2.28
  expect(status("sample-04", 2021)).toBe("met");
  expect(status("sample-04", 2022)).toBe("met");
  expect(status("sample-04", 2024)).toBe("regressed"); // below 2022's 1100, blank 2023 skipped
  expect(status("sample-06", 2022)).toBe("not_met"); // no baseline
  expect(judged.some((m) => m.indicatorId === "sample-05")).toBe(false); // nothing typed
});

test("text in a year cell (even numeric text), percentages above 100 % and negative counts are input errors", () => {
  const misses = checkTable(
    snapshot({
      "sample-01": { 2022: "八十六", 2023: 86.4 },
      "sample-05": { 2022: -1 },
      "sample-06": { 2022: "96%" },
    })
  );
  const errors = misses.filter((m) => m.status === "input_error");
  expect(errors.map((m) => `${m.indicatorId}:${m.year}`).sort()).toEqual(["sample-01:2022", "sample-01:2023", "sample-05:2022", "sample-06:2022"]);
  expect(errors.find((m) => m.year === 2023)!.message!["zh-CN"]).toContain("8640%");
  expect(errors.find((m) => m.year === 2023)!.message!["en-US"]).toContain("8640 %");
  expect(errors.find((m) => m.indicatorId === "sample-01" && m.year === 2022)!.message!["zh-CN"]).toContain("不是数值");
  // "96%" as text: the formulas cannot use it, so it is an input error that says what number it looks like
  expect(errors.find((m) => m.indicatorId === "sample-06")!.message!["zh-CN"]).toContain("0.96");
  // each message in one language only
  for (const m of errors) expect(m.message!["en-US"].replace(/"[^"]*"/g, "")).not.toMatch(/[\u4e00-\u9fff]/);
});

test("misses carry the cell address, target and gap; sorted by severity then position", () => {
  const misses = sortMisses(checkTable(snapshot({ "sample-01": { 2025: 0.89, 2022: "x" }, "sample-02": { 2022: 0.61 } })));
  expect(misses.map((m) => m.status)).toEqual(["input_error", "regressed", "not_met"]);
  const notMet = misses[2];
  expect(notMet.address).toBe(`${String.fromCharCode(65 + col("2025年"))}${layout.headerRow + 2}`);
  expect(notMet.target).toBe(0.9);
  expect(notMet.gap).toBe(0.01);
  expect(countByStatus(misses)).toEqual({ input_error: 1, regressed: 1, not_met: 1 });
});

test("tables that are not EduPlan's are ignored", () => {
  expect(isPlanTable(["Name", "Value"])).toBe(false);
  expect(judgeTable({ ...snapshot({}), headers: ["A", "B"] })).toEqual([]);
});
