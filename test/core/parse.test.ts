// Parsing cell values as clerks type them: numbers, percentages, full-width, units, rules, blanks.
import { isCellError } from "../../src/core/errors";
import { asCellError, normalizeText, parseNumber, parseRule, parseTarget } from "../../src/core/parse";

describe("parseNumber", () => {
  test.each([
    [86.4, 86.4],
    ["86.4", 86.4],
    ["86.4%", 0.864],
    ["８６．４％", 0.864],
    ["－３", -3],
    ["6所", 6],
    ["1.2万", 12000],
    ["3.5亿元", 350000000],
    ["1.2:1", 1.2],
    ["1.2：1", 1.2],
    ["5‰", 0.005],
    ["1,234.5", 1234.5],
    [" 42 ", 42],
    ["3个百分点", 0.03],
    [[[7]], 7],
  ])("%p → %p", (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  test.each([null, undefined, "", "   ", "\u3000", Symbol("EmptyValue")])("%p is no data (null), never 0", (input) => {
    expect(parseNumber(input)).toBeNull();
  });

  test.each(["abc", "90%以上", "约20", "1.2.3", "5:0"])("%p is a #VALUE! with a message naming the argument", (input) => {
    const result = parseNumber(input, "actual");
    expect(isCellError(result) && result.error).toBe("#VALUE!");
    expect(isCellError(result) && result.message).toContain("实际值");
    expect(isCellError(result) && result.message).toContain("actual");
  });

  test("booleans, multi-cell ranges and non-finite numbers are errors, not numbers", () => {
    expect(parseNumber(true)).toMatchObject({ error: "#VALUE!" });
    expect(parseNumber([[1, 2]])).toMatchObject({ error: "#VALUE!" });
    expect(parseNumber(NaN)).toMatchObject({ error: "#NUM!" });
    expect(parseNumber(Infinity)).toMatchObject({ error: "#NUM!" });
  });

  test("an error arriving as an argument passes through unchanged", () => {
    expect(parseNumber({ error: "#DIV/0!", message: "x" })).toEqual({ error: "#DIV/0!", message: "x" });
    expect(parseNumber({ code: "#N/A", message: "from Excel" })).toEqual({ error: "#N/A", message: "from Excel" });
    expect(parseNumber({ type: "REF", message: "" })).toEqual({ error: "#REF!", message: "" });
  });
});

describe("parseTarget", () => {
  test.each([
    ["≥90%", { rule: "at_least", value: 0.9 }],
    [">=90%", { rule: "at_least", value: 0.9 }],
    ["90%以上", { rule: "at_least", value: 0.9 }],
    ["不低于95%", { rule: "at_least", value: 0.95 }],
    ["控制在50%以内", { rule: "at_most", value: 0.5 }],
    ["≤ 45%", { rule: "at_most", value: 0.45 }],
    ["<5", { rule: "less_than", value: 5 }],
    [">100", { rule: "greater_than", value: 100 }],
    ["4-8所", { rule: "between", value: 4, high: 8 }],
    ["90%～95%", { rule: "between", value: 0.9, high: 0.95 }],
    ["20个左右", { rule: "about", value: 20 }],
    ["≥1.2:1", { rule: "ratio_at_least", value: 1.2 }],
    ["新增3所", { rule: "increase_by", value: 3 }],
    ["下降1个百分点", { rule: "decrease_by", value: 0.01 }],
    ["逐年只增不减", { rule: "non_decreasing", value: null }],
    ["全覆盖", { rule: "at_least", value: 1 }],
    ["９５％", { value: 0.95 }],
    [0.9, { value: 0.9 }],
  ])("%p → %p", (input, expected) => {
    expect(parseTarget(input)).toEqual(expected);
  });

  test("blank is no target; nonsense is #VALUE!", () => {
    expect(parseTarget("")).toBeNull();
    expect(parseTarget(null)).toBeNull();
    expect(parseTarget("达标")).toMatchObject({ error: "#VALUE!" });
  });
});

describe("parseRule", () => {
  test.each([
    ["at_least", "at_least"],
    ["AT_MOST", "at_most"],
    ["≥", "at_least"],
    ["<=", "at_most"],
    ["＞", "greater_than"],
    ["不低于", "at_least"],
    ["新增", "increase_by"],
    ["逐年只增不减", "non_decreasing"],
  ])("%p → %p", (input, expected) => {
    expect(parseRule(input)).toBe(expected);
  });

  test("blank (or Excel's 0 for an empty cell) means no rule given; unknown words are #VALUE!", () => {
    expect(parseRule(null)).toBeNull();
    expect(parseRule("")).toBeNull();
    expect(parseRule(0)).toBeNull();
    expect(parseRule("more")).toMatchObject({ error: "#VALUE!" });
  });
});

test("normalizeText turns full-width characters and thousands separators plain", () => {
  expect(normalizeText("ＡＢ１２，３４５．６％")).toBe("AB12345.6%");
  expect(normalizeText("１\u3000２")).toBe("12");
});

test("asCellError recognises nothing that is not an error", () => {
  expect(asCellError({ code: "hello" })).toBeNull();
  expect(asCellError([1])).toBeNull();
  expect(asCellError("#N/A")).toBeNull();
});
