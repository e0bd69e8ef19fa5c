// A workbook layout as plain data: sheets with blocks of values and formulas, tables, column widths,
// conditional formats, validation, freeze panes. Sheet kinds (template.ts …) build it; the writers
// (excel/write-layout.ts through Office.js, export/xlsx.ts through ExcelJS) know nothing else.

/** A cell's content as a writer puts it: number, text, boolean, or empty (null). */
export type LayoutValue = string | number | boolean | null;

/** A formula's cached result: a value, or an error code such as "#DIV/0!". */
export type LayoutResult = LayoutValue | { error: string };

/** A rectangle of cells from (row, column), 0-based. */
export interface Block {
  row: number;
  column: number;
  /** Constants; for formula cells the result the core computed (files cache it). */
  values: LayoutValue[][];
  /** "=…" per cell, or null for a constant. Structured references ([@[列]]) only inside a table. */
  formulas?: (string | null)[][];
  results?: LayoutResult[][];
  numberFormats?: string[][];
  font?: { bold?: boolean; size?: number };
  wrap?: boolean;
  /** Background of every cell of the block, e.g. computed cells shaded. */
  fill?: string;
}

export interface CellFormat {
  fill?: string;
  font?: string;
  border?: string;
}

/** A native conditional format: an A1 range and an A1-relative formula from its top-left cell. */
export interface ConditionalFlag {
  /** What the flag means, for tests and readers: "miss", "behind", "fell", "input", "status:met" … */
  kind: string;
  rule?: string;
  address: string;
  formula: string;
  format: CellFormat;
}

/** Data validation of a range: decimals within bounds, with an input message and an error alert. */
export interface Validation {
  address: string;
  rule: { operator: "Between" | "GreaterThanOrEqualTo"; formula1: number; formula2?: number };
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/** A drop-down list of texts for a range (the entry sheet's 规则 column), with messages. */
export interface ListValidation {
  address: string;
  items: string[];
  prompt: { title: string; message: string };
  /** Shown as a warning: text outside the list can still be kept (the reader also takes ≥, ≤ …). */
  error: { title: string; message: string };
}

export interface TableLayout {
  name: string;
  /** Header row included. */
  address: string;
  style: string;
}

export interface ColumnLayout {
  index: number;
  /** Width in characters. */
  width: number;
  /** Helper columns: grouped (outline level 1) and hidden, a click on + shows them. */
  hidden?: boolean;
}

/** How a sheet prints: A4, fitted to the page width, header row repeated, page numbers. */
export interface PageSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Pages across; the height runs on as far as it needs unless fitToHeight says how many. */
  fitToWidth: number;
  fitToHeight?: number;
  printArea: string;
  /** Rows repeated at the top of every page, e.g. "6:6". */
  titleRows: string;
  /** Header and footer texts (centre), in Excel's codes: &P page, &N pages; a literal & is &&. */
  header: string;
  footer: string;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

/** A data bar (Excel 2007) over a range: bar length from min to max, in one colour. */
export interface DataBar {
  address: string;
  color: string;
  min: number;
  max: number;
}

/**
 * A native chart of a range (Office.js only: ExcelJS writes no charts, so files skip it). Series come
 * from the source's columns; `dropSeries` are removed again (by index), the rest take `colors`.
 */
export interface ChartLayout {
  type: "BarStacked";
  source: string;
  seriesBy: "Columns";
  dropSeries: number[];
  title: string;
  colors: string[];
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}

export interface SheetLayout {
  name: string;
  blocks: Block[];
  tables: TableLayout[];
  columns: ColumnLayout[];
  /** In priority order: the first wins where two set the same property. */
  flags: ConditionalFlag[];
  validations: Validation[];
  /** Drop-down lists (optional, so sheet kinds without them need not say so). */
  lists?: ListValidation[];
  dataBars?: DataBar[];
  charts?: ChartLayout[];
  freeze?: { rows: number; columns: number };
  page?: PageSetup;
}

export interface WorkbookLayout {
  sheets: SheetLayout[];
}

export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Column index (0-based) of letters like "AB". */
export function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A1 address of a 0-based cell, or of a rectangle when an end is given. */
export function a1(row: number, column: number, endRow?: number, endColumn?: number): string {
  const start = `${columnLetter(column)}${row + 1}`;
  return endRow === undefined ? start : `${start}:${columnLetter(endColumn ?? column)}${endRow + 1}`;
}

/** "B7:D9" → 0-based corners. */
export function parseA1(address: string): { row: number; column: number; endRow: number; endColumn: number } {
  const [start, end] = address.replace(/\$/g, "").split(":");
  const corner = (cell: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!match) throw new Error(`not an A1 address: ${address}`);
    return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
  };
  const from = corner(start);
  const to = corner(end ?? start);
  return { row: from.row, column: from.column, endRow: to.row, endColumn: to.column };
}

/** A4 landscape is 842 × 595 points. */
export const A4_POINTS = { width: 842, height: 595 };

/** Excel's column width in characters as printed points (7-pixel digits at 96 dpi, 5 pixels padding). */
export function columnPoints(width: number): number {
  return (Math.trunc(width * 7 + 5) * 72) / 96;
}

/** The scale at which the print area's columns fit the page's width (1 when they fit unscaled). */
export function fitScale(layout: SheetLayout): number {
  if (!layout.page) return 1;
  const area = parseA1(layout.page.printArea);
  const widths = new Map(layout.columns.map((c) => [c.index, c.width] as const));
  let points = 0;
  for (let c = area.column; c <= area.endColumn; c++) if (!layout.columns.find((col) => col.index === c)?.hidden) points += columnPoints(widths.get(c) ?? 8.43);
  const paper = layout.page.orientation === "landscape" ? A4_POINTS.width : A4_POINTS.height;
  const printable = paper - 72 * (layout.page.margins.left + layout.page.margins.right);
  return Math.min(1, printable / points);
}

const SHEET_NAME_LIMIT = 31;

/** A sheet name Excel accepts and the workbook does not have yet: "慈溪市 2021-2025 (2)". */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const clean = base.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim() || "EduPlan";
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = clean.slice(0, SHEET_NAME_LIMIT - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A table name unique in the workbook (table names are workbook-wide): EduPlan_cixi_2021_2025. */
/** The name a plan's table gets (EduPlan_<id>, then _2, _3 … when taken). */
export const tableBaseName = (id: string) => `EduPlan_${id.replace(/[^A-Za-z0-9_]/g, "_")}`;

export function uniqueTableName(id: string, existing: readonly string[]): string {
  const base = tableBaseName(id);
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}_${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Excel files spell structured references in full: [@[列]] → Table[[#This Row],[列]]. */
export function storedFormula(formula: string, table: string): string {
  return formula.replace(/\[@\[([^\]]+)\](:\[([^\]]+)\])?\]/g, (_m, first: string, _span, last?: string) =>
    last ? `${table}[[#This Row],[${first}]:[${last}]]` : `${table}[[#This Row],[${first}]]`
  );
}
