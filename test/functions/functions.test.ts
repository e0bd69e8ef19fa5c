// The EDU function table as Excel calls it: scalars, 1×1 arrays, ranges, blanks, text numbers, errors.
import fc from "fast-check";
import { isCellError } from "../../src/core/errors";
import { functions } from "../../src/functions";

const { GAP, MET, PROGRESS, EXPECTED, PACE, STATUS, CAGR, BALANCE, SCHOOLMEETS, NONDECREASING } = functions;
const column = (values: unknown[]) => values.map((v) => [v]);

describe("GAP and MET", () => {
  test("the README example: GAP(\"≥90%\", \"86.4%\") = 0.036", () => {
    expect(GAP("≥90%", "86.4%")).toBe(0.036);
    expect(MET("≥90%", "86.4%")).toBe(false);
  });

  test("full-width input and 1×1 arrays", () => {
    expect(GAP("≥９０％", [["８６．４％"]])).toBe(0.036);
    expect(GAP([[0.9]], [[0.95]])).toBe(-0.05);
  });

  test("the rule argument wins over the target's words; default is at least", () => {
    expect(GAP(50, 55)).toBe(-5);
    expect(GAP(50, 55, "≤")).toBe(5);
    expect(GAP("控制在50%以内", "55%")).toBe(0.05);
    expect(GAP("控制在50%以内", "55%", "at_least")).toBe(-0.05);
    expect(MET("4-8所", "6所")).toBe(true);
    expect(MET("新增3所", 3)).toBe(true);
  });

  test("blank target or actual is #N/A with a message; text is #VALUE!", () => {
    expect(GAP("", 1)).toMatchObject({ error: "#N/A", message: expect.stringContaining("目标值") });
    expect(GAP(0.9, null)).toMatchObject({ error: "#N/A", message: expect.stringContaining("actual") });
    expect(GAP(0.9, "很多")).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("很多") });
    expect(GAP(0.9, 0.8, "more")).toMatchObject({ error: "#VALUE!" });
    expect(GAP("逐年只增不减", 0.8)).toMatchObject({ error: "#N/A" });
  });

  test("an error cell passes through", () => {
    expect(GAP({ error: "#DIV/0!", message: "" }, 1)).toMatchObject({ error: "#DIV/0!" });
  });
});

describe("PROGRESS, EXPECTED, PACE, CAGR", () => {
  test("hand-computed values", () => {
    expect(PROGRESS(86.4, 90, 88.2)).toBe(0.5);
    expect(PROGRESS("86.4%", "90%", "88.2%")).toBe(0.5);
    expect(PROGRESS(0.6, "≤50%", 0.55)).toBe(0.5);
    expect(EXPECTED(86.4, 2020, 90, 2025, 2023)).toBe(88.56);
    expect(EXPECTED(100, 2020, 121, 2022, 2021, "cagr")).toBe(110);
    expect(PACE(86.4, 2020, 90, 2025, 88.2, 2023)).toBeCloseTo(0.833333, 6);
    expect(CAGR(100, 121, 2)).toBe(0.1);
  });

  test("the errors a native function would give", () => {
    expect(PROGRESS(90, 90, 89)).toBe("");
    expect(PACE(90, 2020, 90, 2025, 89, 2023)).toMatchObject({ error: "#DIV/0!" });
    expect(PROGRESS(null, 90, 89)).toMatchObject({ error: "#N/A" });
    expect(PROGRESS(null, "新增3所", 2)).toBeCloseTo(2 / 3, 10);
    expect(EXPECTED(86.4, 2020, 90, 2025, 2019)).toMatchObject({ error: "#NUM!" });
    expect(EXPECTED(86.4, 2020, 90, 2025, 2023, "quadratic")).toMatchObject({ error: "#VALUE!" });
    expect(EXPECTED(86.4, 2020.5, 90, 2025, 2023)).toMatchObject({ error: "#VALUE!" });
    expect(PACE(86.4, 2020, 90, 2025, 88.2, 2020)).toMatchObject({ error: "#N/A", message: expect.stringContaining("基准年") });
    expect(CAGR(-100, 121, 2)).toMatchObject({ error: "#NUM!" });
    expect(CAGR("abc", 121, 2)).toMatchObject({ error: "#VALUE!" });
  });
});

