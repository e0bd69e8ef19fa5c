// A tiny worksheet-formula language: one expression, evaluated in TypeScript with Excel's semantics
// or printed as a native formula, so the core and the sheet run the same arithmetic (rule-table.ts).

/** A value as a cell holds it: number, text, boolean, or blank (null). */
export type Scalar = number | string | boolean | null;

export type Expr =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "var"; name: string }
  | { k: "op"; op: Operator; a: Expr; b: Expr }
  | { k: "fn"; fn: FunctionName; args: Expr[] };

export type Operator = "+" | "-" | "*" | "/" | "<" | "<=" | ">" | ">=" | "=" | "<>";

/** Every function the layouts may use: all in Excel 2007 (no _xlfn. prefix), WPS and LibreOffice. */
export const NATIVE_FUNCTIONS = ["IF", "AND", "OR", "NOT", "ISNUMBER", "ISTEXT", "ABS", "MAX", "MIN", "ROUND", "VALUE", "LEFT", "TRUE", "FALSE"] as const;
export type FunctionName = Exclude<(typeof NATIVE_FUNCTIONS)[number], "TRUE" | "FALSE">;

export const num = (v: number): Expr => ({ k: "num", v });
export const str = (v: string): Expr => ({ k: "str", v });
export const ref = (name: string): Expr => ({ k: "var", name });
const op =
  (o: Operator) =>
  (a: Expr, b: Expr): Expr => ({ k: "op", op: o, a, b });
export const add = op("+");
export const sub = op("-");
export const mul = op("*");
export const div = op("/");
export const lt = op("<");
export const le = op("<=");
export const gt = op(">");
export const ge = op(">=");
export const eq = op("=");
export const ne = op("<>");
const fn =
  (name: FunctionName) =>
  (...args: Expr[]): Expr => ({ k: "fn", fn: name, args });
export const IF = fn("IF");
export const AND = fn("AND");
export const OR = fn("OR");
export const NOT = fn("NOT");
export const ISNUMBER = fn("ISNUMBER");
export const ISTEXT = fn("ISTEXT");
export const ABS = fn("ABS");
export const MAX = fn("MAX");
export const MIN = fn("MIN");
export const ROUND = fn("ROUND");

/** The sum of several terms (booleans count 1), or 0 for none. */
export const sum = (terms: Expr[]): Expr => (terms.length === 0 ? num(0) : terms.reduce((total, term) => add(total, term)));

/** Replaces variables by expressions (helper columns inlined, or one dialect's cells). */
export function substitute(expr: Expr, bindings: Readonly<Record<string, Expr>>): Expr {
  switch (expr.k) {
    case "var":
      return bindings[expr.name] ?? expr;
    case "op":
      return { ...expr, a: substitute(expr.a, bindings), b: substitute(expr.b, bindings) };
    case "fn":
      return { ...expr, args: expr.args.map((arg) => substitute(arg, bindings)) };
    default:
      return expr;
  }
}

/**
 * Folds what is known before any cell is read (the rule code of a conditional format, say):
 * "at_least"="at_least" becomes TRUE and IF/AND/OR drop their dead branches, so a flag's formula
 * holds only its own rule's arithmetic.
 */
