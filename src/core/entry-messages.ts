// What reading a 规划录入表 (or a template) back into a plan can say about a cell, in zh-CN and en-US.
import { Language } from "./messages";

/** `{name}` placeholders are filled from a problem's parameters. */
export const ENTRY_MESSAGES = {
  noTable: {
    "zh-CN": "本表没有规划指标表：需要带“类别、指标、单位、规则、目标年、目标值”等列标题的一行",
    "en-US": "no plan table on this sheet: a header row with 类别, 指标, 单位, 规则, 目标年, 目标值 … is needed",
  },
  missingColumn: { "zh-CN": "指标表缺少“{column}”列", "en-US": "the table has no column “{column}”" },
  noIndicators: { "zh-CN": "指标表中没有指标行", "en-US": "the table holds no indicator rows" },
  titleMissing: { "zh-CN": "请填写规划名称", "en-US": "the plan's title is missing" },
  regionMissing: { "zh-CN": "请填写地区", "en-US": "the region is missing" },
  issuerMissing: { "zh-CN": "请填写发布单位", "en-US": "the issuer is missing" },
  periodMissing: { "zh-CN": "请填写规划起始年和结束年（如 2021 和 2025）", "en-US": "the plan's first and last year are missing (e.g. 2021 and 2025)" },
  periodOrder: { "zh-CN": "规划起始年晚于结束年", "en-US": "the plan starts after it ends" },
  planIdInvalid: {
    "zh-CN": "规划编号只能用小写字母、数字和连字符，并以字母开头（如 haishu-2024-2026）；可留空自动生成",
    "en-US": "a plan id takes lower-case letters, digits and hyphens, starting with a letter (e.g. haishu-2024-2026); leave it blank to have one made",
  },
  nameMissing: { "zh-CN": "该行没有指标名称", "en-US": "this row has no indicator name" },
  categoryMissing: { "zh-CN": "请填写类别", "en-US": "the category is missing" },
  ruleMissing: { "zh-CN": "请选择规则", "en-US": "choose a rule" },
  unknownRule: {
    "zh-CN": "无法识别的规则“{value}”，请从下拉列表中选择：{rules}",
    "en-US": "unknown rule “{value}”; choose one from the drop-down: {rules}",
  },
  targetMissing: { "zh-CN": "规则“{rule}”需要目标值", "en-US": "rule “{rule}” needs a target value" },
  targetYearMissing: { "zh-CN": "请填写目标年", "en-US": "the target year is missing" },
  notANumber: { "zh-CN": "“{value}”不是数字", "en-US": "“{value}” is not a number" },
  notAYear: { "zh-CN": "“{value}”不是 1990–2100 之间的年份", "en-US": "“{value}” is not a year between 1990 and 2100" },
  baselineIncomplete: { "zh-CN": "基准年和基准值要同时填写", "en-US": "give both the baseline year and the baseline value" },
  yearOrder: { "zh-CN": "基准年（{baseline}）晚于目标年（{target}）", "en-US": "the baseline year ({baseline}) is after the target year ({target})" },
  betweenNeedsHigh: { "zh-CN": "规则“介于”需要目标上限", "en-US": "rule “between” needs the upper end (目标上限)" },
  highBelowLow: { "zh-CN": "目标上限小于目标值", "en-US": "the upper end is below the target value" },
  highNotUsed: { "zh-CN": "只有规则“介于”使用目标上限，此值将被忽略", "en-US": "only rule “between” uses an upper end; this value is ignored" },
  duplicateIndicator: { "zh-CN": "指标“{name}”与第 {row} 行重复", "en-US": "indicator “{name}” repeats row {row}" },
  percentAbove100: {
    "zh-CN": "百分比 {value}% 超过 100%（毛入学率等可以超过，请核对）",
    "en-US": "a percentage of {value}% is above 100% (gross enrolment ratios may be; please check)",
  },
  percentNegative: { "zh-CN": "百分比 {value}% 小于 0", "en-US": "a percentage of {value}% is below 0" },
  unknownAttribute: { "zh-CN": "指标属性只能填“约束性”或“预期性”，不是“{value}”", "en-US": "指标属性 is 约束性 or 预期性, not “{value}”" },
  exampleRow: { "zh-CN": "这是示例行，请改写或删除", "en-US": "this is the example row: overwrite or delete it" },
  idInvalid: {
    "zh-CN": "编号“{value}”不合规则，已改为自动生成",
    "en-US": "id “{value}” does not fit the pattern; ids are generated instead",
  },
  planCheck: { "zh-CN": "{zh}", "en-US": "{en}" },
} as const;

export type EntryMessageKey = keyof typeof ENTRY_MESSAGES;

export function entryMessage(key: EntryMessageKey, language: Language, params: Record<string, string | number> = {}): string {
  return ENTRY_MESSAGES[key][language].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
