// The concept map (seeds/concepts/concepts.json): every id resolves, every concept spans two plans or more, and
// every entry's quote stands in the plan text where its ref points, so each link can be checked by hand.
import * as fs from "fs";
import * as path from "path";
import { catalog } from "../../src/catalog";
import { BUNDLED_CONCEPTS } from "../../src/catalog/concepts";
import { ConceptMap, resolveConcepts, validateConceptMap } from "../../src/core/concepts";
import { normalizeWidth, passage } from "./locate";

const sourcesDir = path.resolve(__dirname, "../../../shared/seeds");
const haveSources = fs.existsSync(sourcesDir);
const plans = catalog().listPlans();

test("the bundled map has no problems", () => {
  expect(validateConceptMap(BUNDLED_CONCEPTS, plans)).toEqual([]);
  expect(BUNDLED_CONCEPTS.concepts.length).toBeGreaterThanOrEqual(20);
});

test("every indicator id resolves to a bundled plan's indicator, and every concept has two plans or more", () => {
  const ids = new Set(plans.flatMap((p) => p.indicators.map((i) => i.id)));
  for (const concept of BUNDLED_CONCEPTS.concepts) {
    for (const entry of concept.entries) expect(ids.has(entry.indicator) ? entry.indicator : `missing ${entry.indicator}`).toBe(entry.indicator);
  }
  for (const { concept, entries } of resolveConcepts(BUNDLED_CONCEPTS, plans)) {
    expect(entries).toHaveLength(concept.entries.length);
    expect(new Set(entries.map((e) => e.plan.id)).size).toBeGreaterThanOrEqual(2);
  }
});

test("every entry's ref is one of its indicator's, and names and notes are in both languages", () => {
  for (const { concept, entries } of resolveConcepts(BUNDLED_CONCEPTS, plans)) {
    expect(concept.name["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    expect(concept.name["en-US"]).not.toMatch(/[\u4e00-\u9fff]/);
    for (const { entry, indicator } of entries) {
      expect(indicator.refs).toContain(entry.ref);
      if (entry.definition) {
        expect(entry.definition["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
        expect(entry.definition["en-US"]).not.toMatch(/[\u4e00-\u9fff]/);
      }
    }
  }
});

(haveSources ? test : test.skip)("every entry's quote is printed where its ref points in the plan text", () => {
  const problems: string[] = [];
  for (const { concept, entries } of resolveConcepts(BUNDLED_CONCEPTS, plans)) {
    for (const { entry, plan } of entries) {
      const source = fs.readFileSync(path.join(sourcesDir, plan.source), "utf8");
      const found = passage(source, entry.ref);
      if ("error" in found) problems.push(`${concept.id} ${entry.indicator}: ${found.error}`);
      else if (!found.text.includes(normalizeWidth(entry.quote))) problems.push(`${concept.id} ${entry.indicator}: “${entry.quote}” not at ${entry.ref}`);
    }
  }
  expect(problems).toEqual([]);
});

test("shared rates pair the city with its districts: 宁波市 with 北仑区, 慈溪市 and 余姚市", () => {
  const junior = resolveConcepts(BUNDLED_CONCEPTS, plans).find((c) => c.concept.id === "teacher-postgraduate-junior")!;
  expect(junior.entries.map((e) => e.plan.region.name).sort()).toEqual(["余姚市", "北仑区", "宁波市", "慈溪市", "越城区"].sort());
});

describe("validation catches a broken map", () => {
  const base = BUNDLED_CONCEPTS.concepts.find((c) => c.id === "vocational-progression")!;
  const broken = (change: Partial<(typeof base)["entries"][number]>, at = 0): ConceptMap => ({
    concepts: [{ ...base, entries: base.entries.map((e, n) => (n === at ? { ...e, ...change } : e)) }],
  });

  test("an unknown indicator id", () => {
    expect(validateConceptMap(broken({ indicator: "beilun-999" }), plans).join("\n")).toMatch(/beilun-999: 找不到该指标 \(no such indicator\)/);
  });
  test("a ref that is not the indicator's", () => {
    expect(validateConceptMap(broken({ ref: "表9 9．" }), plans).join("\n")).toMatch(/不是该指标的出处/);
  });
  test("fewer than two plans", () => {
    const single: ConceptMap = { concepts: [{ ...base, entries: base.entries.slice(0, 1) }] };
    expect(validateConceptMap(single, plans)).toEqual(["vocational-progression: 少于两个规划 (fewer than two plans)"]);
  });
  test("the same plan twice", () => {
    expect(validateConceptMap(broken({ indicator: "beilun-12", ref: "四、 （一） 5." }, 1), plans).join("\n")).toMatch(/同一规划出现两次/);
  });
  test("a count in a rate concept", () => {
    expect(validateConceptMap(broken({ indicator: "beilun-01", ref: "四、 （一） 1." }), plans).join("\n")).toMatch(/单位“个”不符合度量 rate/);
  });
});
