// The EDU functions inside a real formula engine, from worksheet formulas over real ranges.
import { DetailedCellError } from "hyperformula";
import { functions } from "../../src/functions";
import { createFormulaEngine } from "../../src/preview/formula-engine";

const cell = (engine: ReturnType<typeof createFormulaEngine>, address: string, sheet = 0) => {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...match[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return engine.getCellValue({ sheet, row: Number(match[2]) - 1, col });
};

test("=EDU.GAP over cells, with percentages and full-width text", () => {
  const engine = createFormulaEngine(
    { S: [["≥90%", "86.4%", "=EDU.GAP(A1,B1)"], [0.9, "８６．４％", "=EDU.GAP(A2,B2)"], ["4-8所", 9, "=EDU.MET(A3,B3)"]] },
    { functions }
  );
  expect(cell(engine, "C1")).toBeCloseTo(0.036, 12);
  expect(cell(engine, "C2")).toBeCloseTo(0.036, 12);
  expect(cell(engine, "C3")).toBe(false);
});

test("=EDU.BALANCE over ranges, and the composite coefficient as AVERAGE of several", () => {
  const enrolment = [45, 37, 89, 76, 55];
  const books = [279, 137, 935, 160, 402];
  const rows: (number | string)[][] = enrolment.map((p, i) => [p, books[i] / p, books[i] / p]);
  rows[0].push("=EDU.BALANCE(B1:B5,A1:A5)", "=EDU.BALANCE(B1:B5)", "=AVERAGE(EDU.BALANCE(B1:B5,A1:A5),EDU.BALANCE(C1:C5))");
  const engine = createFormulaEngine({ S: rows }, { functions });
  expect(cell(engine, "D1") as number).toBeCloseTo(0.5153, 4);
  expect(cell(engine, "E1") as number).toBeCloseTo(0.4888, 4);
  expect(cell(engine, "F1") as number).toBeCloseTo((0.51526 + 0.48877) / 2, 4);
});

test("a reference to an empty cell arrives as 0 (Excel desktop) unless told null (Excel on the web)", () => {
  const sheet = { S: [[0.9, null, "=EDU.GAP(A1,B1)", '=EDU.GAP(A1,IF(B1="","",B1))']] };
  const desktop = createFormulaEngine(sheet, { functions });
  expect(cell(desktop, "C1")).toBe(0.9); // the trap the template's IF guards avoid
  const guarded = cell(desktop, "D1") as DetailedCellError;
  expect(guarded).toBeInstanceOf(DetailedCellError);
  expect(guarded.value).toBe("#N/A");
  const web = createFormulaEngine(sheet, { functions, emptyArgAs: null });
  expect((cell(web, "C1") as DetailedCellError).value).toBe("#N/A");
});

test("errors map to the engine's errors with their message; error cells pass through", () => {
  const engine = createFormulaEngine(
    { S: [["abc", 1, "=EDU.GAP(A1,B1)", "=EDU.PACE(90,2020,90,2025,89,2023)", "=EDU.GAP(1/0,1)", "=EDU.CAGR(-1,2,3)"]] },
    { functions }
  );
  const value = cell(engine, "C1") as DetailedCellError;
  expect(value.value).toBe("#VALUE!");
  expect(value.message).toContain("abc");
  expect((cell(engine, "D1") as DetailedCellError).value).toBe("#DIV/0!");
  expect((cell(engine, "E1") as DetailedCellError).value).toBe("#DIV/0!");
  expect((cell(engine, "F1") as DetailedCellError).value).toBe("#NUM!");
});

test("optional arguments, text results and array arguments built by IF", () => {
  const engine = createFormulaEngine(
    {
      S: [
        [100, 105, null, 110, '=EDU.NONDECREASING(IF(A1:D1="","",A1:D1))', "=EDU.STATUS(86.4,2020,90,2025,88.2,2023)"],
        [100, 95, null, 110, '=EDU.NONDECREASING(IF(A2:D2="","",A2:D2),99)', '=EDU.STATUS(86.4,2020,90,2025,88.2,2023,"","en-US")'],
      ],
    },
    { functions }
  );
  expect(cell(engine, "E1")).toBe(true);
  expect(cell(engine, "F1")).toBe("进度滞后");
  expect(cell(engine, "E2")).toBe(false);
  expect(cell(engine, "F2")).toBe("Behind");
});

test("registration is idempotent: many engines, the same functions", () => {
  for (let i = 0; i < 3; i++) {
    const engine = createFormulaEngine({ S: [["=EDU.CAGR(100,121,2)"]] }, { functions });
    expect(cell(engine, "A1")).toBeCloseTo(0.1, 12);
  }
  const custom = createFormulaEngine({ S: [["=EDU.TWICE(21)"]] }, { functions: { TWICE: (x) => Number(x) * 2 } });
  expect(cell(custom, "A1")).toBe(42);
});
