// Structured references ([@[目标值]], Table[列], Table[[#This Row],[列]], [@[2021年]:[2025年]]) turned
// into A1 addresses, since the formula engine knows only A1.
import { CellRange, columnName, quoteSheet } from "./addresses";

export interface TableShape {
  name: string;
  sheet: string;
  /** The whole table, header row included. */
  range: CellRange;
  headers: string[];
}

export class StructuredReferenceError extends Error {}

function findClosing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      i++; // an escaped character inside a column name
      continue;
    }
    if (c === "[") depth++;
    else if (c === "]") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

const unescape = (name: string) => name.replace(/'(.)/g, "$1").trim();

interface Selection {
  thisRow: boolean;
  special: "#Data" | "#All" | "#Headers" | "#Totals" | null;
  columns: [string, string] | null;
}

function parseSpecifier(inner: string): Selection {
  let text = inner.trim();
  const selection: Selection = { thisRow: false, special: null, columns: null };
  if (text.startsWith("@")) {
    selection.thisRow = true;
    text = text.slice(1).trim();
    if (text === "") return selection;
    if (!text.startsWith("[")) {
      selection.columns = [unescape(text), unescape(text)];
      return selection;
    }
  }
  if (text.startsWith("#")) {
    selection.special = text as Selection["special"];
    return selection;
  }
  if (!text.startsWith("[")) {
    selection.columns = [unescape(text), unescape(text)];
    return selection;
  }
  // A list of bracketed items: [#This Row],[A] or [A]:[B]
  const items: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === "[") {
      const close = findClosing(text, i);
      if (close < 0) throw new StructuredReferenceError(`unbalanced brackets in [${inner}]`);
      items.push(text.slice(i + 1, close));
      i = close + 1;
    } else if (text[i] === ":") {
      items.push(":");
      i++;
    } else i++;
  }
  const names: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (item === ":") continue;
    if (/^#This Row$/i.test(item)) selection.thisRow = true;
    else if (item.startsWith("#")) selection.special = item as Selection["special"];
    else names.push(unescape(item));
  }
  if (names.length > 0) selection.columns = [names[0], names[names.length - 1]];
  return selection;
}

function toAddress(table: TableShape, selection: Selection, row: number, fromSheet: string): string {
  const { range } = table;
  const columnOf = (name: string) => {
    const index = table.headers.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
    if (index < 0) throw new StructuredReferenceError(`table ${table.name} has no column ${name}`);
    return range.column + index;
  };
  const [first, last] = selection.columns ? selection.columns.map(columnOf) : [range.column, range.endColumn];
  let top = range.row + 1;
  let bottom = range.endRow;
  if (selection.thisRow) {
    if (row <= range.row || row > range.endRow) throw new StructuredReferenceError(`row ${row + 1} is outside table ${table.name}`);
    top = bottom = row;
  } else if (selection.special === "#All") top = range.row;
  else if (selection.special === "#Headers") bottom = top = range.row;
  const start = `${columnName(first)}${top + 1}`;
  const end = `${columnName(last)}${bottom + 1}`;
  const local = start === end ? start : `${start}:${end}`;
  return table.sheet === fromSheet ? local : `${quoteSheet(table.sheet)}!${local}`;
}

/**
 * Rewrites a formula written in `sheet` at (row, column) so it has no structured references.
 * Unqualified ones ([@列]) refer to the table holding that cell.
 */
export function translateStructuredReferences(
  formula: string,
  sheet: string,
  row: number,
  column: number,
  tables: readonly TableShape[]
): string {
  const here = tables.find(
    (t) => t.sheet === sheet && row >= t.range.row && row <= t.range.endRow && column >= t.range.column && column <= t.range.endColumn
  );
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, n) => {
      if (n % 2 === 1) return piece;
      let out = "";
      let i = 0;
      while (i < piece.length) {
        const rest = piece.slice(i);
        const named = /^([A-Za-z_\\][A-Za-z0-9_.]*)\[/.exec(rest);
        const boundary = i === 0 || !/[A-Za-z0-9_.]/.test(piece[i - 1]);
        let table: TableShape | undefined;
        let open = -1;
        if (named && boundary) {
          table = tables.find((t) => t.name.toLowerCase() === named[1].toLowerCase());
          if (table) open = i + named[1].length;
        } else if (piece[i] === "[" && (piece[i + 1] === "@" || piece[i + 1] === "[")) {
          if (!here) throw new StructuredReferenceError("a structured reference outside a table");
          table = here;
          open = i;
        }
        if (table && open >= 0) {
          const close = findClosing(piece, open);
          if (close < 0) throw new StructuredReferenceError(`unbalanced brackets in ${piece}`);
          out += toAddress(table, parseSpecifier(piece.slice(open + 1, close)), row, sheet);
          i = close + 1;
          continue;
        }
        out += piece[i];
        i++;
      }
      return out;
    })
    .join("");
}
