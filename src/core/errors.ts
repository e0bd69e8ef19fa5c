// Excel errors as plain values inside the core; the thin wrappers turn them into host errors.

/** The Excel errors the EDU functions answer with, as Excel writes them. */
export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/** Errors that only pass through (an argument already holding them), never raised by EDU. */
export type PassThroughCode = "#REF!" | "#NAME?" | "#NULL!";

export const ERROR_CODES: readonly (ErrorCode | PassThroughCode)[] = [
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NUM!",
  "#REF!",
  "#NAME?",
  "#NULL!",
];

/** An error value: the code a native function would return and a message saying what is wrong. */
export interface CellError {
  readonly error: ErrorCode | PassThroughCode;
  readonly message: string;
  /** The message wholly in each language, where EDU raised the error; Excel is shown the clerk's. */
  readonly localized?: { readonly "zh-CN": string; readonly "en-US": string };
}

export function cellError(error: ErrorCode, message: string): CellError {
  return { error, message };
}

export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as CellError).error === "string" &&
    typeof (value as CellError).message === "string" &&
    (value as CellError).error.startsWith("#")
  );
}

/** A thrown error whose message exists in each language; the pane shows the clerk's (excel/errors.ts
 * friendlyError reads `localized`), logs and the command line get both. */
export class LocalizedError extends Error {
  readonly localized: { readonly "zh-CN": string; readonly "en-US": string };
  constructor(
    readonly zh: string,
    readonly en: string,
    message = `${zh}\n${en}`
  ) {
    super(message);
    this.localized = { "zh-CN": zh, "en-US": en };
  }
}
