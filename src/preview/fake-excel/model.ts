// The in-memory workbook behind the fake Excel API: cells, tables, conditional formats, validation,
// selection, and evaluation of formulas and conditional formats by the formula engine.
import { DetailedCellError, ExportedCellChange, HyperFormula, RawCellContent } from "hyperformula";
import { TableFunction, createFormulaEngine } from "../formula-engine";
import { CellRange, columnName, formatRange, quoteSheet, shiftFormula } from "./addresses";
import { TableShape, translateStructuredReferences } from "./structured";

export type CellValue = number | string | boolean;

export interface CellData {
  input?: CellValue;
  formula?: string;
  /** Written with a leading apostrophe: text, whatever it looks like. */
  quotePrefix?: boolean;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
  fill?: string;
  fontColor?: string;
}

export interface FormatModel {
  fill?: string;
  font?: string;
  border?: string;
}

export interface ConditionalFormatModel {
  sheet: string;
  range: CellRange;
  type: string;
  formula: string;
  format: FormatModel;
  /** 0 is the highest; set through ConditionalFormat.priority. */
  priority?: number;
}

/** A data bar: kept apart from the formula rules, which the model evaluates per cell. */
export interface DataBarModel {
  sheet: string;
  range: CellRange;
  lowerBoundRule?: { type: string; formula?: string };
  upperBoundRule?: { type: string; formula?: string };
  fillColor?: string;
}

/** A chart: its type, source range, series colours (null: the default) and position. */
export interface ChartModel {
  sheet: string;
  type: string;
  source: CellRange;
  seriesBy: string;
  title: string;
  series: { name: string; color: string | null }[];
  position: { from: string; to: string } | null;
}

export interface ValidationModel {
  sheet: string;
  range: CellRange;
  rule: unknown;
  prompt: { title?: string; message?: string; showPrompt?: boolean } | null;
  errorAlert: { title?: string; message?: string; showAlert?: boolean; style?: string } | null;
}

export interface TableModel {
  name: string;
  sheet: string;
  range: CellRange;
  style: string;
  showBandedRows: boolean;
}

export interface PageModel {
  orientation?: string;
  paperSize?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally?: boolean;
  margins?: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
  printArea?: string;
  titleRows?: string;
  headers: { centerHeader?: string; centerFooter?: string };
}

export interface SheetModel {
  name: string;
  cells: Map<string, CellData>;
  freeze: { rows: number; columns: number } | null;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  groupedColumns: Set<number>;
  page?: PageModel;
  visible: boolean;
}

