// Text written through Range.values stays text: Excel reads a string starting with "=", "+" or "-"
// as a formula (Range.values reference: "If the returned value starts with a plus ("+"), minus ("-"),
// or equal sign ("="), Excel interprets this value as a formula") and "86.4%" as a number.

/** Strings Excel would not keep as typed: formula starts ("@" is Lotus's), and numbers in text. */
const CONVERTED = /^\s*([=+\-@]|[+-]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?\s*$)/;

/**
 * The value to write for a cell meant to hold `value` as it is. A leading apostrophe is Excel's own
 * "this is text" mark: Excel stores the rest as text with the cell's quote-prefix flag and reports
 * the value and the formula without it (office-js #6687), so reading back gives the plan's text.
 * Chosen over the text number format "@", which would also turn numbers the clerk types into the
 * cell later into text, and which fails unsafe (a formula) where a host ignores it; an apostrophe
 * that a host ignored would show, but never compute.
 */
export function literalText<T>(value: T): T | string {
  return typeof value === "string" && CONVERTED.test(value) ? `'${value}` : value;
}

/** A whole 2-D block of values, ready for Range.values. */
export function literalValues(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((cells) => cells.map((value) => literalText(value ?? "")));
}
