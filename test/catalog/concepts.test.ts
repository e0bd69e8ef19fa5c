// Suggested concept links for a clerk's own plan, by indicator name and group; confirmed links join the
// map, so the cross-plan view and the alignment check see the plan.
import { catalog } from "../../src/catalog";
import { BUNDLED_CONCEPTS, suggestConcepts, withConfirmed } from "../../src/catalog/concepts";
import { alignConcepts } from "../../src/core/align";
import { resolveConcepts, validateConceptMap } from "../../src/core/concepts";
import { Indicator, Plan } from "../../src/core/plan";

const indicator = (id: string, name: string, group: string | null, rule: Indicator["rule"], value: number, unit = "%"): Indicator => ({
  id,
  category: "示例",
  stage: "综合",
  name,
  group,
  unit,
  rule,
  baseline: null,
  target: { year: 2026, value, printed: String(value) },
  refs: ["一、"],
  responsible: null,
  note: null,
});

const own: Plan = {
  id: "haishu-2024-2026",
  title: "海曙区教育提质行动",
  region: { name: "海曙区", level: "district", parent: "宁波市" },
  issuer: "示例",
  period: { start: 2024, end: 2026 },
  source: "own.txt",
  projects: [],
  indicators: [
    indicator("haishu-01", "普惠性幼儿园覆盖率", null, "at_least", 95),
    indicator("haishu-02", "专任教师研究生学历学位比例", "初中", "at_least", 8),
    indicator("haishu-03", "校际差异系数", "小学", "at_most", 0.3, ""),
    indicator("haishu-04", "新建学校", null, "increase_by", 3, "所"),
  ],
};
const plans = [...catalog().listPlans(), own];

test("each indicator is suggested for the concept its name and group fit best; others get none", () => {
  const suggested = suggestConcepts(own, BUNDLED_CONCEPTS, plans);
  expect(suggested.map((s) => [s.indicator, s.concept])).toEqual([
    ["haishu-02", "teacher-postgraduate-junior"],
    ["haishu-03", "school-difference-primary"],
    ["haishu-01", "inclusive-kindergarten-enrolment"],
  ]);
  for (const s of suggested) expect(s.score).toBeGreaterThanOrEqual(0.55);
});

test("a bundled plan gets no suggestion for a concept it already has", () => {
  const beilun = plans.find((p) => p.id === "beilun-2023-2025")!;
  const suggested = suggestConcepts(beilun, BUNDLED_CONCEPTS, plans);
  const has = new Set(BUNDLED_CONCEPTS.concepts.filter((c) => c.entries.some((e) => e.indicator.startsWith("beilun-"))).map((c) => c.id));
  expect(suggested.filter((s) => has.has(s.concept))).toEqual([]);
});

test("confirmed links join the map, which stays valid, and the alignment check sees them", () => {
  const confirmed = suggestConcepts(own, BUNDLED_CONCEPTS, plans).filter((s) => s.indicator !== "haishu-01");
  const map = withConfirmed(BUNDLED_CONCEPTS, plans, confirmed);
  expect(validateConceptMap(map, plans)).toEqual([]);
  expect(map.concepts.find((c) => c.id === "teacher-postgraduate-junior")!.entries.at(-1)).toEqual({ indicator: "haishu-02", ref: "一、", quote: "专任教师研究生学历学位比例" });
  const findings = alignConcepts(resolveConcepts(map, plans)).filter((f) => f.district.planId === own.id);
  expect(findings.map((f) => [f.concept, f.verdict])).toEqual([
    ["teacher-postgraduate-junior", "weaker"], // 8 % by 2026 against 宁波市's 8.5 % in 2024
    ["school-difference-primary", "weaker"], // at most 0.3 against at most 0.25
  ]);
  // the bundled map itself is untouched
  expect(BUNDLED_CONCEPTS.concepts.find((c) => c.id === "teacher-postgraduate-junior")!.entries).toHaveLength(5);
});
