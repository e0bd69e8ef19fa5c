// The plan vocabulary: every rule kind and stage is listed once.
import { RULE_KINDS, STAGES } from "../../src/core/plan";

test("rule kinds and stages are unique", () => {
  expect(new Set(RULE_KINDS).size).toBe(RULE_KINDS.length);
  expect(RULE_KINDS).toContain("non_decreasing");
  expect(new Set(STAGES).size).toBe(10);
});
