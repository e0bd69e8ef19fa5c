// What the task pane needs from the in-browser demo workbook to draw it beside the pane.
import { ExcelRun } from "../excel/run";

export interface PreviewCell {
  /** Text as Excel would display it (formatted value, or the error code). */
  display: string;
  fill?: string;
  font?: string;
  border?: string;
  bold?: boolean;
  /** True where the cell is a formula or a plan figure rather than a value to type. */
  locked?: boolean;
}

export interface PreviewSheet {
  name: string;
  rows: PreviewCell[][];
  /** Frozen rows and columns (the template freezes its title block, header row and 编号 … 指标). */
  freeze?: { rows: number; columns: number };
  /** Column widths in points where the sheet sets them. */
  widths?: (number | undefined)[];
}

/** What typing did: written, or refused because the cell holds a formula. */
export type TypeOutcome = "written" | "formula";

export interface PreviewWorkbook {
  run: ExcelRun;
  sheets(): PreviewSheet[];
  activeSheet(): string | null;
  activate(sheet: string): void;
  selection(): { sheet: string; row: number; column: number } | null;
  select(sheet: string, row: number, column: number): void;
  /** A value typed into a cell, read the way Excel reads typing ("86.4%" → 0.864). */
  type(sheet: string, row: number, column: number, input: string): TypeOutcome;
  /** Takes back the last typed value (Ctrl+Z); returns the cell, now selected, or null when none is left. */
  undo(): { sheet: string; row: number; column: number } | null;
  /** Called after every change (typing, writes through `run`, selection). */
  subscribe(listener: () => void): () => void;
}
