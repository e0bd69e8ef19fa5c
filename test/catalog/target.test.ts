// EDU.TARGET's look-up: figures as a sheet stores them, fields, and #N/A / #VALUE! with candidates.
import { lookupTarget } from "../../src/catalog";
import { functions } from "../../src/functions";

test("the target of an indicator by region and name, percentages as fractions", () => {
  expect(lookupTarget("慈溪市", "普惠性幼儿园比例")).toBe(0.9);
  expect(lookupTarget("cixi-2021-2025", "cixi-01", "baseline")).toBe(0.864);
  expect(lookupTarget("慈溪市", "cixi-01", "baseline_year")).toBe(2020);
  expect(lookupTarget("慈溪市", "cixi-01", "目标年")).toBe(2025);
  expect(lookupTarget("慈溪市", "省现代化学校达标数")).toBe(35);
  expect(lookupTarget("慈溪市", "cixi-15", "unit")).toBe("所");
  expect(lookupTarget("余姚市", "yuyao-20", "high")).toBe(2);
  expect(lookupTarget("慈溪市", "cixi-29", "printed")).toBe("≥1.2:1");
  expect(lookupTarget([["慈溪市"]], [["cixi-01"]], [["rule"]])).toBe("at_least");
});

test("ambiguous or missing names answer #N/A naming the candidates", () => {
  const several = lookupTarget("慈溪市", "适龄持证残疾儿童少年入学率");
  expect(several).toMatchObject({ error: "#N/A" });
  expect((several as { message: string }).message).toContain("cixi-06");
  expect((several as { message: string }).message).toContain("cixi-08");
  expect(lookupTarget("杭州市", "cixi-01")).toMatchObject({ error: "#N/A", message: expect.stringContaining("cixi-2021-2025") });
  expect(lookupTarget("慈溪市", "火星探测")).toMatchObject({ error: "#N/A" });
  expect(lookupTarget("", "cixi-01")).toMatchObject({ error: "#N/A" });
  expect(lookupTarget("慈溪市", null)).toMatchObject({ error: "#N/A" });
  expect(lookupTarget("慈溪市", "cixi-02", "baseline")).toMatchObject({ error: "#N/A" });
});

test("a name nothing matches answers #N/A with the five closest names, by bigram similarity", () => {
  // 幼儿园的数量统计 shares 幼儿 and 儿园 with each: 特色幼儿园 and 品牌幼儿园 2·2/(7+4) ≈ 0.36, 幼儿园特色项目 4/13,
  // 普惠性幼儿园比例 4/14, 优质幼儿园招生覆盖率 4/16; all below the fuzzy threshold 0.5.
  const miss = lookupTarget("慈溪市", "幼儿园的数量统计") as { error: string; message: string };
  expect(miss.error).toBe("#N/A");
  const closest = "cixi-32 特色幼儿园；cixi-33 品牌幼儿园；cixi-31 幼儿园特色项目；cixi-01 普惠性幼儿园比例；cixi-09 优质幼儿园招生覆盖率";
  expect(miss.message).toBe(
    `规划“cixi-2021-2025”中找不到指标“幼儿园的数量统计”；最接近：${closest} (no indicator "幼儿园的数量统计" in plan "cixi-2021-2025"; closest: ${closest})`
  );
  expect((lookupTarget("慈溪市", "火星探测") as { message: string }).message).not.toContain("最接近");
});

test("an unknown field is #VALUE! listing the fields", () => {
  expect(lookupTarget("慈溪市", "cixi-01", "colour")).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("baseline_year") });
});

test("EDU.TARGET is in the function table", () => {
  expect(functions.TARGET("慈溪市", "普惠性幼儿园比例")).toBe(0.9);
});
