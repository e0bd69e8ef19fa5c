// Rules: met? and the signed gap for every rule kind, with floating-point noise tolerated.
import { RULE_KINDS } from "../../src/core/plan";
import { RULE_DIRECTION, RULE_LABELS, gap, isMet } from "../../src/core/rules";

test("higher-is-better: the gap is what is still missing", () => {
  expect(gap("at_least", { value: 0.9 }, 0.864)).toBe(0.036);
  expect(isMet("at_least", { value: 0.9 }, 0.864)).toBe(false);
  expect(gap("at_least", { value: 0.9 }, 0.95)).toBe(-0.05);
  expect(isMet("at_least", { value: 0.9 }, 0.9)).toBe(true);
});

test("90% typed as 0.9 meets 90%, and computed noise does not spoil equality", () => {
  expect(isMet("at_least", { value: 86.4 * 0.01 + 0.036 }, 0.9)).toBe(true);
  expect(gap("at_least", { value: 0.1 + 0.2 }, 0.3)).toBe(0);
  expect(isMet("equal", { value: 0.3 }, 0.1 + 0.2)).toBe(true);
});

test("lower-is-better: at_most and less_than", () => {
  expect(gap("at_most", { value: 0.5 }, 0.55)).toBe(0.05);
  expect(isMet("at_most", { value: 0.5 }, 0.5)).toBe(true);
  expect(isMet("less_than", { value: 5 }, 5)).toBe(false);
  expect(isMet("less_than", { value: 5 }, 4.9)).toBe(true);
  expect(gap("less_than", { value: 5 }, 4)).toBe(-1);
});

test("strict rules are not met on the bound itself", () => {
  expect(gap("greater_than", { value: 100 }, 100)).toBe(0);
  expect(isMet("greater_than", { value: 100 }, 100)).toBe(false);
  expect(isMet("greater_than", { value: 100 }, 101)).toBe(true);
});

test("between: outside the range is short, inside is met", () => {
  expect(gap("between", { value: 4, high: 8 }, 9)).toBe(1);
  expect(gap("between", { value: 4, high: 8 }, 3)).toBe(1);
  expect(gap("between", { value: 4, high: 8 }, 5)).toBe(-1);
  expect(isMet("between", { value: 4, high: 8 }, 8)).toBe(true);
});

test("about accepts 5 % either side; equal accepts only the value", () => {
  expect(isMet("about", { value: 20 }, 19)).toBe(true);
  expect(isMet("about", { value: 20 }, 21)).toBe(true);
  expect(isMet("about", { value: 20 }, 22)).toBe(false);
  expect(gap("about", { value: 20 }, 22)).toBe(1);
  expect(gap("equal", { value: 20 }, 22)).toBe(2);
  expect(isMet("equal", { value: 20 }, 20)).toBe(true);
});

test("increase_by and decrease_by judge the change achieved so far", () => {
  expect(gap("increase_by", { value: 3 }, 2)).toBe(1);
  expect(isMet("increase_by", { value: 3 }, 3)).toBe(true);
  expect(gap("decrease_by", { value: 0.01 }, 0.004)).toBe(0.006);
});

test("non_decreasing compares with last year's value, the target", () => {
  expect(isMet("non_decreasing", { value: 120 }, 120)).toBe(true);
  expect(isMet("non_decreasing", { value: 120 }, 119)).toBe(false);
  expect(gap("ratio_at_least", { value: 1.2 }, 1.1)).toBe(0.1);
});

test("every rule kind has a direction and labels in both languages", () => {
  for (const rule of RULE_KINDS) {
    expect(RULE_DIRECTION[rule]).toMatch(/higher|lower|closer/);
    expect(RULE_LABELS[rule]["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
    expect(RULE_LABELS[rule]["en-US"]).toMatch(/[a-z]/);
  }
});
