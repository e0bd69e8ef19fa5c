// Tests of the extractor's score: a match is the same target after unit conversion, year and rule, and a similar name.
import { dice } from "../../../src/core/extract/extract";
import { baseValue, matches, score } from "../../../src/core/extract/score";
import { Indicator } from "../../../src/core/plan";

function indicator(
  name: string,
  value: number | null,
  unit = "%",
  rule: Indicator["rule"] = "at_least",
  year = 2025
): Indicator {
  return {
    id: "x-01",
    category: "c",
    stage: "综合",
    name,
    group: null,
    unit,
    rule,
    baseline: null,
    target: { year, value, printed: value === null ? null : `${value}${unit}` },
    refs: ["一、"],
    responsible: null,
    note: null,
  };
}

test("character-bigram Dice", () => {
  expect(dice("小学学位", "新增小学学位")).toBeCloseTo(0.75);
  expect(dice("普惠性幼儿园覆盖率", "普惠性幼儿园覆盖率")).toBe(1);
  expect(dice("近视率", "教师工资")).toBe(0);
});

test("units convert before values compare: 15 亿元 is 150000 万元", () => {
  expect(baseValue(15, "亿元")).toBe(1.5e9);
  expect(matches(indicator("高校科研经费", 15, "亿元"), indicator("高校科研经费", 150000, "万元"))).toBe(true);
  expect(matches(indicator("在校研究生规模", 2, "万人"), indicator("在校研究生规模", 20000, "人"))).toBe(true);
});

test("a different rule, year, value or a dissimilar name is no match", () => {
  const truth = indicator("普惠性幼儿园覆盖率", 90);
  expect(matches(indicator("普惠性幼儿园覆盖率", 90, "%", "about"), truth)).toBe(false);
  expect(matches(indicator("普惠性幼儿园覆盖率", 90, "%", "at_least", 2024), truth)).toBe(false);
  expect(matches(indicator("普惠性幼儿园覆盖率", 91), truth)).toBe(false);
  expect(matches(indicator("教师持证上岗率", 90), truth)).toBe(false);
  expect(matches(indicator("普惠幼儿园覆盖", 90), truth)).toBe(true);
});

test("matching is one to one: one proposal cannot satisfy two indicators", () => {
  const truth = [indicator("校际差异系数", 0.25, "", "at_most"), indicator("校际差异系数", 0.25, "", "at_most")];
  const s = score([indicator("校际差异系数", 0.25, "", "at_most")], truth);
  expect(s).toMatchObject({ truth: 2, proposed: 1, matched: 1, recall: 0.5, precision: 1 });
  expect(s.missed).toHaveLength(1);
});

test("recall and precision with misses and extras", () => {
  const truth = [
    indicator("甲比例", 10),
    indicator("乙比例", 20),
    indicator("丙比例", 30),
    indicator("丁比例", null, "", "non_decreasing"),
  ];
  const proposals = [
    indicator("甲比例", 10),
    indicator("乙比例", 20),
    indicator("无关", 99),
    indicator("丁比例", null, "", "non_decreasing"),
  ];
  const s = score(proposals, truth);
  expect(s.recall).toBe(0.75);
  expect(s.precision).toBe(0.75);
  expect(s.missed.map((i) => i.name)).toEqual(["丙比例"]);
  expect(s.extra.map((i) => i.name)).toEqual(["无关"]);
});
