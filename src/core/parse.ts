// Cell values as clerks type them ("86.4%", "８６．４", "6所", "1.2万", "≥90%") → numbers and rules.
import { CellError, ERROR_CODES, ErrorCode, PassThroughCode, isCellError } from "./errors";
import { ArgumentName, errorOf } from "./messages";
import { RULE_KINDS, RuleKind } from "./plan";

/** A target as written in a cell: its figure and, when the text says so, its rule. */
export interface ParsedTarget {
  rule?: RuleKind;
  /** null only for `non_decreasing`, which has no figure of its own. */
  value: number | null;
  /** The upper end of a `between` range. */
  high?: number;
}

const HF_ERROR_TYPES: Record<string, ErrorCode | PassThroughCode> = {
  VALUE: "#VALUE!",
  NA: "#N/A",
  DIV_BY_ZERO: "#DIV/0!",
  NUM: "#NUM!",
  REF: "#REF!",
  NAME: "#NAME?",
  NULL: "#NULL!",
};

/**
 * An error value arriving as an argument, whatever its host: the core's own CellError, Excel's
 * `CustomFunctions.Error` (`code`), or a formula engine's error (`type`). Null when it is none.
 */
export function asCellError(value: unknown): CellError | null {
  if (isCellError(value)) return value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const candidate = value as { code?: unknown; type?: unknown; message?: unknown };
  const message = typeof candidate.message === "string" ? candidate.message : "";
  if (typeof candidate.code === "string" && (ERROR_CODES as readonly string[]).includes(candidate.code)) {
    return { error: candidate.code as ErrorCode, message };
  }
  if (typeof candidate.type === "string" && candidate.type in HF_ERROR_TYPES) {
    return { error: HF_ERROR_TYPES[candidate.type], message };
  }
  return null;
}

/** Full-width ASCII, ideographic space, minus signs and thousands separators made plain. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\s]+/g, "")
    .replace(/[\u2212\u2012\u2013\u2014\uFE63]/g, "-")
    .replace(/\uFE6A/g, "%")
    .replace(/[\u2265\u2A7E]/g, "≥")
    .replace(/[\u2264\u2A7D]/g, "≤")
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const MAGNITUDES: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };
const SCALES: Record<string, number> = { "%": 0.01, "‰": 0.001, 个百分点: 0.01, 百分点: 0.01 };
/** Words that make a text a target statement rather than a measured value. */
const RULE_WORDS = /以上|以下|以内|左右|不低于|不高于|不少于|不超过|达到|控制|新增|减少|下降|提高|增加|降低|约|至少|只增不减/;
const QUANTITY = new RegExp(
  String.raw`^(${NUMBER})(千|万|亿)?(%|‰|个百分点|百分点)?([A-Za-z\u4e00-\u9fff²³/·]{0,8})$`
);
const RATIO = new RegExp(String.raw`^(${NUMBER})(?::|比)(${NUMBER})$`);

type Quantity = number | CellError | undefined;

/** A number with optional magnitude, percent sign and unit; undefined when the text is none. */
function parseQuantity(text: string, name: ArgumentName, original: string): Quantity {
  const ratio = RATIO.exec(text);
  if (ratio) {
    const denominator = Number(ratio[2]);
    if (denominator === 0) return errorOf("#VALUE!", "notANumber", { name, value: original });
    return Number(ratio[1]) / denominator;
  }
  const match = QUANTITY.exec(text);
  if (!match || RULE_WORDS.test(match[4])) return undefined;
  let value = Number(match[1]);
  if (match[2]) value *= MAGNITUDES[match[2]];
  if (match[3]) value *= SCALES[match[3]];
  return tidy(value);
}

/**
 * Removes binary noise (86.4 × 0.01 = 0.8640000000000001, 0.9 − 0.864 = 0.036000000000000004) by
 * rounding to 12 significant digits: far beyond any figure a plan or a return reports, and far
 * above double precision's 15–17, so comparisons with 0 after tidying are exact where they should be.
 */
export function tidy(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value === 0 ? 0 : value;
  return Number(value.toPrecision(12));
}

/**
 * a − b with rounding noise removed: differences within 1e-12 of the operands' size are 0, so
 * 0.1 + 0.2 equals 0.3 and 90 % typed as 0.9 meets 90 %. Its sign is exact; callers that show
 * the number tidy it.
 */
export function difference(a: number, b: number): number {
  const d = a - b;
  return Math.abs(d) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)) ? 0 : d;
}

/**
 * A cell value as a number. `null`, `""`, blank text and the formula engine's empty value mean
 * "no data" and give null, never 0. A 1×1 array is unwrapped. Anything else that is not a number
 * gives a #VALUE! naming the argument.
 */
export function parseNumber(value: unknown, name: ArgumentName = "value"): number | null | CellError {
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return parseNumber(value[0][0], name);
    if (value.length === 1 && !Array.isArray(value[0])) return parseNumber(value[0], name);
    return errorOf("#VALUE!", "notAScalar", { name });
  }
  if (value === null || value === undefined || typeof value === "symbol") return null;
  const passed = asCellError(value);
  if (passed) return passed;
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : errorOf("#NUM!", "notFinite", { name });
  }
  if (typeof value === "boolean") return errorOf("#VALUE!", "boolean", { name });
  if (typeof value !== "string") return errorOf("#VALUE!", "notANumber", { name, value: String(value) });
  const text = normalizeText(value);
  if (text === "") return null;
  const quantity = parseQuantity(text, name, value);
  if (quantity === undefined) return errorOf("#VALUE!", "notANumber", { name, value });
  return quantity;
}

