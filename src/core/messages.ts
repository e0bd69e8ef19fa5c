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
  fieldRequired: { "zh-CN": "缺少必填字段", "en-US": "is required" },
  fieldNumber: { "zh-CN": "必须是数字", "en-US": "must be a number" },
  fieldInteger: { "zh-CN": "必须是整数年份（1990–2100）", "en-US": "must be a whole year (1990–2100)" },
  fieldString: { "zh-CN": "必须是非空文字", "en-US": "must be non-empty text" },
  fieldStringOrNull: { "zh-CN": "必须是文字或 null", "en-US": "must be text or null" },
  fieldNumberOrNull: { "zh-CN": "必须是数字或 null", "en-US": "must be a number or null" },
  fieldBoolean: { "zh-CN": "必须是 true 或 false", "en-US": "must be true or false" },
  fieldArray: { "zh-CN": "必须是列表", "en-US": "must be a list" },
  fieldObject: { "zh-CN": "必须是对象", "en-US": "must be an object" },
  fieldOneOf: { "zh-CN": "必须是以下之一：{values}", "en-US": "must be one of: {values}" },
  ruleOneOf: { "zh-CN": "必须是以下规则代码之一：{values}", "en-US": "must be one of these rule codes: {values}" },
  idTaken: { "zh-CN": "编号与其他规划重复", "en-US": "the id is already used by another plan" },
  fieldPattern: { "zh-CN": "格式不对，应为 {example}", "en-US": "has the wrong form; expected {example}" },
  fieldUnknown: { "zh-CN": "不认识的字段", "en-US": "is not a known field" },
  fieldEmptyList: { "zh-CN": "不能为空列表", "en-US": "must not be empty" },
  betweenNeedsHigh: { "zh-CN": "“介于”规则需要 high（上限）", "en-US": "a between rule needs high" },
  nonDecreasingNoValue: { "zh-CN": "“逐年只增不减”规则的目标值应为 null", "en-US": "a “not decreasing year on year” rule has a null value" },
  ruleNeedsValue: { "zh-CN": "该规则需要数字目标值", "en-US": "this rule needs a numeric value" },
  duplicateId: { "zh-CN": "编号重复：{id}", "en-US": "duplicate id: {id}" },
  idPrefix: { "zh-CN": "编号应以“{prefix}-”开头", "en-US": "ids must start with \"{prefix}-\"" },
  yearOrder: { "zh-CN": "基准年晚于目标年", "en-US": "the baseline year is after the target year" },
  periodOrder: { "zh-CN": "规划期起始年晚于结束年", "en-US": "the period starts after it ends" },
  yearOutsidePeriod: { "zh-CN": "年份远离规划期（{start}–{end}）", "en-US": "the year is far from the period ({start}–{end})" },
  highBelowLow: { "zh-CN": "上限低于下限", "en-US": "high is below the low end" },
  percentRange: { "zh-CN": "百分比超出 0–100", "en-US": "a percentage outside 0–100" },
  changeNotPositive: { "zh-CN": "新增/减少量应为正数", "en-US": "an increase or decrease must be positive" },
  targetBehindBaseline: {
    "zh-CN": "目标不比基准更好，请核对规则方向",
    "en-US": "the target is not better than the baseline; check the rule's direction",
  },
  planNotFound: {
    "zh-CN": "找不到规划“{query}”，可用：{candidates}",
    "en-US": "no plan \"{query}\"; available: {candidates}",
  },
  planAmbiguous: {
    "zh-CN": "“{query}”对应多个规划：{candidates}",
    "en-US": "\"{query}\" matches several plans: {candidates}",
  },
  indicatorNotFound: {
    "zh-CN": "规划“{plan}”中找不到指标“{query}”",
    "en-US": "no indicator \"{query}\" in plan \"{plan}\"",
  },
  indicatorAmbiguous: {
    "zh-CN": "“{query}”对应多个指标：{candidates}",
    "en-US": "\"{query}\" matches several indicators: {candidates}",
  },
  unknownField: {
    "zh-CN": "无法识别的字段“{value}”，可用：{fields}",
    "en-US": "unknown field \"{value}\"; use one of: {fields}",
  },
  fieldEmpty: { "zh-CN": "该指标没有“{value}”", "en-US": "the indicator has no \"{value}\"" },
  planInvalid: { "zh-CN": "规划数据有误", "en-US": "the plan data is invalid" },
  // A custom function cannot return #NAME? or #REF! (CustomFunctions.ErrorCode reference).
  errorArgument: {
    "zh-CN": "参数中含有错误值 {code}，请先修正被引用的单元格",
    "en-US": "an argument holds the error {code}; fix the cell it refers to first",
  },
  targetYearPassed: {
    "zh-CN": "最新年份已到或超过目标年，目标未达到，已没有剩余年份",
    "en-US": "the latest year has reached the target year without meeting the target: no years remain",
  },
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
  plan: { "zh-CN": "规划", "en-US": "plan" },
  indicator: { "zh-CN": "指标", "en-US": "indicator" },
  field: { "zh-CN": "字段", "en-US": "field" },
  start_value: { "zh-CN": "起始值", "en-US": "start" },
  latest: { "zh-CN": "最新值", "en-US": "latest" },
  latest_year: { "zh-CN": "最新年份", "en-US": "latest_year" },
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
  return { ...cellError(code, bilingual(key, params)), localized: { "zh-CN": message(key, "zh-CN", params), "en-US": message(key, "en-US", params) } };
}