/** Excel's error for API misuse, with the code Office.js would report. */
export class FakeExcelError extends Error {
  constructor(
    public readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const key = (row: number, column: number) => `${row},${column}`;
const INVALID_SHEET_CHARACTERS = /[[\]:*?/\\]/;
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/**
 * What Excel does with a value written to a cell (Range.values reference: a value starting with "+",
 * "-" or "=" is interpreted as a formula): "=…" is a formula, "86.4%" or "-5" a number, "+1" the
 * formula "=+1", "-5%左右" the formula "=-5%左右" (which fails, as in Excel); a leading apostrophe
 * keeps the rest as text and is not part of the value.
 */
export function coerceInput(value: unknown): { input?: CellValue; formula?: string; quotePrefix?: boolean } {
  if (value === null || value === undefined || value === "") return {};
  if (typeof value === "string") {
    if (value.startsWith("'")) return value.length > 1 ? { input: value.slice(1), quotePrefix: true } : {};
    if (value.startsWith("=") && value.length > 1) return { formula: value };
    // Typed "+1" is stored as the formula "=+1"; "-5" is the number.
    if (value.startsWith("+") && value.length > 1) return { formula: `=${value}` };
    const text = value.trim().replace(/,/g, "");
    if (NUMBER_TEXT.test(text)) {
      const number = Number(text.replace("%", ""));
      return { input: text.endsWith("%") ? Number((number / 100).toPrecision(15)) : number };
    }
    if (/^-./.test(value)) return { formula: `=${value}` };
    return { input: value };
  }
  if (typeof value === "number" || typeof value === "boolean") return { input: value };
  return { input: String(value) };
}

/** A cell whose value or flags may have changed. */
export interface CellAddress {
  sheet: string;
  row: number;
  column: number;
}

/**
 * What a listener is told: some cells changed (an edit; only what depends on it), only the view
 * changed (selection, active sheet; nothing to recompute), or anything may have changed.
 */
export type ModelChange = { kind: "cells"; cells: CellAddress[] } | { kind: "view" } | { kind: "all"; sheet?: string };

/** Sheet names of the engine's hidden flag sheets: Excel forbids "[" in a sheet name, so no clash. */
const FLAG_SHEET = (index: number) => `[flag${index}]`;

/** Prefixes every unqualified A1 reference with the sheet, so a formula can live on another sheet. */
function qualifyReferences(formula: string, sheet: string): string {
  const prefix = `${quoteSheet(sheet)}!`;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(/(^|[^A-Za-z0-9_.$!:'])(\$?[A-Z]{1,3}\$?\d+)(?![A-Za-z0-9_(!])/g, (_m, before, reference) => `${before}${prefix}${reference}`)
    )
    .join("");
}

export interface ModelOptions {
  functions: Record<string, TableFunction>;
  emptyArgAs?: 0 | null;
  emptyInRangeAs?: 0 | null;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly validations: ValidationModel[] = [];
  readonly dataBars: DataBarModel[] = [];
  readonly charts: ChartModel[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; range: CellRange } | null = null;
  syncCount = 0;
  /** Makes the n-th sync from now fail, to test what a failed batch leaves behind. */
  failOnSync: number | null = null;
  /** The clerk is typing in a cell (cell-edit mode): batches fail or wait, see editable(). */
  cellEditing = false;
  private editWaiters: (() => void)[] = [];
  private engine: HyperFormula | null = null;
  /** Per conditional format, the engine sheet holding its formula at each cell of its range. */
  private flagSheets = new Map<ConditionalFormatModel, number>();
  private listeners = new Set<(change: ModelChange) => void>();
  /** How often the engine was built from scratch (an edit must not rebuild it). */
  engineBuilds = 0;

  constructor(private readonly options: ModelOptions) {}

  startCellEdit(): void {
    this.cellEditing = true;
  }

  endCellEdit(): void {
    this.cellEditing = false;
    this.editWaiters.splice(0).forEach((resume) => resume());
  }

  /**
   * Resolves when a batch may run. In cell-edit mode a batch fails with InvalidOperation, unless
   * it asked for delayForCellEdit, which holds it until the edit ends (Excel.RunOptions reference).
   */
  editable(delayForCellEdit: boolean): Promise<void> {
    if (!this.cellEditing) return Promise.resolve();
    if (!delayForCellEdit) {
      return Promise.reject(new FakeExcelError("InvalidOperation", "The operation is invalid: Excel is in cell-edit mode (simulated)."));
    }
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  subscribe(listener: (change: ModelChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every change invalidates the evaluation; listeners redraw. `sheet`: the sheet whose values were written. */
  changed(sheet?: string): void {
    this.engine = null;
    this.notify({ kind: "all", sheet: sheet === undefined ? undefined : this.sheet(sheet).name });
  }

  /** Selection or active sheet moved: nothing to recompute. */
  viewChanged(): void {
    this.notify({ kind: "view" });
  }

  private notify(change: ModelChange): void {
    this.listeners.forEach((listener) => listener(change));
  }

  /**
   * One cell typed into, as a clerk does: the live engine recomputes only the cells that depend on
   * it (formulas and flags), and listeners learn which cells those are.
   */
  edit(sheet: string, row: number, column: number, value: unknown): void {
    const name = this.sheet(sheet).name;
    this.setContent(name, row, column, value);
    const cells: CellAddress[] = [{ sheet: name, row, column }];
    const engine = this.engine;
    if (engine) {
      const id = engine.getSheetId(name)!;
      const changes = engine.setCellContents({ sheet: id, row, col: column }, [[this.engineContent(name, row, column, this.tableShapes()) as RawCellContent]]);
      const flagSheetOwners = new Map([...this.flagSheets].map(([cf, sheetId]) => [sheetId, cf.sheet]));
      const sheetNames = new Map(this.sheets.map((s) => [engine.getSheetId(s.name), s.name]));
      for (const change of changes) {
        if (!(change instanceof ExportedCellChange)) continue;
        const owner = sheetNames.get(change.address.sheet) ?? flagSheetOwners.get(change.address.sheet);
        if (owner !== undefined) cells.push({ sheet: owner, row: change.address.row, column: change.address.col });
      }
    }
    this.notify({ kind: "cells", cells });
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: worksheet "${name}".`);
    return sheet;
  }

  addSheet(name?: string): SheetModel {
    const chosen = name ?? this.nextSheetName();
    if (chosen.length === 0 || chosen.length > 31 || INVALID_SHEET_CHARACTERS.test(chosen) || /^'|'$/.test(chosen)) {
      throw new FakeExcelError("InvalidArgument", `The argument is invalid or missing: sheet name "${chosen}".`);
    }
    if (this.findSheet(chosen)) throw new FakeExcelError("ItemAlreadyExists", `A worksheet named "${chosen}" already exists.`);
    const sheet: SheetModel = {
      name: chosen,
      cells: new Map(),
      freeze: null,
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      groupedColumns: new Set(),
      visible: true,
    };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = chosen;
    this.changed();
    return sheet;
  }

  private nextSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.findSheet(`Sheet${n}`)) return `Sheet${n}`;
  }

  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const gone = (item: { sheet: string }) => item.sheet === sheet.name;
    for (const list of [this.tables, this.conditionalFormats, this.validations, this.dataBars, this.charts] as { sheet: string }[][]) {
      for (let i = list.length - 1; i >= 0; i--) if (gone(list[i])) list.splice(i, 1);
    }
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets[0]?.name ?? null;
    if (this.selection?.sheet === sheet.name) this.selection = null;
    this.changed();
  }

  cell(sheet: string, row: number, column: number): CellData | undefined {
    return this.sheet(sheet).cells.get(key(row, column));
  }

  private writableCell(sheet: string, row: number, column: number): CellData {
    const cells = this.sheet(sheet).cells;
    let cell = cells.get(key(row, column));
    if (!cell) {
      cell = {};
      cells.set(key(row, column), cell);
    }
    return cell;
  }

  tableAt(sheet: string, row: number, column: number): TableModel | undefined {
    return this.tables.find(
      (t) => t.sheet === sheet && row >= t.range.row && row <= t.range.endRow && column >= t.range.column && column <= t.range.endColumn
    );
  }

  tableShapes(): TableShape[] {
    return this.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet,
      range: t.range,
      headers: Array.from({ length: t.range.endColumn - t.range.column + 1 }, (_, i) =>
        String(this.cell(t.sheet, t.range.row, t.range.column + i)?.input ?? "")
      ),
    }));
  }

  /** Writes content as typed or as `range.values` / `range.formulas` would. */
  setContent(sheet: string, row: number, column: number, value: unknown): void {
    const { input, formula, quotePrefix } = coerceInput(value);
    if (formula && /\[/.test(formula)) {
      // Excel refuses a formula whose structured references do not resolve.
      try {
        translateStructuredReferences(formula, sheet, row, column, this.tableShapes());
      } catch (error) {
        throw new FakeExcelError("InvalidArgument", `The formula ${formula} is invalid here: ${(error as Error).message}`);
      }
    }
    const cell = this.writableCell(sheet, row, column);
    cell.input = input;
    cell.formula = formula;
    if (input === undefined) delete cell.input;
    if (formula === undefined) delete cell.formula;
    if (quotePrefix) cell.quotePrefix = true;
    else delete cell.quotePrefix;
    if (typeof value === "string" && value.trim().endsWith("%") && typeof input === "number" && !cell.numberFormat) {
      cell.numberFormat = "0.00%";
    }
  }

  setFormat(sheet: string, row: number, column: number, apply: (cell: CellData) => void): void {
    apply(this.writableCell(sheet, row, column));
  }

  addTable(sheet: string, range: CellRange, name?: string): TableModel {
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.range, range))) {
      throw new FakeExcelError("InvalidArgument", "A table can't overlap another table.");
    }
    const table: TableModel = { name: name ?? this.nextTableName(), sheet, range, style: "TableStyleMedium2", showBandedRows: true };
    // Excel fills empty header cells with Column1, Column2 …
    for (let c = range.column; c <= range.endColumn; c++) {
      const header = this.cell(sheet, range.row, c)?.input;
      if (header === undefined || header === "") this.setContent(sheet, range.row, c, `Column${c - range.column + 1}`);
    }
    this.tables.push(table);
    this.changed();
    return table;
  }

  private nextTableName(): string {
    for (let n = this.tables.length + 1; ; n++) if (!this.findTable(`Table${n}`)) return `Table${n}`;
  }

  findTable(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  renameTable(table: TableModel, name: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid table name.`);
    }
    const other = this.findTable(name);
    if (other && other !== table) throw new FakeExcelError("InvalidArgument", `A table named "${name}" already exists.`);
    table.name = name;
    this.changed();
  }

  /** What the engine holds for a cell: its constant, or its formula with table references resolved. */
  private engineContent(sheet: string, row: number, column: number, shapes: TableShape[]): unknown {
    const cell = this.cell(sheet, row, column);
    if (!cell) return null;
    if (!cell.formula) return cell.input ?? null;
    try {
      return translateStructuredReferences(cell.formula, sheet, row, column, shapes);
    } catch {
      return "=NA()";
    }
  }

  private evaluate(): HyperFormula {
    if (this.engine) return this.engine;
    const shapes = this.tableShapes();
    const sheets: Record<string, unknown[][]> = {};
    for (const sheet of this.sheets) {
      const grid: unknown[][] = [];
      for (const k of sheet.cells.keys()) {
        const [row, column] = k.split(",").map(Number);
        const content = this.engineContent(sheet.name, row, column, shapes);
        if (content === null) continue;
        (grid[row] ??= [])[column] = content;
      }
      for (let r = 0; r < grid.length; r++) grid[r] ??= [];
      sheets[sheet.name] = grid;
    }
    const rows = Math.max(40000, ...Object.values(sheets).map((g) => g.length + 1));
    this.engine = createFormulaEngine(sheets, { functions: this.options.functions, emptyArgAs: this.options.emptyArgAs, emptyInRangeAs: this.options.emptyInRangeAs, maxRows: rows });
    this.engineBuilds++;
    this.flagSheets = new Map();
    return this.engine;
  }

  /**
   * Each conditional format of the sheet gets its formula in a hidden engine sheet at every cell it
   * covers, so the engine knows what each flag depends on and an edit recomputes only the flags it
   * touches. Built on first use per sheet: a check that reads only values never pays for flags.
   */
  private flagsOf(sheet: string): HyperFormula {
    const engine = this.evaluate();
    const missing = this.conditionalFormats.filter((cf) => cf.sheet === sheet && cf.formula && !this.flagSheets.has(cf));
    if (missing.length === 0) return engine;
    const name = this.sheet(sheet).name;
    engine.batch(() => {
      for (const cf of missing) {
        const formula = cf.formula.startsWith("=") ? cf.formula : `=${cf.formula}`;
        const grid: RawCellContent[][] = [];
        for (let r = 0; r <= cf.range.endRow; r++) grid.push([]);
        for (let r = cf.range.row; r <= cf.range.endRow; r++) {
          for (let c = cf.range.column; c <= cf.range.endColumn; c++) {
            grid[r][c] = qualifyReferences(shiftFormula(formula, r - cf.range.row, c - cf.range.column), name);
          }
        }
        const flagSheet = engine.addSheet(FLAG_SHEET(this.conditionalFormats.indexOf(cf)));
        const id = engine.getSheetId(flagSheet)!;
        engine.setSheetContent(id, grid);
        this.flagSheets.set(cf, id);
      }
    });
    return engine;
  }

  /** The value Excel shows: a formula's result, "" for empty, an error as its code ("#N/A"). */
  value(sheet: string, row: number, column: number): CellValue {
    const cell = this.cell(sheet, row, column);
    if (!cell) return "";
    if (!cell.formula) return cell.input ?? "";
    const engine = this.evaluate();
    const id = engine.getSheetId(this.sheet(sheet).name);
    const result = engine.getCellValue({ sheet: id!, row, col: column });
    return toExcelValue(result);
  }

  /** Evaluates a native formula as if written in (row, column): relative refs moved from `origin`. */
  evaluateAt(sheet: string, formula: string, origin: { row: number; column: number }, row: number, column: number): CellValue {
    const engine = this.evaluate();
    const shifted = shiftFormula(formula, row - origin.row, column - origin.column);
    const id = engine.getSheetId(this.sheet(sheet).name)!;
    return toExcelValue(engine.calculateFormula(shifted, id) as unknown);
  }

  /** Which conditional formats apply to each cell of a sheet, and the format that results. */
  conditionalFormatting(sheet: string): Map<string, { formats: ConditionalFormatModel[]; format: FormatModel }> {
    const result = new Map<string, { formats: ConditionalFormatModel[]; format: FormatModel }>();
    for (const cf of this.conditionalFormats.filter((c) => c.sheet === sheet)) {
      for (let r = cf.range.row; r <= cf.range.endRow; r++) {
        for (let c = cf.range.column; c <= cf.range.endColumn; c++) {
          if (!this.flagApplies(cf, r, c)) continue;
          const entry = result.get(key(r, c)) ?? { formats: [], format: {} };
          entry.formats.push(cf);
          entry.format = { ...entry.format, ...cf.format };
          result.set(key(r, c), entry);
        }
      }
    }
    return result;
  }

  /** The format conditional formats give one cell (empty when none applies), as conditionalFormatting. */
  flagFormat(sheet: string, row: number, column: number): FormatModel | undefined {
    let format: FormatModel | undefined;
    for (const cf of this.conditionalFormats) {
      if (cf.sheet !== sheet || row < cf.range.row || row > cf.range.endRow || column < cf.range.column || column > cf.range.endColumn) continue;
      if (this.flagApplies(cf, row, column)) format = { ...format, ...cf.format };
    }
    return format;
  }

  private flagApplies(cf: ConditionalFormatModel, row: number, column: number): boolean {
    const engine = this.flagsOf(cf.sheet);
    const id = this.flagSheets.get(cf);
    if (id === undefined) return false;
    const outcome = toExcelValue(engine.getCellValue({ sheet: id, row, col: column }));
    return outcome === true || (typeof outcome === "number" && outcome !== 0);
  }

  usedRange(sheet: string): CellRange | null {
    let range: CellRange | null = null;
    for (const [k, cell] of this.sheet(sheet).cells) {
      if (cell.input === undefined && cell.formula === undefined) continue;
      const [row, column] = k.split(",").map(Number);
      range = range
        ? { row: Math.min(range.row, row), column: Math.min(range.column, column), endRow: Math.max(range.endRow, row), endColumn: Math.max(range.endColumn, column) }
        : { row, column, endRow: row, endColumn: column };
    }
    return range;
  }

  address(sheet: string, range: CellRange): string {
    return `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${formatRange(range)}`;
  }

  /** The name of the column letter, re-exported for callers that draw the grid. */
  static columnName = columnName;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.row <= b.endRow && b.row <= a.endRow && a.column <= b.endColumn && b.column <= a.endColumn;
}

function toExcelValue(result: unknown): CellValue {
  if (result instanceof DetailedCellError) return result.value;
  if (result === null || result === undefined) return "";
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (Array.isArray(result)) return toExcelValue(result[0]?.[0]);
  return String(result);
}