export function simplify(expr: Expr): Expr {
  if (expr.k === "op") {
    const a = simplify(expr.a);
    const b = simplify(expr.b);
    if ((expr.op === "=" || expr.op === "<>") && a.k === "str" && b.k === "str") return bool((a.v === b.v) === (expr.op === "="));
    return { ...expr, a, b };
  }
  if (expr.k !== "fn") return expr;
  const args = expr.args.map(simplify);
  const known = (e: Expr) => (e.k === "fn" && (e.fn === "AND" || e.fn === "OR") && e.args.length === 0 ? e.fn === "AND" : undefined);
  switch (expr.fn) {
    case "IF": {
      const test = known(args[0]);
      if (test !== undefined) return test ? args[1] : (args[2] ?? bool(false));
      const [then, otherwise] = [known(args[1]), known(args[2] ?? bool(false))];
      // Conditions are TRUE or FALSE, so IF(c,TRUE,FALSE) is c and IF(c,FALSE,TRUE) is NOT(c).
      if (then !== undefined && then === otherwise) return bool(then);
      if (then === true && otherwise === false) return args[0];
      if (then === false && otherwise === true) return { k: "fn", fn: "NOT", args: [args[0]] };
      return { ...expr, args };
    }
    case "NOT": {
      const test = known(args[0]);
      return test === undefined ? { ...expr, args } : bool(!test);
    }
    case "AND":
    case "OR": {
      const neutral = expr.fn === "AND";
      const kept: Expr[] = [];
      for (const arg of args) {
        const value = known(arg);
        if (value === undefined) kept.push(arg);
        else if (value !== neutral) return bool(!neutral);
      }
      if (kept.length === 0) return bool(neutral);
      return kept.length === 1 ? kept[0] : { ...expr, args: kept };
    }
    default:
      return { ...expr, args };
  }
}

/** TRUE and FALSE as AND() and OR() with no arguments, which simplify() folds away. */
function bool(value: boolean): Expr {
  return { k: "fn", fn: value ? "AND" : "OR", args: [] };
}

const PRECEDENCE: Record<Operator, number> = { "=": 1, "<>": 1, "<": 1, "<=": 1, ">": 1, ">=": 1, "+": 2, "-": 2, "*": 3, "/": 3 };

/** Prints an expression as a native formula (no leading "="); variables become `cells[name]`. */
export function toFormula(expr: Expr, cells: Readonly<Record<string, string>>): string {
  const print = (e: Expr, parent: number, right: boolean): string => {
    switch (e.k) {
      case "num":
        return e.v < 0 ? `(${formatNumber(e.v)})` : formatNumber(e.v);
      case "str":
        return `"${e.v.replace(/"/g, '""')}"`;
      case "var": {
        const cell = cells[e.name];
        if (cell === undefined) throw new Error(`formula variable ${e.name} has no cell`);
        return cell;
      }
      case "op": {
        const p = PRECEDENCE[e.op];
        const text = `${print(e.a, p, false)}${e.op}${print(e.b, p, true)}`;
        return p < parent || (p === parent && right) ? `(${text})` : text;
      }
      case "fn":
        // TRUE() and FALSE() rather than bare TRUE: every engine reads the functions (HyperFormula no literal).
        if (e.args.length === 0 && (e.fn === "AND" || e.fn === "OR")) return e.fn === "AND" ? "TRUE()" : "FALSE()";
        return `${e.fn}(${e.args.map((arg) => print(arg, 0, false)).join(",")})`;
    }
  };
  return print(expr, 0, false);
}

function formatNumber(value: number): string {
  return String(value).replace("e+", "E+").replace("e-", "E-");
}

/** The function names a formula calls, for the allow-list test. */
export function functionsIn(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...withoutStrings.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1].toUpperCase());
}

/** The deepest nesting of parentheses in a formula (Excel allows 64 levels of functions). */
export function nestingDepth(formula: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of formula.replace(/"(?:[^"]|"")*"/g, '""')) {
    if (ch === "(") deepest = Math.max(deepest, ++depth);
    else if (ch === ")") depth--;
  }
  return deepest;
}

/** Cells by variable name; a cell may hold an error, which propagates as in Excel. */
export type Env = Readonly<Record<string, Scalar | FormulaError>>;
type Value = Scalar | FormulaError;
export type Compiled = (env: Env) => Value;

/** Excel's error for arithmetic on text, kept as a value the way a cell would hold it. */
export class FormulaError {
  constructor(readonly code: "#VALUE!" | "#DIV/0!" | "#NUM!") {}
}

function numeric(value: Value): number {
  if (value instanceof FormulaError) throw value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  throw new FormulaError("#VALUE!");
}

