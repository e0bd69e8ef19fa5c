// A real formula engine (HyperFormula) with the EDU functions registered, for tests and the preview.
// Kept out of the add-in's own bundle: only the preview chunk and the tests import it.
import {
  CellError as EngineError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import { ErrorCode, PassThroughCode, isCellError } from "../core/errors";

export type TableFunction = (...args: unknown[]) => unknown;

export interface EngineOptions {
  functions: Record<string, TableFunction>;
  /**
   * What a reference to an empty cell becomes: 0 like Excel on the desktop (the default, so tests
   * see what most clerks' Excel does), or null like Excel on the web.
   */
  emptyArgAs?: 0 | null;
  /**
   * Empty cells inside a range argument: null as Excel documents it, or 0 as some desktop builds
   * pass them (office-js #5262, #4702), to test formulas that must survive either.
   */
  emptyInRangeAs?: 0 | null;
  maxRows?: number;
  maxColumns?: number;
}

const TO_ENGINE: Record<ErrorCode | PassThroughCode, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
  "#NULL!": ErrorType.ERROR,
};

/** The most arguments any EDU function takes; the rest are optional. */
const MAX_ARGUMENTS = 10;

/** Engine value → what Excel hands a custom function. */
function toArgument(value: unknown, emptyArgAs: 0 | null, emptyInRangeAs: 0 | null = null): unknown {
  if (value === EmptyValue) return emptyArgAs;
  if (value instanceof SimpleRangeValue) {
    // Inside a range Excel passes empty cells as empty (null), though some desktop builds pass 0.
    return value.rawData().map((row) => row.map((cell) => (cell === EmptyValue ? emptyInRangeAs : toArgument(cell, emptyArgAs))));
  }
  if (value instanceof EngineError) {
    const code = Object.entries(TO_ENGINE).find(([, type]) => type === value.type)?.[0] ?? "#VALUE!";
    return { error: code, message: value.message ?? "" };
  }
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

/** Table function result → engine value; never lets NaN or an exception reach the sheet. */
function toResult(result: unknown): unknown {
  if (isCellError(result)) return new EngineError(TO_ENGINE[result.error] ?? ErrorType.VALUE, result.message);
  if (typeof result === "number" && !Number.isFinite(result)) return new EngineError(ErrorType.NUM, "not finite");
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (result === null || result === undefined) return EmptyValue;
  return new EngineError(ErrorType.VALUE, "unsupported result");
}

// Registration is global in HyperFormula, so the empty-cell convention is too: the latest engine's wins.
let registeredPlugin: { names: string; emptyArgAs: 0 | null } | null = null;

function register(functions: Record<string, TableFunction>, emptyArgAs: 0 | null, emptyInRangeAs: 0 | null): void {
  const names = Object.keys(functions).sort().join(",");
  EduPlugin.emptyInRangeAs = emptyInRangeAs;
  if (registeredPlugin && registeredPlugin.names === names && registeredPlugin.emptyArgAs === emptyArgAs) {
    EduPlugin.table = functions;
    return;
  }
  if (registeredPlugin) HyperFormula.unregisterFunctionPlugin(EduPlugin);
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  for (const name of Object.keys(functions)) {
    const id = `EDU.${name}`;
    implemented[id] = {
      method: "call",
      parameters: Array.from({ length: MAX_ARGUMENTS }, () => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      // The functions take whole ranges themselves; the engine must not loop them cell by cell.
      vectorizationForbidden: true,
    };
    translations[id] = id;
  }
  EduPlugin.implementedFunctions = implemented;
  EduPlugin.table = functions;
  EduPlugin.emptyArgAs = emptyArgAs;
  HyperFormula.registerFunctionPlugin(EduPlugin, { enGB: translations, enUS: translations });
  registeredPlugin = { names, emptyArgAs };
}

class EduPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};
  static table: Record<string, TableFunction> = {};
  static emptyArgAs: 0 | null = 0;
  static emptyInRangeAs: 0 | null = null;

  call(ast: { procedureName: string; args: unknown[] }, state: unknown) {
    const id = ast.procedureName.toUpperCase();
    const implementation = EduPlugin.table[id.replace(/^EDU\./, "")];
    const metadata = this.metadata(id);
    return this.runFunction(ast.args as never, state as never, metadata, (...args: unknown[]) => {
      // Trailing omitted optional arguments arrive as undefined, as in Excel.
      const passed = args.slice(0, ast.args.length).map((a) => toArgument(a, EduPlugin.emptyArgAs, EduPlugin.emptyInRangeAs));
      try {
        return toResult(implementation(...passed)) as never;
      } catch (error) {
        return new EngineError(ErrorType.VALUE, error instanceof Error ? error.message : String(error)) as never;
      }
    });
  }
}

export function createFormulaEngine(sheets: Record<string, unknown[][]>, options: EngineOptions): HyperFormula {
  register(options.functions, options.emptyArgAs === undefined ? 0 : options.emptyArgAs, options.emptyInRangeAs ?? null);
  return HyperFormula.buildFromSheets(sheets as never, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    maxRows: options.maxRows ?? 40000,
    maxColumns: options.maxColumns ?? 18278,
    // Excel's own conventions, so formulas written for Excel mean the same here.
    functionArgSeparator: ",",
    decimalSeparator: ".",
    thousandSeparator: "",
    ignorePunctuation: false,
    caseSensitive: false,
    smartRounding: true,
    // Empty references reach the EDU functions as the engine's empty value; toArgument decides.
    evaluateNullToZero: false,
  });
}
