// 规划对标 on hand-made plans: weaker and stronger both ways, equal targets, 左右, counts skipped, and
// each year case (same year, district after the city, interpolation on the city's path, years differ).
import { ABOUT_TOLERANCE, alignConcepts, alignPair, countVerdicts, formatFigure, isDistrictOf } from "../../src/core/align";
import { Concept, ConceptMeasure, ResolvedEntry, resolveConcepts } from "../../src/core/concepts";
import { Indicator, Plan, RuleKind } from "../../src/core/plan";

const plan = (id: string, region: string, parent: string | null, start: number, end: number): Plan => ({
  id,
  title: `${region}规划`,
  region: { name: region, level: parent ? "district" : "prefecture-level city", parent },
  issuer: `${region}教育局`,
  period: { start, end },
  source: `${id}.txt`,
  indicators: [],
  projects: [],
});

const city = plan("city-2021-2025", "甲市", null, 2021, 2025);
const district = plan("district-2021-2025", "乙区", "甲市", 2021, 2025);

interface Figure {
  rule: RuleKind;
  value: number | null;
  year?: number;
  high?: number;
  unit?: string;
  baseline?: { year: number; value: number };
}

function entry(owner: Plan, id: string, f: Figure): ResolvedEntry {
  const indicator: Indicator = {
    id,
    category: "教育质量",
    stage: "义务教育",
    name: "某比例",
    group: null,
    unit: f.unit ?? "%",
    rule: f.rule,
    baseline: f.baseline ?? null,
    target: { year: f.year ?? 2025, value: f.value, ...(f.high === undefined ? {} : { high: f.high }), printed: f.value === null ? null : String(f.value) },
    refs: ["一、 1."],
    responsible: null,
    note: null,
  };
  return { plan: owner, indicator, entry: { indicator: id, ref: "一、 1.", quote: "某比例" } };
}

const concept = (measure: ConceptMeasure = "rate"): Concept => ({ id: "c", name: { "zh-CN": "某比例", "en-US": "A share" }, measure, entries: [] });

const pair = (c: Figure, d: Figure, measure?: ConceptMeasure) => alignPair(concept(measure), entry(city, "city-01", c), entry(district, "district-01", d));

describe("direction", () => {
  test("at least: a lower district target is weaker, a higher one stronger", () => {
    const weaker = pair({ rule: "at_least", value: 90 }, { rule: "at_least", value: 85 });
    expect(weaker).toMatchObject({ verdict: "weaker", cityFigure: 90, districtFigure: 85, source: "same_year", year: 2025 });
    expect(pair({ rule: "at_least", value: 90 }, { rule: "at_least", value: 92 }).verdict).toBe("stronger");
  });

  test("at most: a higher district ceiling is weaker, a lower one stronger", () => {
    expect(pair({ rule: "at_most", value: 0.25, unit: "" }, { rule: "at_most", value: 0.3, unit: "" }, "coefficient").verdict).toBe("weaker");
    expect(pair({ rule: "at_most", value: 0.25, unit: "" }, { rule: "at_most", value: 0.2, unit: "" }, "coefficient").verdict).toBe("stronger");
  });

  test("equal targets are equal, also across at least and greater than", () => {
    expect(pair({ rule: "at_least", value: 90 }, { rule: "at_least", value: 90 }).verdict).toBe("equal");
    expect(pair({ rule: "greater_than", value: 40 }, { rule: "at_least", value: 40 }).verdict).toBe("equal");
    // binary noise must not make 0.1 + 0.2 weaker than 0.3
    expect(pair({ rule: "at_least", value: 0.3 }, { rule: "at_least", value: 0.1 + 0.2 }).verdict).toBe("equal");
  });

  test("opposite directions are not compared", () => {
    expect(pair({ rule: "at_least", value: 50 }, { rule: "at_most", value: 50 })).toMatchObject({ verdict: "skipped", reason: "direction" });
  });

  test("a range commits to its low end when more is better", () => {
    expect(pair({ rule: "at_least", value: 3 }, { rule: "between", value: 2, high: 4 }, "ratio").verdict).toBe("weaker");
    expect(pair({ rule: "at_most", value: 5 }, { rule: "between", value: 2, high: 4 }).verdict).toBe("stronger");
  });
});

describe("左右 / about", () => {
  test(`within ${ABOUT_TOLERANCE * 100} % of an about figure is equal, beyond it weaker or stronger`, () => {
    expect(pair({ rule: "at_least", value: 60 }, { rule: "about", value: 58 })).toMatchObject({ verdict: "equal" });
    expect(pair({ rule: "at_least", value: 60 }, { rule: "about", value: 57 }).verdict).toBe("equal"); // 3 = 5 % of 60
    expect(pair({ rule: "at_least", value: 60 }, { rule: "about", value: 56.9 }).verdict).toBe("weaker");
    expect(pair({ rule: "about", value: 60 }, { rule: "at_least", value: 63.1 }).verdict).toBe("stronger");
  });

  test("about on both sides takes the direction most of the concept's plans state, or none", () => {
    expect(pair({ rule: "about", value: 60 }, { rule: "about", value: 50 })).toMatchObject({ verdict: "skipped", reason: "no_direction" });
    const c = entry(city, "city-01", { rule: "about", value: 60 });
    const d = entry(district, "district-01", { rule: "about", value: 50 });
    const other = entry(plan("other-2021-2025", "丙区", "甲市", 2021, 2025), "other-01", { rule: "at_least", value: 55 });
    expect(alignPair(concept(), c, d, [c, d, other]).verdict).toBe("weaker");
  });
});