describe("STATUS", () => {
  test("each status in Chinese, and English on request", () => {
    expect(STATUS(86.4, 2020, 90, 2025, 88.2, 2023)).toBe("进度滞后");
    expect(STATUS(86.4, 2020, 90, 2025, 88.6, 2023)).toBe("按期推进");
    expect(STATUS(86.4, 2020, 90, 2025, 90, 2023)).toBe("达标");
    expect(STATUS(86.4, 2020, 90, 2025, 85, 2023)).toBe("退步");
    expect(STATUS(86.4, 2020, 90, 2025, 89, 2025)).toBe("未达标");
    expect(STATUS(86.4, 2020, 90, 2025, "", 2023)).toBe("无数据");
    expect(STATUS(86.4, 2020, 90, 2025, 88.2, 2023, "", "en-US")).toBe("Behind");
  });

  test("blank baseline: not met is 未达标 (nothing to measure pace from)", () => {
    expect(STATUS("", "", "≥90%", 2025, "85%", 2023)).toBe("未达标");
    expect(STATUS(null, null, "≥90%", 2025, "91%", 2023)).toBe("达标");
  });

  test("non_decreasing compares with last year's value in the target argument", () => {
    expect(STATUS("", "", 120, "", 119, 2024, "non_decreasing")).toBe("退步");
    expect(STATUS("", "", "", "", 119, 2024, "逐年只增不减")).toBe("达标");
  });

  test("bad language or rule is #VALUE!", () => {
    expect(STATUS(86.4, 2020, 90, 2025, 88.2, 2023, "", "fr")).toMatchObject({ error: "#VALUE!" });
    expect(STATUS(86.4, 2020, 90, 2025, 88.2, 2023, "sometimes")).toMatchObject({ error: "#VALUE!" });
  });
});

describe("BALANCE, SCHOOLMEETS, NONDECREASING over ranges", () => {
  const enrolment = [45, 37, 89, 76, 55];
  const books = [279, 137, 935, 160, 402];
  const perStudent = books.map((b, i) => b / enrolment[i]);

  test("the test vector, weighted 0.515 and unweighted 0.489", () => {
    expect(BALANCE(column(perStudent), column(enrolment)) as number).toBeCloseTo(0.5153, 4);
    expect(BALANCE(column(perStudent)) as number).toBeCloseTo(0.4888, 4);
  });

  test("blank schools are left out, sizes must match, text numbers count", () => {
    const withBlank = BALANCE(column([...perStudent, null]), column([...enrolment, 30]));
    expect(withBlank).toBe(BALANCE(column(perStudent), column(enrolment)));
    expect(BALANCE(column(perStudent), column(enrolment.slice(1)))).toMatchObject({ error: "#VALUE!" });
    expect(BALANCE([["1"], ["3"]], [["1"], ["３"]])).toBeCloseTo(Math.sqrt(0.75) / 2.5, 10);
    expect(BALANCE(column(["x", 1]))).toMatchObject({ error: "#VALUE!" });
    expect(BALANCE(column([null, ""]))).toMatchObject({ error: "#N/A" });
    expect(BALANCE(column([1, 2]), column([1, -1]))).toMatchObject({ error: "#NUM!" });
  });

  test("SCHOOLMEETS with defaults and explicit arguments", () => {
    const standards = [[4.2, 5.3, 0.9, 1, 7.5, 2000, 4.5]];
    expect(SCHOOLMEETS([[4.2, 5.3, 0.9, 1, 7.5, 2000, 4.0]], standards)).toBe(true);
    expect(SCHOOLMEETS([[4.2, 5.3, 0.9, 1, 7.5, 2000, 3.8]], standards)).toBe(false);
    expect(SCHOOLMEETS([[4.2, 5.3, 0.9, 1, 7.5, 2000, 3.8]], standards, 6, 0.8)).toBe(true);
    expect(SCHOOLMEETS([[1, 2]], [[1]])).toMatchObject({ error: "#VALUE!" });
  });

  test("NONDECREASING skips blanks", () => {
    expect(NONDECREASING([[1, null, 2, "", 3]])).toBe(true);
    expect(NONDECREASING([[1, null, 0.5]])).toBe(false);
    expect(NONDECREASING([["", null]])).toMatchObject({ error: "#N/A" });
    expect(NONDECREASING([[5, 6]], 5.5)).toBe(false);
    expect(NONDECREASING([[5, 6]], "")).toBe(true);
  });
});

