// The task pane's demo workbook outside Excel: the in-memory Excel, drawn as cells with the flags'
// colours, typed into like a sheet. Loaded only in the preview (a separate chunk).
import { PreviewCell, PreviewSheet, PreviewWorkbook } from "../taskpane/previewTypes";
import { createFakeExcel } from "./fake-excel";
import { CellData, WorkbookModel } from "./fake-excel/model";

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

function drawSheet(model: WorkbookModel, name: string): PreviewSheet {
  const used = model.usedRange(name);
  const rows = Math.max(MIN_ROWS, (used?.endRow ?? 0) + 2);
  const columns = Math.max(MIN_COLUMNS, (used?.endColumn ?? 0) + 1);
  const flags = model.conditionalFormatting(name);
  const tableHeaders = new Set(model.tables.filter((t) => t.sheet === name).map((t) => `${t.range.row}`));
  const grid: PreviewCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells: PreviewCell[] = [];
    for (let c = 0; c < columns; c++) {
      const data: CellData | undefined = model.cell(name, r, c);
      const flag = flags.get(`${r},${c}`)?.format;
      const inTable = model.tableAt(name, r, c);
      cells.push({
        display: data ? displayValue(model.value(name, r, c), data.numberFormat) : "",
        fill: flag?.fill ?? data?.fill ?? (inTable && tableHeaders.has(`${r}`) ? "#DDEBF7" : undefined),
        font: flag?.font ?? data?.fontColor,
        border: flag?.border,
        bold: data?.bold || (inTable !== undefined && tableHeaders.has(`${r}`)),
        locked: data?.formula !== undefined,
      });
    }
    grid.push(cells);
  }
  return { name, rows: grid };
}

export function createPreviewWorkbook(): PreviewWorkbook {
  const excel = createFakeExcel({ sheets: ["Sheet1"] });
  const { model } = excel;
  let cache: { version: number; sheets: PreviewSheet[] } | null = null;
  let version = 0;
  model.subscribe(() => {
    version++;
  });
  return {
    run: excel.run,
    sheets() {
      if (!cache || cache.version !== version) {
        // Only the active sheet is drawn in full; the others just need their names for the tabs.
        const active = model.activeSheet;
        cache = {
          version,
          sheets: model.sheets.map((s) => (s.name === active ? drawSheet(model, s.name) : { name: s.name, rows: [] })),
        };
      }
      return cache.sheets;
    },
    activeSheet: () => model.activeSheet,
    activate(sheet) {
      model.activeSheet = model.sheet(sheet).name;
      model.changed();
    },
    selection() {
      const s = model.selection;
      return s ? { sheet: s.sheet, row: s.range.row, column: s.range.column } : null;
    },
    select(sheet, row, column) {
      model.selection = { sheet, range: { row, column, endRow: row, endColumn: column } };
      model.changed();
    },
    type(sheet, row, column, input) {
      const cell = model.cell(sheet, row, column);
      if (cell?.formula) return;
      // Excel's automatic percent entry: 86.4 typed into a % cell means 86.4 %.
      const typed = cell?.numberFormat?.endsWith("%") && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(input) ? `${input.trim()}%` : input;
      model.setContent(sheet, row, column, typed);
      model.changed();
    },
    subscribe: (listener) => model.subscribe(listener),
  };
}
