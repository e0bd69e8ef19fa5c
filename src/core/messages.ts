// Every message the core attaches to an error value, in zh-CN and en-US, in one place.
import { CellError, ErrorCode, cellError } from "./errors";

export type Language = "zh-CN" | "en-US";

interface Bilingual {
  "zh-CN": string;
  "en-US": string;
}

/** `{name}` placeholders are filled from the parameters given to `message()`. */
export const MESSAGES = {
  notANumber: { "zh-CN": "{name}不是数字：“{value}”", "en-US": "{name} is not a number: \"{value}\"" },
  notAScalar: { "zh-CN": "{name}应为单个单元格", "en-US": "{name} must be a single cell" },
  noData: { "zh-CN": "{name}为空", "en-US": "{name} is blank" },
  notFinite: { "zh-CN": "{name}不是有限数", "en-US": "{name} is not a finite number" },
  boolean: { "zh-CN": "{name}是逻辑值，不是数字", "en-US": "{name} is TRUE/FALSE, not a number" },
  unknownRule: {
    "zh-CN": "无法识别的规则“{value}”，可用：≥ ≤ > < = 新增 减少 逐年只增不减 或 at_least 等",
    "en-US": "unknown rule \"{value}\"; use ≥ ≤ > < = or at_least, at_most, increase_by …",
  },
  unknownMethod: {
    "zh-CN": "无法识别的方法“{value}”，可用 linear 或 cagr",
    "en-US": "unknown method \"{value}\"; use linear or cagr",
  },
  unknownLanguage: {
    "zh-CN": "无法识别的语言“{value}”，可用 zh-CN 或 en-US",
    "en-US": "unknown language \"{value}\"; use zh-CN or en-US",
  },
  targetNeedsValue: {
    "zh-CN": "规则“{rule}”需要数字目标值",
    "en-US": "rule \"{rule}\" needs a numeric target",
  },
  sizeMismatch: {
    "zh-CN": "{a}与{b}的区域大小不同",
    "en-US": "{a} and {b} are ranges of different sizes",
  },
  noValues: { "zh-CN": "{name}中没有数值", "en-US": "{name} holds no values" },
  yearNotInteger: { "zh-CN": "{name}应为整数年份", "en-US": "{name} must be a whole year" },
  tooFewIndicators: {
    "zh-CN": "只有{count}项指标，少于要求达标的{min}项",
    "en-US": "only {count} indicators, fewer than the {min} required to meet the standard",
  },
  atBaselineYear: {
    "zh-CN": "基准年尚无进度可言",
    "en-US": "there is no pace yet in the baseline year",
  },
  yearBeforeBaseline: {
    "zh-CN": "年份早于基准年",
    "en-US": "the year is before the baseline year",
  },
  targetYearBeforeBaseline: {
    "zh-CN": "目标年早于基准年",
    "en-US": "the target year is before the baseline year",
  },
  baselineEqualsTarget: {
    "zh-CN": "基准值等于目标值且未达标，进度无法计算",
    "en-US": "the baseline equals an unmet target, so progress is undefined",
  },
  notPositive: { "zh-CN": "{name}必须大于0", "en-US": "{name} must be greater than 0" },
  negative: { "zh-CN": "{name}不能为负数", "en-US": "{name} must not be negative" },
  zeroMean: { "zh-CN": "平均值为0，差异系数无法计算", "en-US": "the mean is 0, so the coefficient is undefined" },
  noTarget: { "zh-CN": "缺少目标值", "en-US": "the target is missing" },
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

/** Names of arguments as the messages show them. */
export const ARGUMENT_NAMES = {
  target: { "zh-CN": "目标值", "en-US": "target" },
  actual: { "zh-CN": "实际值", "en-US": "actual" },
  baseline: { "zh-CN": "基准值", "en-US": "baseline" },
  baseline_year: { "zh-CN": "基准年", "en-US": "baseline_year" },
  target_year: { "zh-CN": "目标年", "en-US": "target_year" },
  year: { "zh-CN": "年份", "en-US": "year" },
  rule: { "zh-CN": "规则", "en-US": "rule" },
  method: { "zh-CN": "方法", "en-US": "method" },
  language: { "zh-CN": "语言", "en-US": "language" },
  start: { "zh-CN": "起始值", "en-US": "start" },
  end: { "zh-CN": "终止值", "en-US": "end" },
  years: { "zh-CN": "年数", "en-US": "years" },
  values: { "zh-CN": "数值区域", "en-US": "values" },
  weights: { "zh-CN": "权重区域", "en-US": "weights" },
  standards: { "zh-CN": "标准值区域", "en-US": "standards" },
  min_met: { "zh-CN": "最少达标项数", "en-US": "min_met" },
  floor: { "zh-CN": "最低比例", "en-US": "floor" },
  value: { "zh-CN": "值", "en-US": "value" },
} satisfies Record<string, Bilingual>;

export type ArgumentName = keyof typeof ARGUMENT_NAMES;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole
  );
}

/** One message in one language. Parameters named after arguments are translated. */
export function message(
  key: MessageKey,
  language: Language,
  params: Record<string, string | number> = {}
): string {
  const translated: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    translated[name] =
      typeof value === "string" && value in ARGUMENT_NAMES && name !== "value"
        ? ARGUMENT_NAMES[value as ArgumentName][language]
        : value;
  }
  return fill(MESSAGES[key][language], translated);
}

/** The bilingual text an error carries: zh-CN first, English in brackets. */
export function bilingual(key: MessageKey, params: Record<string, string | number> = {}): string {
  return `${message(key, "zh-CN", params)} (${message(key, "en-US", params)})`;
}

export function errorOf(
  code: ErrorCode,
  key: MessageKey,
  params: Record<string, string | number> = {}
): CellError {
  return cellError(code, bilingual(key, params));
}
