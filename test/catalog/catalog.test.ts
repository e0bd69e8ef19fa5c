// The bundled catalog: every plan valid, regions in their hierarchy, look-ups exact/contained/fuzzy.
import { Catalog, catalog, findIndicator, similarity } from "../../src/catalog";
import { samplePlan } from "../fixtures/plan";

test("the five bundled plans load, valid, with about 300 indicators", () => {
  const plans = catalog().listPlans();
  expect(plans.map((p) => p.id).sort()).toEqual(["beilun-2023-2025", "cixi-2021-2025", "ningbo-2024", "yuecheng-2021-2025", "yuyao-2023-2027"]);
  const total = plans.reduce((n, p) => n + p.indicators.length, 0);
  expect(total).toBeGreaterThan(250);
  expect(total).toBeLessThan(360);
});

test("regions: 宁波市 → its own plan, 北仑区, 慈溪市, 余姚市; 绍兴市 → 越城区", () => {
  const regions = catalog().listRegions();
  expect(regions).toEqual([
    { name: "宁波市", regions: ["宁波市", "北仑区", "慈溪市", "余姚市"] },
    { name: "绍兴市", regions: ["越城区"] },
  ]);
  expect(catalog().plansForRegion("慈溪市").map((p) => p.id)).toEqual(["cixi-2021-2025"]);
});

test("plans by id, title or region", () => {
  const c = catalog();
  expect(c.getPlan("cixi-2021-2025")[0].region.name).toBe("慈溪市");
  expect(c.getPlan("慈溪市")[0].id).toBe("cixi-2021-2025");
  expect(c.getPlan("越城区教育事业发展“十四五”规划")[0].id).toBe("yuecheng-2021-2025");
  expect(c.getPlan("杭州市")).toEqual([]);
});

test("indicators: by id, exact name, contained, then fuzzy; ties return all", () => {
  const cixi = catalog().getPlan("慈溪市")[0];
  expect(findIndicator(cixi, "cixi-01")).toMatchObject({ how: "id", indicators: [{ name: "普惠性幼儿园比例" }] });
  expect(findIndicator(cixi, "普惠性幼儿园比例")).toMatchObject({ how: "exact", indicators: [{ id: "cixi-01" }] });
  expect(findIndicator(cixi, "双师型")).toMatchObject({ how: "contains", indicators: [{ id: "cixi-19" }] });
  const fuzzy = findIndicator(cixi, "初中生体质达标率");
  expect(fuzzy.how).toBe("fuzzy");
  expect(fuzzy.indicators.map((i) => i.id)).toEqual(["cixi-11"]);
  const groups = findIndicator(cixi, "适龄持证残疾儿童少年入学率");
  expect(groups.indicators).toHaveLength(3);
  expect(findIndicator(cixi, "适龄持证残疾儿童少年入学率义务段").indicators.map((i) => i.group)).toEqual(["义务段"]);
  expect(findIndicator(cixi, "火星探测").indicators).toEqual([]);
});

test("similarity is 1 for equal names, 0 for unrelated ones", () => {
  expect(similarity("普惠性幼儿园比例", "普惠性幼儿园比例")).toBe(1);
  expect(similarity("普惠性幼儿园比例", "火星探测")).toBe(0);
});

test("a user's plan is accepted after validation; a broken one is refused with bilingual messages", () => {
  const c = new Catalog({});
  c.addPlan(samplePlan, "sample.json");
  expect(c.listPlans()).toHaveLength(1);
  const broken = { ...samplePlan, indicators: [{ ...samplePlan.indicators[0], rule: "more" }] };
  expect(() => c.addPlan(broken, "broken.json")).toThrow(/broken\.json \/ sample-01 \/ rule：必须是以下规则代码之一：.*\(must be one of these rule codes/);
});
