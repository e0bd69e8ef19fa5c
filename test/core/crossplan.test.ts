// The cross-plan view: a concept in every plan that has it, the city first, with the latest values a
// workbook's templates hold; and the same as a sheet layout with the concept's 规划对标 findings below.
import { catalog } from "../../src/catalog";
import { BUNDLED_CONCEPTS } from "../../src/catalog/concepts";
import { alignConcepts } from "../../src/core/align";
import { resolveConcepts } from "../../src/core/concepts";
import { crossPlanRows, crossPlanSheet, latestFromTable } from "../../src/core/crossplan";
import { parseA1 } from "../../src/core/layout";

const resolved = resolveConcepts(BUNDLED_CONCEPTS, catalog().listPlans());
const junior = resolved.find((c) => c.concept.id === "teacher-postgraduate-junior")!;

test("rows: 宁波市 first, then its districts by name, then another city's district; targets as the sheet stores them", () => {
  const rows = crossPlanRows(junior);
  expect(rows.map((r) => r.region)).toEqual(["宁波市", "北仑区", "慈溪市", "余姚市", "越城区"]);
  const cixi = rows.find((r) => r.planId === "cixi-2021-2025")!;
  expect(cixi).toMatchObject({ indicatorId: "cixi-17", target: "≥10%", targetValue: 0.1, targetYear: 2025, baselineValue: 0.027, baselineYear: 2020, ref: "表1 15．", latest: null });
  expect(rows.find((r) => r.planId === "ningbo-2024")).toMatchObject({ target: "≥8.5%", targetValue: 0.085, targetYear: 2024, baselineValue: null });
});

test("latest values come from the template's 编号, 最新值, 最新年份 and 状态 columns by indicator id", () => {
  const headers = ["编号", "指标", "最新值", "最新年份", "状态"];
  const latest = latestFromTable("慈溪市 2021-2025", headers, [
    ["cixi-17", "专任教师中研究生学历学位比例", 0.062, 2023, "进度滞后"],
    ["cixi-18", "专任教师中研究生学历学位比例", "", "", "无数据"],
    ["", "blank id", 1, 2023, "达标"],
  ]);
  expect([...latest.keys()]).toEqual(["cixi-17", "cixi-18"]);
  expect(latest.get("cixi-18")).toEqual({ value: null, year: null, status: "无数据", sheet: "慈溪市 2021-2025" });
  const rows = crossPlanRows(junior, latest);
  expect(rows.find((r) => r.indicatorId === "cixi-17")!.latest).toEqual({ value: 0.062, year: 2023, status: "进度滞后", sheet: "慈溪市 2021-2025" });
  expect(rows.find((r) => r.indicatorId === "beilun-45")!.latest).toBeNull();
  expect(latestFromTable("x", ["指标"], [["a"]]).size).toBe(0);
});

describe.each(["zh-CN", "en-US"] as const)("the sheet in %s", (language) => {
  const findings = alignConcepts([junior]);
  const rows = crossPlanRows(junior);
  const layout = crossPlanSheet(junior, rows, language, { existingSheets: ["对比 初中专任教师研究生学历比例"], date: new Date("2026-03-01T00:00:00Z"), findings });

  test("a title block, one row per plan, the findings below, printable on A4 landscape", () => {
    const header = layout.blocks[2];
    const body = layout.blocks[3];
    expect(header.values[0]).toHaveLength(15);
    expect(body.row).toBe(header.row + 1);
    expect(body.values.map((r) => r[2])).toEqual(rows.map((r) => r.indicatorId));
    expect(body.values[0][6]).toBe(0.085);
    expect(body.numberFormats![0][6]).toBe("0.0%");
    expect(layout.blocks[1].values[0][0]).toContain("2026-03-01");
    const listed = layout.blocks[5].values;
    expect(listed).toHaveLength(findings.length);
    expect(listed.map((r) => r[1])).toEqual(findings.map((f) => f.message[language]));
    const area = parseA1(layout.page!.printArea);
    expect(area.endRow).toBe(layout.blocks[5].row + findings.length - 1);
    expect(layout.page!.titleRows).toBe(`${header.row + 1}:${header.row + 1}`);
  });

  test("a unique sheet name in the pane's language, and no text of the other language in the headings", () => {
    if (language === "zh-CN") expect(layout.name).toBe("对比 初中专任教师研究生学历比例 (2)");
    else expect(layout.name).toMatch(/^Compare Junior secondary/);
    expect(layout.name.length).toBeLessThanOrEqual(31);
    const headings = layout.blocks[2].values[0].join("");
    if (language === "en-US") expect(headings).not.toMatch(/[\u4e00-\u9fff]/);
    else expect(headings).not.toMatch(/[A-Za-z]/);
  });
});

test("a concept note goes into the title block", () => {
  const quality = resolved.find((c) => c.concept.id === "quality-kindergarten-enrolment")!;
  const layout = crossPlanSheet(quality, crossPlanRows(quality), "zh-CN");
  expect(layout.blocks[1].values.map((r) => r[0])).toContain(quality.concept.note!["zh-CN"]);
  expect(layout.blocks[3].values.find((r) => r[2] === "cixi-09")![14]).toContain("招生");
});

test("no text the sheet holds starts with = + or -, which a spreadsheet would take for a formula", () => {
  const findings = alignConcepts(resolved);
  for (const concept of resolved) {
    for (const language of ["zh-CN", "en-US"] as const) {
      const layout = crossPlanSheet(concept, crossPlanRows(concept), language, { findings: findings.filter((f) => f.concept === concept.concept.id) });
      const texts = layout.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === "string");
      expect(texts.filter((text) => /^[=+\-]/.test(text))).toEqual([]);
    }
  }
  const places = resolved.find((c) => c.concept.id === "new-primary-places")!;
  expect(crossPlanRows(places).map((r) => r.target)).toEqual(["↑9120个", "↑11610个"]);
});
