// A plan's 差异系数 indicator takes its actual value from the 测算表 in the same workbook: which template
// rows are coefficients, the 差异系数 sheet's cell for a stage (综合差异系数 or one of the seven), and the
// plain cross-sheet formula and 备注 note written into the template, only into empty cells unless confirmed.
import { coefficientRows } from "./balance-workbook";
import { IndicatorKey, RESOURCE_INDICATORS, SHORT_NAMES, STAGES, Stage } from "./balance-schools";
import { HEADERS } from "./headers";
import { a1 } from "./layout";
import { yearHeader } from "./template-formulas";
import { LocalizedError } from "./errors";

/** The 差异系数 sheet's name as inserted ("差异系数", or "差异系数 (2)" beside an older one). */
export const COEFFICIENT_SHEET = /^差异系数( \(\d+\))?$/;
const COEFFICIENT_COLUMN = 5;

/** 综合差异系数 (the mean of the seven), or one indicator's coefficient. */
export type CoefficientSource = "composite" | IndicatorKey;

export interface CoefficientRow {
  id: string;
  name: string;
  stage: Stage;
  /** 0-based sheet row of the indicator in the template. */
  row: number;
  /** The template's year columns: year → 0-based column. */
  years: { year: number; column: number }[];
}

const text = (cell: unknown) => (cell === null || cell === undefined ? "" : String(cell).trim());

/** The stage a coefficient indicator is for, from its 分组 (小学 / 初中) or its name. */
function stageOf(group: string, name: string): Stage | null {
  for (const stage of STAGES) if (group.includes(stage) || name.includes(stage)) return stage;
  return null;
}

/** Finds the template's header row (编号 … 指标 … 2021年 …) in a sheet read from A1. */
function templateHeader(values: readonly (readonly unknown[])[]) {
  const row = values.findIndex(
    (cells) => !!cells && cells.some((c) => text(c) === HEADERS.id) && cells.some((c) => text(c) === HEADERS.name)
  );
  if (row < 0) return null;
  const header = values[row].map(text);
  const years = header.flatMap((h, column) => {
    const match = /^(\d{4})年$/.exec(h);
    return match ? [{ year: Number(match[1]), column }] : [];
  });
  return { row, header, years };
}

/** The template rows whose indicator is a 差异系数 of 小学 or 初中 (北仑区 0.2 / 0.25, 越城区 0.25 …). */
export function coefficientRowsOf(values: readonly (readonly unknown[])[]): CoefficientRow[] {
  const found = templateHeader(values);
  if (!found) return [];
  const at = (key: keyof typeof HEADERS) => found.header.indexOf(HEADERS[key]);
  const rows: CoefficientRow[] = [];
  for (let r = found.row + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const id = text(cells[at("id")]);
    if (id === "") continue;
    const name = text(cells[at("name")]);
    if (!/差异系数|均衡系数/.test(name)) continue;
    const stage = stageOf(text(cells[at("group")]), name);
    if (stage) rows.push({ id, name, stage, row: r, years: found.years });
  }
  return rows;
}

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** The 差异系数 sheet's cell holding a stage's coefficient, and what to call it. */
export function coefficientCell(sheet: string, stage: Stage, source: CoefficientSource) {
  const rows = coefficientRows(STAGES.indexOf(stage));
  const row =
    source === "composite" ? rows.composite : rows.first + RESOURCE_INDICATORS.findIndex((i) => i.key === source);
  const address = a1(row, COEFFICIENT_COLUMN);
  const what = source === "composite" ? "综合差异系数" : `${SHORT_NAMES[source]}差异系数`;
  return {
    address,
    formula: `=${quote(sheet)}!$${address.replace(/(\d+)$/, "$$$1")}`,
    label: `取自“${sheet}”表${stage}${what}（${address}）`,
  };
}

export interface LinkPlan {
  /** The year cell, 0-based. */
  row: number;
  column: number;
  formula: string;
  /** What the cell holds now (a value or a formula), "" when empty: then it is written without asking. */
  current: string;
  /** The 备注 cell and its note, or null when 备注 already holds the clerk's text (left as it is). */
  note: { row: number; column: number; text: string } | null;
}

export class LinkError extends LocalizedError {}

/**
 * What linking one indicator's year cell writes, from the template read back as values and formulas
 * (from A1). The pane writes `formula` when `current` is "" or once the clerk confirmed replacing it.
 */
export function planLink(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
  id: string,
  year: number,
  sheet: string,
  source: CoefficientSource
): LinkPlan {
  const found = templateHeader(values);
  const target = coefficientRowsOf(values).find((r) => r.id === id);
  if (!found || !target)
    throw new LinkError(`当前工作表中没有差异系数指标“${id}”`, `the active sheet has no coefficient indicator "${id}"`);
  const yearColumn = found.header.indexOf(yearHeader(year));
  if (yearColumn < 0) throw new LinkError(`规划表中没有 ${year} 年一列`, `the plan sheet has no column for ${year}`);
  const cell = coefficientCell(sheet, target.stage, source);
  const current = text(formulas[target.row]?.[yearColumn]) || text(values[target.row]?.[yearColumn]);
  const remark = found.header.indexOf(HEADERS.remark);
  const remarkText = remark >= 0 ? text(values[target.row]?.[remark]) : "x";
  const note = `${year}年实际值${cell.label}`;
  return {
    row: target.row,
    column: yearColumn,
    formula: cell.formula,
    current: current === cell.formula ? "" : current,
    note:
      remark >= 0 && (remarkText === "" || remarkText === note)
        ? { row: target.row, column: remark, text: note }
        : null,
  };
}
