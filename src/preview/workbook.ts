// The task pane's demo workbook outside Excel: the in-memory Excel, drawn as cells with the flags'
// colours, typed into like a sheet. Loaded only in the preview (a separate chunk).
import { PreviewCell, PreviewSheet, PreviewWorkbook, TypeOutcome } from "../taskpane/previewTypes";
import { FakeExcel, createFakeExcel } from "./fake-excel";
import { CellAddress, CellData, FormatModel, WorkbookModel } from "./fake-excel/model";

/** The text Excel shows for a value under a number format (the formats the template uses). */
export function displayValue(value: unknown, format: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  const f = format ?? "General";
  const percent = /^0(\.(0+))?%$/.exec(f);
  if (percent) return `${(value * 100).toFixed(percent[2]?.length ?? 0)}%`;
  if (f === "0") return Math.round(value).toString();
  if (f === "#,##0.00") return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return Number(value.toPrecision(10)).toString();
}

const MIN_ROWS = 30;
const MIN_COLUMNS = 12;

function drawCell(model: WorkbookModel, name: string, r: number, c: number, flag: FormatModel | undefined): PreviewCell {
  const data: CellData | undefined = model.cell(name, r, c);
  const table = model.tableAt(name, r, c);
  const header = table !== undefined && table.range.row === r;
  return {
    display: data ? displayValue(model.value(name, r, c), data.numberFormat) : "",
    fill: flag?.fill ?? data?.fill ?? (header ? "#DDEBF7" : undefined),
    font: flag?.font ?? data?.fontColor,
    border: flag?.border,
    bold: data?.bold || header,
    locked: data?.formula !== undefined,
  };
}

/** The whole sheet drawn from scratch: after inserts, writes through `run`, or a new active sheet. */
export function drawSheet(model: WorkbookModel, name: string): PreviewSheet {
  const used = model.usedRange(name);
  const rows = Math.max(MIN_ROWS, (used?.endRow ?? 0) + 2);
  const columns = Math.max(MIN_COLUMNS, (used?.endColumn ?? 0) + 1);
  const flags = model.conditionalFormatting(name);
  const grid: PreviewCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells: PreviewCell[] = [];
    for (let c = 0; c < columns; c++) cells.push(drawCell(model, name, r, c, flags.get(`${r},${c}`)?.format));
    grid.push(cells);
  }
  const sheet = model.sheet(name);
  const widths = Array.from({ length: columns }, (_, c) => (sheet.hiddenColumns.has(c) ? undefined : sheet.columnWidths.get(c)));
  return { name, rows: grid, freeze: sheet.freeze ?? undefined, widths };
}

/**
 * Redraws only the cells an edit touched; rows not touched keep their identity so the grid skips
 * them. Null when the edit reaches outside the drawn area (then the sheet is drawn again).
 */
function patchSheet(model: WorkbookModel, drawn: PreviewSheet, cells: CellAddress[]): PreviewSheet | null {
  const rows = [...drawn.rows];
  const copied = new Set<number>();
  for (const { sheet, row, column } of cells) {
    if (sheet !== drawn.name) continue;
    if (row >= rows.length - 1 || column >= rows[0].length) return null;
    if (!copied.has(row)) {
      rows[row] = [...rows[row]];
      copied.add(row);
    }
    rows[row][column] = drawCell(model, sheet, row, column, model.flagFormat(sheet, row, column));
  }
  return { ...drawn, rows };
}

interface Edit {
  sheet: string;
  row: number;
  column: number;
  before: CellData | undefined;
}

/** Edits Ctrl+Z can take back. */
const UNDO_DEPTH = 100;

/** The preview over an in-memory Excel (a new one by default; tests pass their own to look inside). */
export function createPreviewWorkbook(excel: FakeExcel = createFakeExcel({ sheets: ["Sheet1"] })): PreviewWorkbook {
  const { model } = excel;
  let drawn: PreviewSheet | null = null;
  let listed: PreviewSheet[] | null = null;
  const history: Edit[] = [];
  model.subscribe((change) => {
    listed = null;
    if (change.kind === "all") drawn = null;
    else if (change.kind === "cells" && drawn) drawn = patchSheet(model, drawn, change.cells);
  });
  return {
    run: excel.run,
    sheets() {
      if (!listed) {
        // Only the active sheet is drawn in full; the others just need their names for the tabs.
        const active = model.activeSheet;
        if (drawn && drawn.name !== active) drawn = null;
        listed = model.sheets.map((s) => (s.name === active ? (drawn ??= drawSheet(model, s.name)) : { name: s.name, rows: [] }));
      }
      return listed;
    },
    activeSheet: () => model.activeSheet,
    activate(sheet) {
      model.activeSheet = model.sheet(sheet).name;
      model.viewChanged();
    },
    selection() {
      const s = model.selection;
      return s ? { sheet: s.sheet, row: s.range.row, column: s.range.column } : null;
    },
    select(sheet, row, column) {
      model.selection = { sheet, range: { row, column, endRow: row, endColumn: column } };
      model.viewChanged();
    },
    type(sheet, row, column, input): TypeOutcome {
      const cell = model.cell(sheet, row, column);
      if (cell?.formula) return "formula";
      // Excel's automatic percent entry: 86.4 typed into a % cell means 86.4 %.
      const typed = cell?.numberFormat?.endsWith("%") && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(input) ? `${input.trim()}%` : input;
      history.push({ sheet, row, column, before: cell ? { ...cell } : undefined });
      if (history.length > UNDO_DEPTH) history.shift();
      model.edit(sheet, row, column, typed);
      return "written";
    },
    undo() {
      const last = history.pop();
      if (!last) return null;
      const { sheet, row, column, before } = last;
      model.setFormat(sheet, row, column, (cell) => {
        if (before?.numberFormat === undefined) delete cell.numberFormat;
        else cell.numberFormat = before.numberFormat;
      });
      model.edit(sheet, row, column, before?.formula ?? before?.input ?? "");
      model.selection = { sheet, range: { row, column, endRow: row, endColumn: column } };
      model.viewChanged();
      return { sheet, row, column };
    },
    subscribe: (listener) => model.subscribe(() => listener()),
  };
}
