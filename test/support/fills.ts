// Seeded random fills of a template's year cells that reach every case of the status table: met, on
// track, behind, regressed, baseline year, target year, rows without a baseline, between and about
// rows, 逐年只增不减 runs that rise or fall, text (full-width digits, words), implausible numbers, blanks.
import { HEADERS, TemplateLayout } from "../../src/core/template";

export type YearValue = number | string | "";

/** mulberry32: small, fast, the same sequence on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = ["八十六", "８８．５", "约90%", "6所", "n/a"];

/** One row's year values: a scenario drawn per row, a value per year drawn around the plan's figures. */
export function fillRows(layout: TemplateLayout, seed: number): YearValue[][] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const col = (key: string) => layout.columns.findIndex((c) => c.key === key);
  const years = layout.columns.filter((c) => c.role === "year").map((c) => c.year!);
  return layout.values.map((row) => {
    const num = (key: string) => (typeof row[col(key)] === "number" ? (row[col(key)] as number) : null);
    const rule = String(row[col("ruleCode")]);
    const b = num("baseline");
    const t = num("target") ?? b ?? 1;
    const h = num("high") ?? t;
    const high = num("highest");
    const anchor = b ?? t;
    // Round like a clerk types: 3 decimals for fractions, 1 for larger figures.
    const typed = (v: number) => Number(v.toFixed(Math.abs(t) <= 1.5 ? 3 : 1));
    const around = () => {
      const span = Math.max(Math.abs(t - anchor), Math.abs(h - t), Math.abs(t) * 0.1, 0.01);
      return typed(anchor + (next() * 1.6 - 0.3) * (t - anchor || span) + (next() - 0.5) * span * 0.2);
    };
    const scenario = pick(["blank", "one", "one", "several", "several", "exact", "text", "implausible"] as const);
    const values: YearValue[] = years.map(() => "");
    const slot = () => Math.floor(next() * years.length);
    switch (scenario) {
      case "blank":
        break;
      case "one":
        values[slot()] = around();
        break;
      case "several":
        if (rule === "non_decreasing") {
          let v = anchor;
          years.forEach((_y, i) => {
            if (next() < 0.7) values[i] = typed((v = v + (next() - 0.25) * Math.max(Math.abs(anchor) * 0.05, 0.01)));
          });
        } else years.forEach((_y, i) => next() < 0.6 && (values[i] = around()));
        break;
      case "exact":
        // On the plan's own figures: the target, the baseline, the range's ends.
        values[slot()] = pick([t, h, anchor, b ?? t].map(typed));
        break;
      case "text":
        values[slot()] = pick(TEXTS);
        if (next() < 0.5) values[slot()] = around();
        break;
      case "implausible":
        values[slot()] = high === 1 ? typed(anchor * 100) : -1;
        break;
    }
    return values;
  });
}

export function cellsOfRow(layout: TemplateLayout, row: (string | number)[], yearValues: YearValue[]): (header: string) => number | string | null {
  const byHeader = new Map(layout.columns.map((c, i) => [c.header, i] as const));
  const years = layout.columns.filter((c) => c.role === "year");
  return (header) => {
    const y = years.findIndex((c) => c.header === header);
    const value = y >= 0 ? yearValues[y] : row[byHeader.get(header) ?? -1];
    return value === "" || value === undefined ? null : value;
  };
}

export { HEADERS };
