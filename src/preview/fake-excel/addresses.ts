// A1 addresses for the in-memory workbook: parse, format, quote sheet names, shift relative refs.

export interface CellRange {
  row: number;
  column: number;
  endRow: number;
  endColumn: number;
}

export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

export function columnName(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Splits "'Sheet 1'!A1:B2" into its sheet (unquoted) and the range part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** "A1", "A1:C3", "$A$1", "C:C", "3:5" → a rectangle (0-based, inclusive). */
export function parseRange(local: string, maxRows = 1048576, maxColumns = 16384): CellRange | null {
  const parts = local.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return null;
  const ends = parts.map((part) => {
    let m = /^([A-Z]{1,3})(\d+)$/.exec(part);
    if (m) return { row: Number(m[2]) - 1, column: columnIndex(m[1]), kind: "cell" as const };
    m = /^([A-Z]{1,3})$/.exec(part);
    if (m) return { row: -1, column: columnIndex(m[1]), kind: "column" as const };
    m = /^(\d+)$/.exec(part);
    if (m) return { row: Number(m[1]) - 1, column: -1, kind: "row" as const };
    return null;
  });
  if (ends.some((e) => e === null)) return null;
  const [a, b] = [ends[0]!, ends[ends.length - 1]!];
  if (a.kind !== b.kind) return null;
  if (a.kind === "column") return { row: 0, column: Math.min(a.column, b.column), endRow: maxRows - 1, endColumn: Math.max(a.column, b.column) };
  if (a.kind === "row") return { row: Math.min(a.row, b.row), column: 0, endRow: Math.max(a.row, b.row), endColumn: maxColumns - 1 };
  return { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column), endRow: Math.max(a.row, b.row), endColumn: Math.max(a.column, b.column) };
}

export function formatRange(range: CellRange): string {
  const start = `${columnName(range.column)}${range.row + 1}`;
  if (range.row === range.endRow && range.column === range.endColumn) return start;
  return `${start}:${columnName(range.endColumn)}${range.endRow + 1}`;
}

/** Excel quotes a sheet name in an address unless it is plain letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Moves every relative reference of a formula by (rows, columns), keeping `$` parts fixed, the way
 * Excel applies a conditional format's formula to each cell of its range. Text in quotes is kept.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(/(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_m, before, dc, col, dr, row) => {
            const c = dc ? col : columnName(columnIndex(col) + columns);
            const r = dr ? row : String(Number(row) + rows);
            return `${before}${dc}${c}${dr}${r}`;
          })
    )
    .join("");
}
