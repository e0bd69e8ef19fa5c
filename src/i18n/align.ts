// Strings of the 规划对标 panel (cross-plan view and alignment check), zh-CN first and en-US second;
// loaded with the panel's own chunk, so the pane's first page does not carry them.
import { translator } from "./translate";

const strings = {
  crossPlan: { "zh-CN": "跨规划对比", "en-US": "Across plans" },
  crossPlanHint: {
    "zh-CN": "选择一个指标概念，查看它在各规划中的目标；读取后显示本工作簿中已填写模板的最新值和状态。",
    "en-US": "Choose a concept to see its target in every plan; after reading, the latest values and statuses of this workbook's filled templates show too.",
  },
  concept: { "zh-CN": "指标概念", "en-US": "Concept" },
  conceptOption: { "zh-CN": "{name}（{count} 个规划）", "en-US": "{name} ({count} plans)" },
  readLatest: { "zh-CN": "读取工作簿中的最新值", "en-US": "Read latest values from the workbook" },
  reading: { "zh-CN": "正在读取…", "en-US": "Reading…" },
  readDone: { "zh-CN": "已读取 {count} 项指标的最新值。", "en-US": "Read the latest values of {count} indicators." },
  readNone: {
    "zh-CN": "本工作簿中没有已插入的规划模板，只显示规划目标。",
    "en-US": "This workbook holds no plan template yet: only the plans' targets are shown.",
  },
  readFailed: { "zh-CN": "读取失败：{reason}", "en-US": "Could not read the workbook: {reason}" },
  target: { "zh-CN": "目标", "en-US": "Target" },
  targetIn: { "zh-CN": "{figure}（{year} 年）", "en-US": "{figure} ({year})" },
  baseline: { "zh-CN": "基准", "en-US": "Baseline" },
  latest: { "zh-CN": "最新", "en-US": "Latest" },
  noLatest: { "zh-CN": "无模板或未填写", "en-US": "no template or no value" },
  reference: { "zh-CN": "出处", "en-US": "Reference" },
  definition: { "zh-CN": "口径：{text}", "en-US": "Definition: {text}" },
  writeSheet: { "zh-CN": "写入新工作表", "en-US": "Write to a new sheet" },
  writing: { "zh-CN": "正在写入…", "en-US": "Writing…" },
  written: { "zh-CN": "已新建工作表“{sheet}”。", "en-US": "Created sheet \"{sheet}\"." },
  writeFailed: { "zh-CN": "写入失败，工作簿未作任何改动：{reason}", "en-US": "Writing failed; the workbook was left unchanged: {reason}" },
  alignment: { "zh-CN": "规划对标", "en-US": "Alignment with the city" },
  alignmentHint: {
    "zh-CN": "同一概念下，区县（县级市）规划的目标是否弱于所属市的规划。只比较比例、比率和生均指标；数量和金额随规模而定，不比较。",
    "en-US": "For each concept, is a district's (or county-level city's) target weaker than its city's? Only rates, ratios and per-student figures are compared; counts and amounts grow with size and are skipped.",
  },
  alignmentCounts: {
    "zh-CN": "共 {count} 项：弱于市 {weaker}，相当 {equal}，高于市 {stronger}，未比较 {skipped}",
    "en-US": "{count} findings: {weaker} weaker, {equal} equal, {stronger} stronger, {skipped} skipped",
  },
  alignmentNone: {
    "zh-CN": "没有同时出现在市规划和其区县规划中的概念。",
    "en-US": "No concept appears in both a city's plan and one of its districts' plans.",
  },
  verdict_weaker: { "zh-CN": "弱于市", "en-US": "Weaker" },
  verdict_equal: { "zh-CN": "相当", "en-US": "Equal" },
  verdict_stronger: { "zh-CN": "高于市", "en-US": "Stronger" },
  verdict_skipped: { "zh-CN": "未比较", "en-US": "Skipped" },
  suggestions: { "zh-CN": "自定义规划的概念建议", "en-US": "Concepts suggested for your own plans" },
  suggestionsHint: {
    "zh-CN": "按指标名称推荐，请逐项核对后勾选确认；确认的对应关系保存在本工作簿中。",
    "en-US": "Suggested by indicator name: check each, tick and confirm; confirmed links are saved in this workbook.",
  },
  suggestion: { "zh-CN": "{indicator} → {concept}（相似度 {score}）", "en-US": "{indicator} → {concept} (similarity {score})" },
  confirm: { "zh-CN": "确认所选（{count} 项）", "en-US": "Confirm ticked ({count})" },
  confirmed: { "zh-CN": "本工作簿共有 {count} 项已确认的对应关系。", "en-US": "This workbook holds {count} confirmed links." },
  noSuggestions: { "zh-CN": "“{plan}”没有名称相近的指标。", "en-US": "\"{plan}\" has no indicator with a similar name." },
} as const;

export type AlignStringKey = keyof typeof strings;

export const ta = translator(strings);

export const ALIGN_STRINGS = strings;
export const ALIGN_STRING_KEYS = Object.keys(strings) as AlignStringKey[];
