// Compares what a spreadsheet engine computed for a filled template file (cells and each
// conditional-format rule per cell, as the engine loaded them) with what the core says.
import { Miss, judgeTable } from "../../src/core/check";
import { FormulaError, Scalar } from "../../src/core/formula";
import { a1, parseA1 } from "../../src/core/layout";
import { STATUS_LABELS } from "../../src/core/status";
import { TemplateLayout } from "../../src/core/template";
import { COMPUTED_KEYS, evaluateRow } from "../../src/core/template-formulas";
import { PACE_BANDS, PaceBand } from "../../src/core/needed";
import { YearValue, cellsOfRow } from "../support/fills";

/** A cell as the engine reports it: number, text, empty, error. */
export type EngineCell =
  { t: "n"; v: number } | { t: "s"; v: string } | { t: "e" } | { t: "err"; v: string } | { t: "b"; v: boolean };

export interface EngineFlag {
  range: string;
  formula: string;
  cells: Record<string, boolean> | null;
}

export interface EngineFile {
  cells: Record<string, EngineCell>;
  flags: EngineFlag[];
  errors: string[];
}

export interface Comparison {
  cells: number;
  flagCells: number;
  /** Formula cells holding an error where the core has none. */
  errors: string[];
  disagreements: string[];
  statuses: Set<string>;
}

const engineValue = (cell: EngineCell | undefined): Scalar | string => {
  if (!cell || cell.t === "e") return null;
  if (cell.t === "err") return cell.v;
  return cell.v;
};

function same(actual: Scalar | string, expected: Scalar | FormulaError): boolean {
  const want = expected instanceof FormulaError ? expected.code : expected === "" ? null : expected;
  const got = actual === "" ? null : actual;
  if (typeof got === "number" && typeof want === "number")
    return Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  return got === want;
}

/** The inputs to type into a template file: one per filled year cell. */
export type Input = { cell: string; number?: number; text?: string };

export function inputsFor(layout: TemplateLayout, fills: YearValue[][]): Input[] {
  const years = layout.columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
  return fills.flatMap((row, r) =>
    row.flatMap((value, y): Input[] => {
      if (value === "") return [];
      const cell = a1(layout.headerRow + 1 + r, years[y]);
      return typeof value === "number" ? [{ cell, number: value }] : [{ cell, text: value }];
    })
  );
}

export function compareFile(layout: TemplateLayout, fills: YearValue[][], engine: EngineFile): Comparison {
  const result: Comparison = {
    cells: 0,
    flagCells: 0,
    errors: [...engine.errors],
    disagreements: [],
    statuses: new Set(),
  };
  const years = layout.columns.filter((c) => c.role === "year").map((c) => c.year!);
  const index = (key: string) => layout.columns.findIndex((c) => c.key === key);
  const statusOfRow: string[] = [];
  layout.values.forEach((row, r) => {
    const core = evaluateRow(years, cellsOfRow(layout, row, fills[r]));
    statusOfRow.push(String(core.status));
    result.statuses.add(String(core.status));
    for (const key of COMPUTED_KEYS) {
      const address = a1(layout.headerRow + 1 + r, index(key));
      const cell = engine.cells[address];
      const got = engineValue(cell);
      if (cell?.t === "err" && !(core[key] instanceof FormulaError))
        result.errors.push(`${address} ${row[0]} ${key}: ${cell.v}`);
      else if (!same(got, core[key])) {
        result.disagreements.push(
          `${address} ${row[0]} ${key}: engine ${JSON.stringify(got)}, core ${JSON.stringify(core[key] instanceof FormulaError ? (core[key] as FormulaError).code : core[key])}`
        );
      }
      result.cells++;
    }
  });
  const expected = expectedFlags(layout, fills, statusOfRow);
  // The engine lists one format per rule, in the file's order; ours are in priority order.
  if (engine.flags.length !== layout.flags.length) {
    result.disagreements.push(
      `engine loaded ${engine.flags.length} conditional formats, the layout has ${layout.flags.length}`
    );
  }
  layout.flags.forEach((flag, n) => {
    const loaded = engine.flags[n];
    if (!loaded || loaded.range !== flag.address || !loaded.cells) {
      result.disagreements.push(
        `flag ${n} (${flag.kind} ${flag.rule ?? ""}) on ${flag.address}: engine has ${loaded ? loaded.range : "nothing"}`
      );
      return;
    }
    for (const [address, on] of Object.entries(loaded.cells)) {
      const want = expected[n].get(address) ?? false;
      if (on !== want)
        result.disagreements.push(`flag ${flag.kind} ${flag.rule ?? ""} at ${address}: engine ${on}, core ${want}`);
      result.flagCells++;
    }
  });
  return result;
}

