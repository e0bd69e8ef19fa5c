// Region groups for the picker, plans per region, indicators per category.
import { countByCategory, groupRegions, plansForRegion } from "../../src/catalog/regions";
import { formatFigure, formatGap } from "../../src/taskpane/format";
import { samplePlan } from "../fixtures/plan";
import { Plan } from "../../src/core/plan";

const plan = (id: string, name: string, parent: string | null): Plan => ({ ...samplePlan, id, region: { name, level: "district", parent } });

test("districts group under their city, the city's own plan first", () => {
  const plans = [
    plan("beilun", "北仑区", "宁波市"),
    plan("ningbo", "宁波市", null),
    plan("cixi", "慈溪市", "宁波市"),
    plan("yuecheng", "越城区", "绍兴市"),
  ];
  const groups = groupRegions(plans);
  expect(groups.map((g) => g.name).sort()).toEqual(["宁波市", "绍兴市"]);
  const ningbo = groups.find((g) => g.name === "宁波市")!;
  expect(ningbo.regions[0]).toBe("宁波市");
  expect(ningbo.regions.slice(1).sort()).toEqual(["北仑区", "慈溪市"]);
  expect(groups.find((g) => g.name === "绍兴市")!.regions).toEqual(["越城区"]);
  expect(plansForRegion(plans, "慈溪市").map((p) => p.id)).toEqual(["cixi"]);
});

test("indicators are counted per category in plan order", () => {
  expect(countByCategory(samplePlan)).toEqual([
    { category: "教育公平", count: 3 },
    { category: "教育质量", count: 2 },
    { category: "教育保障", count: 2 },
  ]);
});

test("figures of % indicators show as percentages, gaps as percentage points", () => {
  expect(formatFigure(0.864, "%")).toBe("86.4%");
  expect(formatFigure(6, "所")).toBe("6 所");
  expect(formatFigure("八十", "%")).toBe("八十");
  expect(formatGap(0.036, "%")).toBe("3.6 个百分点");
  expect(formatGap(0.036, "%", "en-US")).toBe("3.6 pp");
  expect(formatGap(null, "%")).toBe("");
});
