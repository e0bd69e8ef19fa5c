// The portable suite's comparison (test/portable/compare.ts) tested without LibreOffice: an engine
// that answers as the core does passes; one wrong cell, one wrong flag, a lost rule or an error fail.
import { catalog } from "../../src/catalog";
import { FormulaError } from "../../src/core/formula";
import { a1 } from "../../src/core/layout";
import { buildTemplate } from "../../src/core/template";
import { COMPUTED_KEYS, evaluateRow } from "../../src/core/template-formulas";
import { cellsOfRow, fillRows } from "../support/fills";
import { EngineCell, EngineFile, compareFile, expectedFlags, inputsFor } from "./compare";

const plan = catalog().getPlan("慈溪市")[0];
const layout = buildTemplate(plan);
const fills = fillRows(layout, 3);
const years = layout.columns.filter((c) => c.role === "year").map((c) => c.year!);

/** An engine that computes exactly what the core computes, and flags nothing it should not. */
function faithfulEngine(): EngineFile {
  const cells: Record<string, EngineCell> = {};
  layout.values.forEach((row, r) => {
    const core = evaluateRow(years, cellsOfRow(layout, row, fills[r]));
    for (const key of COMPUTED_KEYS) {
      const value = core[key];
      const address = a1(
        layout.headerRow + 1 + r,
        layout.columns.findIndex((c) => c.key === key)
      );
      cells[address] =
        value instanceof FormulaError
          ? { t: "err", v: value.code }
          : typeof value === "number"
            ? { t: "n", v: value }
            : value === "" || value === null
              ? { t: "s", v: "" }
              : { t: "s", v: String(value) };
    }
  });
  const flags = expectedFlags(layout, fills).map((expected, n) => ({
    range: layout.flags[n].address,
    formula: layout.flags[n].formula,
    cells: Object.fromEntries(expected),
  }));
  return { cells, flags, errors: [] };
}

test("typed inputs: one per filled year cell, numbers as numbers and text as text", () => {
  const inputs = inputsFor(layout, fills);
  expect(inputs.length).toBe(fills.flat().filter((v) => v !== "").length);
  expect(inputs.some((i) => typeof i.text === "string")).toBe(true);
  expect(inputs.some((i) => typeof i.number === "number")).toBe(true);
});

test("an engine that agrees with the core passes; each kind of fault is caught", () => {
  const engine = faithfulEngine();
  const clean = compareFile(layout, fills, engine);
  expect(clean.errors).toEqual([]);
  expect(clean.disagreements).toEqual([]);
  expect(clean.cells).toBe(layout.values.length * COMPUTED_KEYS.length);
  expect(clean.flagCells).toBeGreaterThan(1000);

  const status = a1(
    layout.headerRow + 1,
    layout.columns.findIndex((c) => c.key === "status")
  );
  const wrongCell = { ...engine, cells: { ...engine.cells, [status]: { t: "s" as const, v: "达标?" } } };
  expect(compareFile(layout, fills, wrongCell).disagreements).toHaveLength(1);

  const errorCell = { ...engine, cells: { ...engine.cells, [status]: { t: "err" as const, v: "#NAME?" } } };
  expect(compareFile(layout, fills, errorCell).errors).toHaveLength(1);

  const flipped = engine.flags.map((f, i) =>
    i === 0 ? { ...f, cells: { ...f.cells!, [Object.keys(f.cells!)[0]]: !Object.values(f.cells!)[0] } } : f
  );
  expect(compareFile(layout, fills, { ...engine, flags: flipped }).disagreements).toHaveLength(1);

  const lost = compareFile(layout, fills, { ...engine, flags: engine.flags.slice(1) });
  expect(lost.disagreements.some((d) => d.includes("conditional formats"))).toBe(true);
});