const PREFIXES: [RegExp, RuleKind][] = [
  [/^(>=|≥|不低于|不少于|至少|达到|达)/, "at_least"],
  [/^(<=|≤|不高于|不超过|不多于|控制在|控制)/, "at_most"],
  [/^(>|高于|超过|大于)/, "greater_than"],
  [/^(<|低于|小于|少于)/, "less_than"],
  [/^(=|等于)/, "equal"],
  [/^(约为|大约|约)/, "about"],
  [/^(新增|新建|增加|提高|增长|提升)/, "increase_by"],
  [/^(减少|下降|降低|压减)/, "decrease_by"],
];
const SUFFIXES: [RegExp, RuleKind][] = [
  [/(及以上|以上)$/, "at_least"],
  [/(及以下|以下|以内)$/, "at_most"],
  [/左右$/, "about"],
];
const NON_DECREASING = /^(逐年)?(只增不减|不减少|不下降|逐年(递增|增长|增加|提高))$/;
const FULL_COVERAGE = /^(实现)?(全覆盖|全部覆盖|全面覆盖)$/;
const RANGE = new RegExp(
  String.raw`^(${NUMBER})(%|‰)?(?:-|~|至|到)(${NUMBER})(%|‰)?([A-Za-z\u4e00-\u9fff]{0,8})$`
);

/**
 * A target cell: a number, or text carrying its rule ("≥90%", "90%以上", "不低于95%",
 * "控制在50%以内", "<5", "4-8所", "20个左右", "≥1.2:1", "新增3所", "逐年只增不减").
 */
export function parseTarget(value: unknown, name: ArgumentName = "target"): ParsedTarget | null | CellError {
  if (typeof value !== "string") {
    const number = parseNumber(value, name);
    return number === null || isCellError(number) ? number : { value: number };
  }
  let text = normalizeText(value);
  if (text === "") return null;
  if (NON_DECREASING.test(text)) return { rule: "non_decreasing", value: null };
  if (FULL_COVERAGE.test(text)) return { rule: "at_least", value: 1 };
  let rule: RuleKind | undefined;
  for (const [pattern, kind] of PREFIXES) {
    if (pattern.test(text)) {
      rule = kind;
      text = text.replace(pattern, "");
      break;
    }
  }
  for (const [pattern, kind] of SUFFIXES) {
    if (pattern.test(text)) {
      rule = rule ?? kind;
      text = text.replace(pattern, "");
      break;
    }
  }
  const range = RANGE.exec(text);
  if (range && !rule) {
    const scale = SCALES[range[4] ?? range[2] ?? ""] ?? 1;
    const low = tidy(Number(range[1]) * (range[2] ? SCALES[range[2]] : scale));
    const high = tidy(Number(range[3]) * scale);
    if (low <= high) return { rule: "between", value: low, high };
  }
  const quantity = parseQuantity(text, name, value);
  if (quantity === undefined) return errorOf("#VALUE!", "notANumber", { name, value });
  if (isCellError(quantity)) return quantity;
  if (RATIO.test(text) && (rule === "at_least" || rule === "greater_than")) rule = "ratio_at_least";
  return rule ? { rule, value: quantity } : { value: quantity };
}

const RULE_ALIASES: Record<string, RuleKind> = {
  ">=": "at_least",
  "≥": "at_least",
  以上: "at_least",
  不低于: "at_least",
  不少于: "at_least",
  达到: "at_least",
  "<=": "at_most",
  "≤": "at_most",
  以下: "at_most",
  以内: "at_most",
  不高于: "at_most",
  不超过: "at_most",
  ">": "greater_than",
  高于: "greater_than",
  "<": "less_than",
  低于: "less_than",
  "=": "equal",
  等于: "equal",
  介于: "between",
  "~": "about",
  约: "about",
  左右: "about",
  新增: "increase_by",
  增加: "increase_by",
  减少: "decrease_by",
  下降: "decrease_by",
  逐年只增不减: "non_decreasing",
  只增不减: "non_decreasing",
  比例不低于: "ratio_at_least",
  "不低于(比)": "ratio_at_least",
};

/** A rule argument: a rule kind ("at_least"), a sign ("≥", ">=") or its Chinese word ("不低于"). */
export function parseRule(value: unknown): RuleKind | null | CellError {
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return parseRule(value[0][0]);
    return errorOf("#VALUE!", "notAScalar", { name: "rule" });
  }
  if (value === null || value === undefined || typeof value === "symbol") return null;
  const passed = asCellError(value);
  if (passed) return passed;
  // The template writes rule kinds verbatim; only typed rules need normalising.
  if (typeof value === "string" && (RULE_KINDS as readonly string[]).includes(value)) return value as RuleKind;
  const text = normalizeText(String(value));
  if (text === "" || text === "0") return null;
  const lower = text.toLowerCase();
  const kind = RULE_KINDS.find((k) => k === lower);
  if (kind) return kind;
  if (text in RULE_ALIASES) return RULE_ALIASES[text];
  return errorOf("#VALUE!", "unknownRule", { value: String(value) });
}
