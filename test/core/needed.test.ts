// What the remaining years require: EDU.NEEDED against hand-computed cases (both methods, lower is
// better, ranges, already met, no year left), the native formula against the core in HyperFormula,
// and the actual-versus-required ratio with its bands.
import { isCellError } from "../../src/core/errors";
import { RuleKind } from "../../src/core/plan";
import { actualVersusRequired, neededChange, paceBand } from "../../src/core/needed";
import { neededFormula } from "../../src/core/needed-formula";
import { functions } from "../../src/functions";
import { createFormulaEngine } from "../../src/preview/formula-engine";
import { random } from "../support/fills";

const NEEDED = functions.NEEDED;

describe("EDU.NEEDED", () => {
  test("linear: the change per year on the straight path from the latest value", () => {
    // (90 % − 86.4 %) over 2 years
    expect(NEEDED(0.864, 2023, 0.9, 2025)).toBeCloseTo(0.018, 12);
    expect(NEEDED("86.4%", 2023, "≥90%", 2025)).toBeCloseTo(0.018, 12);
    expect(NEEDED(12, 2022, 20, 2026, "linear")).toBe(2);
  });
  test("cagr: the compound rate", () => {
    expect(NEEDED(100, 2023, 121, 2025, "cagr")).toBeCloseTo(0.1, 12);
    expect(NEEDED(100, 2023, 121, 2025, "复合")).toBeCloseTo(0.1, 12);
  });
  test("lower is better: a decrease per year (negative)", () => {
    expect(NEEDED(0.3, 2023, "≤25%", 2025)).toBeCloseTo(-0.025, 12);
    // √(0.25 / 0.3) − 1 = −0.087129…
    expect(NEEDED(0.3, 2023, "≤25%", 2025, "cagr")).toBeCloseTo(Math.sqrt(0.25 / 0.3) - 1, 12);
    expect(neededChange("between", { value: 35, high: 38 }, 40, 2023, 2025)).toBe(-1);
    expect(neededChange("between", { value: 35, high: 38 }, 31, 2023, 2025)).toBe(2);
  });
  test("already met: 0, even after the target year", () => {
    expect(NEEDED(0.92, 2023, 0.9, 2025)).toBe(0);
    expect(NEEDED(0.92, 2027, 0.9, 2025)).toBe(0);
    expect(NEEDED(0.2, 2023, "≤25%", 2025, "cagr")).toBe(0);
  });
  test("target year reached or passed without meeting it: #N/A with a message", () => {
    for (const latestYear of [2025, 2026]) {
      const result = NEEDED(0.85, latestYear, 0.9, 2025);
      expect(isCellError(result) && result.error).toBe("#N/A");
      expect(isCellError(result) && result.message).toMatch(/目标年.*\(.*target year/);
    }
  });
  test("bad input: blank is no data, text no number, cagr from zero impossible", () => {
    expect(
      isCellError(NEEDED(null, 2023, 0.9, 2025)) && (NEEDED(null, 2023, 0.9, 2025) as { error: string }).error
    ).toBe("#N/A");
    expect((NEEDED("很多", 2023, 0.9, 2025) as { error: string }).error).toBe("#VALUE!");
    expect((NEEDED(0, 2023, 5, 2025, "cagr") as { error: string }).error).toBe("#NUM!");
    expect((NEEDED(1, 2023, 5, 2025, "spline") as { error: string }).error).toBe("#VALUE!");
  });
});

describe("the native formula equals the core (HyperFormula)", () => {
  const rules: RuleKind[] = ["at_least", "at_most", "between", "greater_than", "less_than"];
  test.each(["linear", "cagr"] as const)("%s, random cases of every direction", (method) => {
    const next = random(method === "linear" ? 7 : 11);
    const rows: (number | string)[][] = [];
    const expected: (number | string)[] = [];
    for (let n = 0; n < 200; n++) {
      const rule = rules[n % rules.length];
      const t = Number((0.3 + next() * 0.6).toFixed(3));
      const h = rule === "between" ? Number((t + 0.1).toFixed(3)) : t;
      const x = Number((0.1 + next() * 0.9).toFixed(3));
      const y = 2021 + Math.floor(next() * 6);
      const ty = 2025;
      const core = neededChange(rule, { value: t, high: h }, x, y, ty, method);
      rows.push([
        x,
        y,
        t,
        h,
        ty,
        rule,
        neededFormula(
          { x: `A${n + 1}`, y: `B${n + 1}`, t: `C${n + 1}`, h: `D${n + 1}`, ty: `E${n + 1}`, code: `F${n + 1}` },
          method
        ),
      ]);
      expected.push(isCellError(core) ? core.error : core);
    }
    const engine = createFormulaEngine({ Sheet1: rows }, { functions: {} });
    const got = rows.map((_r, n) => {
      const value = engine.getCellValue({ sheet: 0, row: n, col: 6 }) as unknown;
      return value && typeof value === "object" && "type" in value ? `#${(value as { type: string }).type}` : value;
    });
    const wrong = got.flatMap((value, n) => {
      const want = expected[n];
      const ok =
        typeof want === "number"
          ? typeof value === "number" && Math.abs(value - want) < 1e-9
          : value === "#NA" && want === "#N/A";
      return ok ? [] : [`row ${n + 1} ${JSON.stringify(rows[n].slice(0, 6))}: engine ${String(value)}, core ${want}`];
    });
    expect(wrong).toEqual([]);
    expect(new Set(expected.map((v) => (typeof v === "number" ? Math.sign(v) : v))).size).toBe(4);
    engine.destroy();
  });
  test("Excel 2007 functions only", () => {
    const formula = neededFormula({ x: "A1", y: "B1", t: "C1", h: "D1", ty: "E1", code: "F1" }, "cagr");
    for (const fn of formula.match(/[A-Z]+(?=\()/g) ?? [])
      expect(["IF", "AND", "OR", "ISNUMBER", "ROUND", "ABS", "MAX", "MIN", "NA"]).toContain(fn);
  });
});

describe("actual versus required", () => {
  test("observed annual change ÷ required, in the rule's direction, with its bands", () => {
    // 86.4 % → 90 % over 2020–2025 asks 0.72 points a year; 88.2 % in 2023 is 0.6 a year: 0.833
    expect(actualVersusRequired("at_least", 0.864, 2020, { value: 0.9 }, 2025, 0.882, 2023)).toBeCloseTo(0.8333333, 6);
    expect(actualVersusRequired("at_most", 30, 2020, { value: 20 }, 2025, 26, 2022)).toBeCloseTo(1, 9);
    expect(actualVersusRequired("at_least", 0.864, 2020, { value: 0.9 }, 2025, 0.86, 2023)! < 0).toBe(true);
    expect(actualVersusRequired("at_least", 0.864, 2020, { value: 0.9 }, 2025, 0.88, 2020)).toBeNull();
    expect(actualVersusRequired("at_least", 0.9996, 2020, { value: 1 }, 2025, 0.9998, 2022)).toBeNull();
    expect([1.2, 0.95, 0.94, 0.6, 0.59, 0, -0.01].map(paceBand)).toEqual([
      "on_course",
      "on_course",
      "moderate",
      "moderate",
      "slow",
      "slow",
      "backwards",
    ]);
  });
});
