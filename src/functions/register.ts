// Entry of the functions chunk: registers every EDU function with Excel, mapping the core's error
// values to CustomFunctions.Error (Excel shows a message only for #VALUE! and #N/A). Errors reach a
// function as inputs only where the metadata says allowErrorForDataTypeAny; EDU leaves it off, so
// Excel answers an error argument with that error itself, as its native functions do.
import { CellError, isCellError } from "../core/errors";
import { Language, message } from "../core/messages";
import { FunctionResult, functions } from "./index";

type HostErrorCode =
  | "invalidValue"
  | "notAvailable"
  | "divisionByZero"
  | "invalidNumber"
  | "nullReference"
  | "invalidName"
  | "invalidReference";

const HOST_CODES: Record<CellError["error"], HostErrorCode> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
  "#NAME?": "invalidName",
  "#REF!": "invalidReference",
};

/** Just the part of the `CustomFunctions` global this file uses, so tests can pass a fake. */
export interface CustomFunctionsHost {
  associate(id: string, implementation: (...args: unknown[]) => unknown): void;
  Error: new (code: never, message?: string) => unknown;
  ErrorCode: Record<HostErrorCode, unknown>;
}

/**
 * Errors Excel accepts as custom-function inputs but not as outputs: "this error code is supported
 * as a custom function input error, but not as a custom function output error" (CustomFunctions.
 * ErrorCode reference, invalidName and invalidReference). Returned as #VALUE! saying which it was.
 */
const INPUT_ONLY: readonly CellError["error"][] = ["#NAME?", "#REF!"];

/** Excel's display language as the pane's two: Chinese unless Office says otherwise. */
export function officeLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const display = office?.context?.displayLanguage;
  return display && !/^zh/i.test(display) ? "en-US" : "zh-CN";
}

/** The host's error for a core result; the message is wholly in the clerk's language. */
export function toHostResult(host: CustomFunctionsHost, result: FunctionResult, language: Language = "zh-CN"): unknown {
  if (!isCellError(result)) return result;
  if (INPUT_ONLY.includes(result.error)) {
    return new host.Error(host.ErrorCode.invalidValue as never, message("errorArgument", language, { code: result.error }));
  }
  const code = host.ErrorCode[HOST_CODES[result.error]] as never;
  const showsMessage = result.error === "#VALUE!" || result.error === "#N/A";
  return showsMessage ? new host.Error(code, result.localized?.[language] ?? result.message) : new host.Error(code);
}

export function registerFunctions(host: CustomFunctionsHost, language: () => Language = officeLanguage): string[] {
  const ids = Object.keys(functions);
  for (const id of ids) {
    const implementation = functions[id];
    host.associate(id, (...args: unknown[]) => toHostResult(host, implementation(...args), language()));
  }
  return ids;
}

// Excel provides the global in its custom-functions runtime; elsewhere (preview, Node) it is absent.
const host = (globalThis as { CustomFunctions?: CustomFunctionsHost }).CustomFunctions;
if (host) registerFunctions(host);