function truthy(value: Value): boolean {
  if (typeof value === "string") throw new FormulaError("#VALUE!");
  return numeric(value) !== 0;
}

/** Excel's ROUND: half away from zero, after removing binary noise at 15 significant digits. */
export function excelRound(value: number, digits: number): number {
  const factor = Math.pow(10, digits);
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor || 0;
}

function compare(op: Operator, a: Value, b: Value): boolean {
  if (a instanceof FormulaError) throw a;
  if (b instanceof FormulaError) throw b;
  // Excel orders numbers < text < booleans; blank compares as 0 with numbers and "" with text.
  const rank = (v: Scalar) => (typeof v === "string" ? 1 : typeof v === "boolean" ? 2 : 0);
  let x: Scalar = a;
  let y: Scalar = b;
  if (x === null) x = typeof y === "string" ? "" : typeof y === "boolean" ? false : 0;
  if (y === null) y = typeof x === "string" ? "" : typeof x === "boolean" ? false : 0;
  let order: number;
  if (rank(x) !== rank(y)) order = rank(x) - rank(y);
  else if (typeof x === "string") order = x.toLowerCase() < (y as string).toLowerCase() ? -1 : x.toLowerCase() > (y as string).toLowerCase() ? 1 : 0;
  else order = numeric(x) - numeric(y as number);
  switch (op) {
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
    case "=":
      return order === 0;
    default:
      return order !== 0;
  }
}

/** Turns an expression into a TypeScript closure (no eval): the core's dialect of the same rules. */
export function compile(expr: Expr): Compiled {
  switch (expr.k) {
    case "num":
    case "str": {
      const value = expr.v;
      return () => value;
    }
    case "var": {
      const name = expr.name;
      return (env) => {
        const value = env[name];
        return value === undefined ? null : value;
      };
    }
    case "op": {
      const a = compile(expr.a);
      // ("" is text: arithmetic on it is #VALUE!, as in Excel.)
      const b = compile(expr.b);
      switch (expr.op) {
        case "+":
          return (env) => numeric(a(env)) + numeric(b(env));
        case "-":
          return (env) => numeric(a(env)) - numeric(b(env));
        case "*":
          return (env) => numeric(a(env)) * numeric(b(env));
        case "/":
          return (env) => {
            const d = numeric(b(env));
            if (d === 0) throw new FormulaError("#DIV/0!");
            return numeric(a(env)) / d;
          };
        default: {
          const o = expr.op;
          return (env) => compare(o, a(env), b(env));
        }
      }
    }
    case "fn": {
      const args = expr.args.map(compile);
      switch (expr.fn) {
        case "IF":
          return (env) => (truthy(args[0](env)) ? args[1](env) : args[2] ? args[2](env) : false);
        // Excel's AND and OR evaluate every argument, so an error anywhere is the answer.
        case "AND":
          return (env) => args.map((arg) => truthy(arg(env))).every(Boolean);
        case "OR":
          return (env) => args.map((arg) => truthy(arg(env))).some(Boolean);
        case "NOT":
          return (env) => !truthy(args[0](env));
        case "ISNUMBER":
          return (env) => typeof args[0](env) === "number";
        case "ISTEXT":
          return (env) => typeof args[0](env) === "string";
        case "ABS":
          return (env) => Math.abs(numeric(args[0](env)));
        case "MAX":
          return (env) => Math.max(...args.map((arg) => numeric(arg(env))));
        case "MIN":
          return (env) => Math.min(...args.map((arg) => numeric(arg(env))));
        case "ROUND":
          return (env) => excelRound(numeric(args[0](env)), numeric(args[1](env)));
        default:
          throw new Error(`${expr.fn} is for sheet headers only, not for the core`);
      }
    }
  }
}

/** Evaluates a compiled expression, turning Excel's errors into their codes as a cell shows them. */
export function run(compiled: Compiled, env: Env): Value {
  try {
    return compiled(env);
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
}