describe("never an exception, NaN or Infinity", () => {
  const anything = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.double(),
    fc.string(),
    fc.boolean(),
    fc.array(fc.array(fc.oneof(fc.double(), fc.constant(null), fc.string()), { maxLength: 3 }), { maxLength: 3 })
  );
  test.each(Object.keys(functions))("%s", (name) => {
    fc.assert(
      fc.property(fc.array(anything, { maxLength: 8 }), (args) => {
        const result = functions[name](...args);
        if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
        else expect(["string", "boolean"].includes(typeof result) || isCellError(result)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });
});

describe("invariants (property tests)", () => {
  const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const year = fc.integer({ min: 2000, max: 2040 });
  const rules = ["at_least", "at_most", "equal", "about", "increase_by", "decrease_by", "non_decreasing", "ratio_at_least"];

  test("MET ⇔ GAP ≤ 0, and GAP < 0 for the strict rules", () => {
    fc.assert(
      fc.property(value, value, fc.constantFrom(...rules), (target, actual, rule) => {
        expect(MET(target, actual, rule)).toBe((GAP(target, actual, rule) as number) <= 0);
      })
    );
    fc.assert(
      fc.property(value, value, fc.constantFrom("greater_than", "less_than"), (target, actual, rule) => {
        expect(MET(target, actual, rule)).toBe((GAP(target, actual, rule) as number) < 0);
      })
    );
  });

  test("PROGRESS is 0 at the baseline and 1 at the target, blank when the plan asks for too little", () => {
    fc.assert(
      fc.property(value, value, fc.constantFrom("at_least", "at_most"), (baseline, target, rule) => {
        const asked = rule === "at_least" ? target - baseline : baseline - target;
        if (asked < 0.0100001 * Math.max(Math.abs(target), Math.abs(baseline)) || asked < 1e-6) {
          if (asked < 0.0099999 * Math.max(Math.abs(target), Math.abs(baseline))) expect(PROGRESS(baseline, target, baseline, rule)).toBe("");
          return;
        }
        expect(PROGRESS(baseline, target, baseline, rule)).toBe(0);
        expect(PROGRESS(baseline, target, target, rule)).toBe(1);
      })
    );
  });

  test("EXPECTED is the baseline in the baseline year and the target in the target year, both methods", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        year,
        fc.integer({ min: 1, max: 15 }),
        fc.constantFrom("linear", "cagr"),
        (baseline, target, from, span, how) => {
          expect(EXPECTED(baseline, from, target, from + span, from, how)).toBeCloseTo(baseline, 6);
          expect(EXPECTED(baseline, from, target, from + span, from + span, how) as number).toBeCloseTo(target, 6);
        }
      )
    );
  });

  test("BALANCE is 0 for equal values and unchanged when every value is scaled", () => {
    const positives = fc.array(fc.double({ min: 0.01, max: 1e4, noNaN: true }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e4, noNaN: true }), fc.integer({ min: 1, max: 30 }), (x, n) => {
        expect(BALANCE(column(Array(n).fill(x)))).toBe(0);
      })
    );
    fc.assert(
      fc.property(positives, fc.double({ min: 0.01, max: 1000, noNaN: true }), (xs, k) => {
        const weights = xs.map((_, i) => (i % 3) + 1);
        const plain = BALANCE(column(xs), column(weights)) as number;
        const scaled = BALANCE(column(xs.map((x) => x * k)), column(weights)) as number;
        expect(scaled).toBeCloseTo(plain, 8);
      })
    );
  });
});
