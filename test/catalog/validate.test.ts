// The add-in's own plan validator agrees with the JSON Schema (checked by ajv) and explains itself
// in both languages, naming the file, the indicator and the field.
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import { validatePlan } from "../../src/catalog";
import { Catalog, PlanValidationError } from "../../src/catalog/catalog";
import { friendlyError } from "../../src/excel/errors";
import { samplePlan } from "../fixtures/plan";

const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seeds/schema.json"), "utf8"));
const ajv = new Ajv({ allErrors: true });
const schemaValid = ajv.compile(schema);
const seedsDir = path.resolve(__dirname, "../../seeds");
const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith(".json") && f !== "schema.json");

test.each(seeds)("%s passes the schema and the validator", (file) => {
  const plan = JSON.parse(fs.readFileSync(path.join(seedsDir, file), "utf8"));
  expect(schemaValid(plan)).toBe(true);
  expect(validatePlan(plan, file).errors).toEqual([]);
});

const first = samplePlan.indicators[0];
const broken: [string, unknown, RegExp][] = [
  ["a rule that does not exist", { ...samplePlan, indicators: [{ ...first, rule: "more" }] }, /sample-01 \/ rule：必须是以下规则代码之一：.*at_least（不低于）.*\(must be one of these rule codes: .*at_least \(at least\)/],
  ["a text target value", { ...samplePlan, indicators: [{ ...first, target: { ...first.target, value: "90" } }] }, /sample-01 \/ target.value: 必须是数字或 null \(must be a number or null\)/],
  ["a between rule without high", { ...samplePlan, indicators: [{ ...first, rule: "between" }] }, /target.high: “介于”规则需要 high/],
  ["a missing name", { ...samplePlan, indicators: [{ ...first, name: undefined }] }, /sample-01 \/ name: 缺少必填字段 \(is required\)/],
  ["an unknown field", { ...samplePlan, colour: "red" }, /plan \/ colour: 不认识的字段 \(is not a known field\)/],
  ["a half year", { ...samplePlan, period: { start: 2021.5, end: 2025 } }, /period.start: 必须是整数年份/],
  ["a non-decreasing rule with a value", { ...samplePlan, indicators: [{ ...first, rule: "non_decreasing" }] }, /nonDecreasing|逐年只增不减/],
  ["an unknown stage", { ...samplePlan, indicators: [{ ...first, stage: "大学" }] }, /stage: 必须是以下之一/],
  ["a 文号 that is not text", { ...samplePlan, document: 6 }, /plan \/ document: /],
];

test("a plan may carry its 文号", () => {
  const plan = { ...samplePlan, document: "仑政办〔2023〕6号" };
  expect(schemaValid(plan)).toBe(true);
  expect(validatePlan(JSON.parse(JSON.stringify(plan)), "own.json").errors).toEqual([]);
});

test.each(broken)("%s: refused by both, with a bilingual message naming file, indicator and field", (_what, plan, message) => {
  expect(schemaValid(plan)).toBe(false);
  const { errors } = validatePlan(JSON.parse(JSON.stringify(plan)), "broken.json");
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.join("\n")).toMatch(message);
  expect(errors[0]).toMatch(/^broken\.json \/ /);
});

test("semantic checks the schema cannot see: duplicate ids, wrong prefix, years, ranges, direction", () => {
  const plan = {
    ...samplePlan,
    indicators: [
      first,
      { ...first },
      { ...first, id: "other-02" },
      { ...first, id: "sample-03", baseline: { year: 2026, value: 80 } },
      { ...first, id: "sample-04", rule: "between", target: { ...first.target, value: 8, high: 4 } },
      { ...first, id: "sample-05", rule: "increase_by", unit: "所", target: { ...first.target, value: -3 } },
      { ...first, id: "sample-06", baseline: { year: 2020, value: 95 } },
    ],
  };
  const { errors, warnings } = validatePlan(plan, "x.json");
  const text = errors.join("\n");
  expect(text).toContain("编号重复：sample-01");
  expect(text).toContain("编号应以“sample-”开头");
  expect(text).toContain("sample-03 / baseline.year: 基准年晚于目标年");
  expect(text).toContain("sample-04 / target.high: 上限低于下限");
  expect(text).toContain("sample-05 / target.value: 新增/减少量应为正数");
  expect(warnings.join("\n")).toContain("sample-06 / target.value: 目标不比基准更好");
});

describe("the pane shows a refused plan wholly in one language", () => {
  const refuse = (plan: unknown): PlanValidationError => {
    try {
      new Catalog({}).addPlan(plan, "own.json");
    } catch (error) {
      return error as PlanValidationError;
    }
    throw new Error("the plan was accepted");
  };
  const bad = {
    ...samplePlan,
    colour: "red",
    indicators: [{ ...first, rule: "more", target: { ...first.target, value: "90" } }],
  };

  test("Chinese: rule names beside the codes, no English words", () => {
    const text = friendlyError(refuse(bad), "zh-CN");
    expect(text).toContain("own.json / sample-01 / rule：必须是以下规则代码之一：at_least（不低于）");
    expect(text).toContain("逐年只增不减");
    expect(text).toContain("own.json / 规划 / colour：不认识的字段");
    // Codes, ids and field names are what the file says; no English sentence is left.
    expect(text).not.toMatch(/must|needs|is required|known field/);
  });

  test("English: no Chinese at all and no full-width brackets", () => {
    const text = friendlyError(refuse(bad), "en-US");
    expect(text).toContain("own.json / sample-01 / rule: must be one of these rule codes: at_least (at least)");
    expect(text).toContain("own.json / plan / colour: is not a known field");
    expect(text).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });

  test("an id another plan uses is said in one language too", () => {
    const catalog = new Catalog({});
    catalog.addPlan(samplePlan, "a.json");
    let caught: unknown;
    try {
      catalog.addPlan({ ...samplePlan, id: "sample-2026-2030" }, "b.json");
    } catch (error) {
      caught = error;
    }
    expect(friendlyError(caught, "zh-CN")).toBe("b.json / sample-01 / id：编号与其他规划重复");
    expect(friendlyError(caught, "en-US")).toBe("b.json / sample-01 / id: the id is already used by another plan");
  });
});
