// Progress, trajectory, growth rates and pace against hand-computed values.
import { cagr, expected, pace, progress, requiredRate } from "../../src/core/progress";

describe("progress", () => {
  test("share of the way from the baseline (慈溪 普惠性幼儿园 86.4 → 90, 88.2 is halfway)", () => {
    expect(progress("at_least", 86.4, { value: 90 }, 88.2)).toBe(0.5);
    expect(progress("at_least", 86.4, { value: 90 }, 86.4)).toBe(0);
    expect(progress("at_least", 86.4, { value: 90 }, 91.8)).toBe(1.5);
    expect(progress("at_least", 86.4, { value: 90 }, 85.5)).toBe(-0.25);
  });

  test("lower-is-better works because both differences change sign", () => {
    // myopia 60 % → 50 %: 55 % is halfway
    expect(progress("at_most", 0.6, { value: 0.5 }, 0.55)).toBe(0.5);
  });

  test("blank (null) when the plan asks for less than 1 % change: a baseline at or near the target", () => {
    expect(progress("at_least", 90, { value: 90 }, 91)).toBeNull();
    expect(progress("at_least", 90, { value: 90 }, 89)).toBeNull();
    // 99.96 % → 100 %: a dip to 89.5 % would read −26150 %
    expect(progress("at_least", 0.9996, { value: 1 }, 0.895)).toBeNull();
    // a target below the baseline asks for no progress at all
    expect(progress("at_least", 0.976, { value: 0.965 }, 0.97)).toBeNull();
    // 1 % of the target is enough
    expect(progress("at_least", 0.99, { value: 1 }, 0.995)).toBe(0.5);
  });

  test("closer-is-better rules: the share of the distance to the plan closed", () => {
    expect(progress("about", 10, { value: 20 }, 15)).toBe(0.5);
    expect(progress("about", 10, { value: 20 }, 25)).toBe(0.5);
    expect(progress("between", 2, { value: 4, high: 8 }, 6)).toBe(1);
  });

  test("increase_by measures from 0: 2 of 3 new schools is 2/3", () => {
    expect(progress("increase_by", 17, { value: 3 }, 2)).toBeCloseTo(2 / 3, 10);
  });

  test("between aims at the nearest end of the range", () => {
    expect(progress("between", 2, { value: 4, high: 8 }, 3)).toBe(0.5);
    expect(progress("between", 10, { value: 4, high: 8 }, 9)).toBe(0.5);
  });
});

describe("expected", () => {
  test("linear: 86.4 in 2020 to 90 in 2025 expects 88.56 in 2023", () => {
    expect(expected(86.4, 2020, 90, 2025, 2023)).toBe(88.56);
    expect(expected(86.4, 2020, 90, 2025, 2020)).toBe(86.4);
    expect(expected(86.4, 2020, 90, 2025, 2025)).toBe(90);
    expect(expected(86.4, 2020, 90, 2025, 2027)).toBe(90);
  });

  test("cagr: 100 → 121 over two years expects 110 after one", () => {
    expect(expected(100, 2020, 121, 2022, 2021, "cagr")).toBe(110);
    expect(expected(100, 2020, 121, 2022, 2022, "cagr")).toBe(121);
  });

  test("impossible inputs are #NUM!", () => {
    expect(expected(86.4, 2020, 90, 2025, 2019)).toMatchObject({ error: "#NUM!" });
    expect(expected(86.4, 2025, 90, 2020, 2025)).toMatchObject({ error: "#NUM!" });
    expect(expected(0, 2020, 90, 2025, 2023, "cagr")).toMatchObject({ error: "#NUM!" });
    expect(expected(10, 2020, -1, 2025, 2023, "cagr")).toMatchObject({ error: "#NUM!" });
  });
});

describe("rates and pace", () => {
  test("cagr", () => {
    expect(cagr(100, 121, 2)).toBe(0.1);
    expect(cagr(100, 81, 2)).toBe(-0.1);
    expect(requiredRate(110, 121, 1)).toBe(0.1);
    expect(cagr(-1, 121, 2)).toMatchObject({ error: "#NUM!" });
    expect(cagr(0, 121, 2)).toMatchObject({ error: "#NUM!" });
    expect(cagr(100, 121, 0)).toMatchObject({ error: "#NUM!" });
  });

  test("pace: 1.8 points of the 2.16 expected by 2023 is 0.8333…", () => {
    expect(pace(86.4, 2020, 90, 2025, 88.2, 2023)).toBeCloseTo(1.8 / 2.16, 10);
    expect(pace(86.4, 2020, 90, 2025, 88.56, 2023)).toBe(1);
  });

  test("pace: #N/A at the baseline year, #DIV/0! when nothing is expected", () => {
    expect(pace(86.4, 2020, 90, 2025, 88.2, 2020)).toMatchObject({ error: "#N/A" });
    expect(pace(90, 2020, 90, 2025, 88.2, 2023)).toMatchObject({ error: "#DIV/0!" });
    expect(pace(86.4, 2020, 90, 2025, 88.2, 2018)).toMatchObject({ error: "#NUM!" });
  });
});