/** For each of the layout's flags, whether the core says it should show on each cell of its range. */
export function expectedFlags(
  layout: TemplateLayout,
  fills: YearValue[][],
  statusOfRow?: string[]
): Map<string, boolean>[] {
  const years = layout.columns.filter((c) => c.role === "year").map((c) => c.year!);
  const index = (key: string) => layout.columns.findIndex((c) => c.key === key);
  const statuses =
    statusOfRow ?? layout.values.map((row, r) => String(evaluateRow(years, cellsOfRow(layout, row, fills[r])).status));
  const statusOf = (address: string) => statuses[parseA1(address).row - layout.headerRow - 1];
  // The core's judgement of every filled year cell, as the check makes it.
  const headers = layout.columns.map((c) => c.header);
  const yearColumns = layout.columns.flatMap((c, i) => (c.role === "year" ? [i] : []));
  const rows = layout.values.map((row, r) =>
    row.map((v, c) => (yearColumns.includes(c) ? fills[r][yearColumns.indexOf(c)] : v))
  );
  const judged = new Map<string, Miss>(
    judgeTable({
      sheet: layout.sheetName,
      table: layout.tableName,
      headerRow: layout.headerRow,
      firstColumn: 0,
      headers,
      rows,
    }).map((m) => [m.address, m])
  );
  const codeOf = (address: string) =>
    String(layout.values[parseA1(address).row - layout.headerRow - 1][index("ruleCode")]);
  const expectedFlag = (kind: string, rule: string | undefined, address: string): boolean => {
    if (kind.startsWith("status:")) {
      const status = kind.slice("status:".length) as keyof typeof STATUS_LABELS;
      return statusOf(address) === STATUS_LABELS[status]["zh-CN"];
    }
    if (kind.startsWith("pace:")) {
      // 实际/所需's bands: each rule holds from its band's lower end up (the first one listed wins).
      const r = parseA1(address).row - layout.headerRow - 1;
      const pace = evaluateRow(years, cellsOfRow(layout, layout.values[r], fills[r])).pace;
      if (typeof pace !== "number") return false;
      const band = { "pace:met": "on_course", "pace:behind": "moderate", "pace:not_met": "backwards" }[kind] as PaceBand;
      return pace >= PACE_BANDS.find((b) => b.band === band)!.from;
    }
    const cell = judged.get(address);
    if (!cell) return false;
    if (kind === "input") return cell.status === "input_error";
    if (codeOf(address) !== rule) return false;
    if (kind === "miss") return cell.status === "regressed" || cell.status === "not_met";
    if (kind === "behind") return cell.status === "behind";
    if (kind === "fell") return cell.status === "regressed";
    throw new Error(`unknown flag kind ${kind}`);
  };
  return layout.flags.map((flag) => {
    const range = parseA1(flag.address);
    const cells = new Map<string, boolean>();
    for (let row = range.row; row <= range.endRow; row++) {
      for (let column = range.column; column <= range.endColumn; column++)
        cells.set(a1(row, column), expectedFlag(flag.kind, flag.rule, a1(row, column)));
    }
    return cells;
  });
}