describe("what is not compared", () => {
  test("counts and amounts, whatever the figures, with the reason", () => {
    const counted = pair({ rule: "increase_by", value: 12000, unit: "个" }, { rule: "increase_by", value: 9120, unit: "个" }, "count");
    expect(counted).toMatchObject({ verdict: "skipped", reason: "count", cityFigure: null });
    expect(counted.message["zh-CN"]).toContain("市与区县之间不能比较");
    expect(counted.message["en-US"]).toContain("cannot be compared");
    expect(pair({ rule: "at_least", value: 10, unit: "万元" }, { rule: "at_least", value: 1, unit: "万元" }, "amount").reason).toBe("count");
  });

  test("a target without a figure, a change against a level, different units", () => {
    expect(pair({ rule: "non_decreasing", value: null }, { rule: "at_least", value: 98 }).reason).toBe("no_figure");
    expect(pair({ rule: "decrease_by", value: 1 }, { rule: "at_most", value: 50 }).reason).toBe("change");
    expect(pair({ rule: "at_least", value: 1 }, { rule: "at_least", value: 1, unit: "人" }, "ratio").reason).toBe("unit");
  });
});

describe("years", () => {
  test("the district's target year after the city's: compared with the city's target", () => {
    const f = pair({ rule: "at_least", value: 8.5, year: 2024 }, { rule: "at_least", value: 8, year: 2025 });
    expect(f).toMatchObject({ verdict: "weaker", source: "city_target", cityFigure: 8.5, year: 2025 });
    expect(f.message["zh-CN"]).toContain("按市目标比较");
  });

  test("before the city's target year: the city's straight path from its baseline", () => {
    // 80 in 2020 → 90 in 2025: 86 in 2023
    const c = { rule: "at_least" as const, value: 90, year: 2025, baseline: { year: 2020, value: 80 } };
    const f = pair(c, { rule: "at_least", value: 85, year: 2023 });
    expect(f).toMatchObject({ verdict: "weaker", source: "interpolated", cityFigure: 86, year: 2023 });
    expect(f.message["zh-CN"]).toContain("按其轨迹 2023 年应达 86%");
    expect(pair(c, { rule: "at_least", value: 86, year: 2023 }).verdict).toBe("equal");
    expect(pair(c, { rule: "at_least", value: 80, year: 2020 })).toMatchObject({ verdict: "equal", cityFigure: 80 });
  });

  test("before the city's target year without a baseline, or before its baseline: years differ", () => {
    expect(pair({ rule: "at_least", value: 90, year: 2027 }, { rule: "at_least", value: 95, year: 2025 })).toMatchObject({ verdict: "skipped", reason: "years_differ" });
    const late = { rule: "at_least" as const, value: 90, year: 2027, baseline: { year: 2024, value: 80 } };
    expect(pair(late, { rule: "at_least", value: 95, year: 2023 }).reason).toBe("years_differ");
  });

  test("a one-year city plan says so in the finding", () => {
    const workPoints = plan("city-2024", "甲市", null, 2024, 2024);
    const f = alignPair(concept(), entry(workPoints, "city-01", { rule: "at_least", value: 20, year: 2024 }), entry(district, "district-01", { rule: "at_least", value: 22 }));
    expect(f.city.oneYear).toBe(true);
    expect(f.message["zh-CN"]).toContain("甲市为 2024 年度工作要点");
    expect(f.message["en-US"]).toContain("one-year work plan for 2024");
  });
});

test("a finding names both figures and both references, in each language separately", () => {
  const f = pair({ rule: "at_least", value: 90 }, { rule: "at_least", value: 85 });
  for (const text of [f.message["zh-CN"], f.message["en-US"]]) {
    expect(text).toContain("≥90%");
    expect(text).toContain("≥85%");
    expect(text).toContain("city-01");
    expect(text).toContain("district-01");
    expect(text).toContain("一、 1.");
  }
  expect(f.message["en-US"]).not.toMatch(/[弱于高于相当]/);
  expect(formatFigure({ rule: "between", value: 8, high: 10, unit: "个" })).toBe("8–10个");
});

test("pairs are a city and its own districts only, each pair once", () => {
  const elsewhere = plan("far-2021-2025", "丁区", "戊市", 2021, 2025);
  expect(isDistrictOf(district, city)).toBe(true);
  expect(isDistrictOf(city, district)).toBe(false);
  expect(isDistrictOf(elsewhere, city)).toBe(false);
  const withIndicators = (p: Plan, id: string, value: number): Plan => ({ ...p, indicators: [entry(p, id, { rule: "at_least", value }).indicator] });
  const plans = [withIndicators(city, "city-01", 90), withIndicators(district, "district-01", 80), withIndicators(elsewhere, "far-01", 70)];
  const map = { concepts: [{ ...concept(), entries: ["city-01", "district-01", "far-01"].map((id) => ({ indicator: id, ref: "一、 1.", quote: "某比例" })) }] };
  const findings = alignConcepts(resolveConcepts(map, plans));
  expect(findings.map((f) => [f.city.region, f.district.region, f.verdict])).toEqual([["甲市", "乙区", "weaker"]]);
  expect(countVerdicts(findings)).toEqual({ weaker: 1, equal: 0, stronger: 0, skipped: 0 });
});
