// User-facing strings of the task pane, zh-CN first and en-US second; components read them via t().
import { CheckStatus, STATUS_LABELS } from "../core/status";
import { fill } from "./translate";

export type Language = "zh-CN" | "en-US";

const strings = {
  appTitle: { "zh-CN": "EduPlan 教育规划指标", "en-US": "EduPlan education plan indicators" },
  loading: { "zh-CN": "正在加载…", "en-US": "Loading…" },
  tabPlan: { "zh-CN": "规划模板", "en-US": "Plan template" },
  tabCheck: { "zh-CN": "检查", "en-US": "Check" },
  tabFunctions: { "zh-CN": "函数", "en-US": "Functions" },
  tabEntry: { "zh-CN": "自定义规划", "en-US": "Own plan" },
  tabBalance: { "zh-CN": "两县创建", "en-US": "County assessment" },
  region: { "zh-CN": "地区", "en-US": "Region" },
  plan: { "zh-CN": "规划", "en-US": "Plan" },
  choosePlan: { "zh-CN": "请选择规划", "en-US": "Choose a plan" },
  chooseRegion: { "zh-CN": "请选择地区", "en-US": "Choose a region" },
  period: { "zh-CN": "规划期", "en-US": "Period" },
  issuer: { "zh-CN": "发布单位", "en-US": "Issued by" },
  source: { "zh-CN": "来源文件", "en-US": "Source" },
  indicatorCount: { "zh-CN": "量化指标 {count} 项", "en-US": "{count} quantitative indicators" },
  perCategory: { "zh-CN": "按类别", "en-US": "By category" },
  insert: { "zh-CN": "插入指标模板", "en-US": "Insert indicator template" },
  inserting: { "zh-CN": "正在插入模板…", "en-US": "Inserting the template…" },
  formulas: { "zh-CN": "公式", "en-US": "Formulas" },
  formulasNative: { "zh-CN": "原生公式（默认，可分享）", "en-US": "Native formulas (default, shareable)" },
  formulasEdu: { "zh-CN": "EDU 函数", "en-US": "EDU functions" },
  formulasNativeHint: {
    "zh-CN": "只用 Excel 自带函数：发给没有加载项的同事、WPS 或旧版 Excel 也能计算。",
    "en-US": "Only Excel's own functions: the sheet computes for colleagues without the add-in, in WPS and in older Excel.",
  },
  formulasEduHint: {
    "zh-CN": "差距、进度、应达值和状态列用 EDU 函数，需要本加载项（Microsoft 365 或网页版）；下载的文件总是原生公式。",
    "en-US": "Gap, progress, expected value and status use the EDU functions and need this add-in (Microsoft 365 or the web); downloaded files always use native formulas.",
  },
  inserted: {
    "zh-CN": "已新建工作表“{sheet}”，共 {count} 项指标。请在年份列填写实际值。",
    "en-US": "Created sheet \"{sheet}\" with {count} indicators. Type actual values in the year columns.",
  },
  insertFailed: {
    "zh-CN": "插入失败，工作簿未作任何改动：{reason}",
    "en-US": "Insert failed; the workbook was left unchanged: {reason}",
  },
  download: { "zh-CN": "下载 Excel 文件", "en-US": "Download as Excel file" },
  downloading: { "zh-CN": "正在生成文件…", "en-US": "Making the file…" },
  downloaded: {
    "zh-CN": "已下载“{file}”：原生公式，可在 WPS、旧版 Excel 中使用。",
    "en-US": "Downloaded \"{file}\": native formulas, it works in WPS and older Excel.",
  },
  openedAsWorkbook: { "zh-CN": "已在新工作簿中打开“{file}”，请另存。", "en-US": "Opened \"{file}\" as a new workbook; save it where you like." },
  downloadFailed: { "zh-CN": "生成文件失败：{reason}", "en-US": "Could not make the file: {reason}" },
  convert: { "zh-CN": "转换为数值（已选 {count} 个）", "en-US": "Convert to numbers ({count} ticked)" },
  convertThis: { "zh-CN": "转换 {address}：“{from}” → {to}", "en-US": "Convert {address}: \"{from}\" → {to}" },
  converted: { "zh-CN": "已转换 {count} 个单元格，其他内容未改动。", "en-US": "Converted {count} cells; nothing else was changed." },
  convertSkipped: {
    "zh-CN": "{count} 个单元格在检查后已被修改，未转换。",
    "en-US": "{count} cells changed after the check and were left as they are.",
  },
  feature_conditionalFormats: { "zh-CN": "条件格式标色", "en-US": "conditional-format flags" },
  feature_dataValidation: { "zh-CN": "数据验证", "en-US": "data validation" },
  feature_pageLayout: { "zh-CN": "打印设置", "en-US": "page setup" },
  feature_freezePanes: { "zh-CN": "冻结窗格", "en-US": "frozen panes" },
  skippedFeatures: {
    "zh-CN": "此版本 Excel 不支持：{features}",
    "en-US": "Not supported by this Excel: {features}",
  },
  importPlan: { "zh-CN": "导入自定义规划（JSON 文件）", "en-US": "Import your own plan (JSON file)" },
  importHint: {
    "zh-CN": "没有 JSON 文件？在“自定义规划”中用录入表填写。导入的规划保存在本工作簿中。",
    "en-US": "No JSON file? Type the plan into an entry sheet in the Own plan tab. Imported plans are saved in this workbook.",
  },
  importDone: { "zh-CN": "已导入“{title}”，共 {count} 项指标。", "en-US": "Imported \"{title}\" with {count} indicators." },
  importFailed: { "zh-CN": "导入失败，请修改文件后重试：", "en-US": "Import failed; fix the file and try again:" },
  notJson: { "zh-CN": "文件不是有效的 JSON：{reason}", "en-US": "The file is not valid JSON: {reason}" },
  check: { "zh-CN": "检查当前表", "en-US": "Check active sheet" },
  checkWorkbook: { "zh-CN": "检查整个工作簿", "en-US": "Check whole workbook" },
  checking: { "zh-CN": "正在检查…", "en-US": "Checking…" },
  checkFailed: { "zh-CN": "检查失败：{reason}", "en-US": "Check failed: {reason}" },
  noTables: {
    "zh-CN": "没有找到 EduPlan 指标表。请先在“规划模板”中插入模板。",
    "en-US": "No EduPlan indicator table found. Insert a template first.",
  },
  allWell: {
    "zh-CN": "检查了 {tables} 张表，没有发现问题。",
    "en-US": "Plan tables checked: {tables}. Nothing to report.",
  },
  missCount: { "zh-CN": "共 {count} 处需关注", "en-US": "Cells needing attention: {count}" },
  year: { "zh-CN": "年份", "en-US": "Year" },
  actual: { "zh-CN": "实际", "en-US": "Actual" },
  target: { "zh-CN": "目标", "en-US": "Target" },
  gap: { "zh-CN": "差距", "en-US": "Gap" },
  goToCell: { "zh-CN": "转到单元格 {address}", "en-US": "Go to cell {address}" },
  writeReport: { "zh-CN": "写入中期评估报告", "en-US": "Write the mid-term review" },
  reportWritten: { "zh-CN": "已写入工作表“{sheet}”。", "en-US": "Written to sheet \"{sheet}\"." },
  functionsIntro: {
    "zh-CN": "在单元格中输入 =EDU. 即可使用以下函数。选中单元格后可插入示例公式。",
    "en-US": "Type =EDU. in a cell to use these functions. Select a cell to insert an example.",
  },
  insertExample: { "zh-CN": "插入示例", "en-US": "Insert example" },
  exampleInserted: { "zh-CN": "已在 {address} 插入示例公式。", "en-US": "Inserted the example in {address}." },
  previewBanner: {
    "zh-CN": "预览模式：未连接 Excel，旁边（窄窗口时在下方）为演示工作簿，可直接输入数值。",
    "en-US": "Preview: not running in Excel; the demo workbook beside this pane (below it when narrow) is editable.",
  },
  previewWorkbook: { "zh-CN": "演示工作簿", "en-US": "Demo workbook" },
  previewEmpty: {
    "zh-CN": "演示工作簿为空。选择规划并插入模板后，表格会显示在这里。",
    "en-US": "The demo workbook is empty. Insert a plan's template to see it here.",
  },
  cellEditor: { "zh-CN": "单元格 {address} 的值", "en-US": "Value of cell {address}" },
  language: { "zh-CN": "语言", "en-US": "Language" },
  dismiss: { "zh-CN": "关闭", "en-US": "Dismiss" },
  // 汇总 and the mid-term review (the review panel's own strings are in i18n/review.ts).
  summaryWithTemplate: { "zh-CN": "同时插入汇总表（按类别统计状态）", "en-US": "Also insert the summary sheet (statuses by category)" },
  summaryInserted: { "zh-CN": "汇总表：“{sheet}”。", "en-US": "Summary sheet: \"{sheet}\"." },
  feature_dataBars: { "zh-CN": "数据条", "en-US": "data bars" },
  feature_charts: { "zh-CN": "图表", "en-US": "chart" },
  tabAlign: { "zh-CN": "规划对标", "en-US": "Alignment" },
  // Pane feedback and help (issue 18)
  checkStale: {
    "zh-CN": "检查后工作表已有改动，此清单可能已过时。",
    "en-US": "The sheet has changed since this check; the list may be out of date.",
  },
  checkAgain: { "zh-CN": "重新检查", "en-US": "Check again" },
  statusCount: { "zh-CN": "{status}（{count}）", "en-US": "{status} ({count})" },
  categoryCount: { "zh-CN": "{category}：{count}", "en-US": "{category}: {count}" },
  documentNumber: { "zh-CN": "文号", "en-US": "Document no." },
  help: { "zh-CN": "帮助", "en-US": "Help" },
  replacePlanAsk: {
    "zh-CN": "已有同一编号（{id}）的规划“{title}”。用文件中的“{newTitle}”替换它吗？",
    "en-US": "A plan with the same id ({id}) exists: \"{title}\". Replace it with \"{newTitle}\" from the file?",
  },
  replacePlan: { "zh-CN": "替换", "en-US": "Replace" },
  keepPlan: { "zh-CN": "保留原规划", "en-US": "Keep the existing plan" },
  importKept: { "zh-CN": "未导入：原规划保持不变。", "en-US": "Not imported; the existing plan is unchanged." },
  planChecked: { "zh-CN": "最近一次检查：{counts}", "en-US": "Last check: {counts}" },
} as const;

export type StringKey = keyof typeof strings;

/** Office's display language decides; anything English gets en-US, everything else zh-CN. */
export function languageFrom(displayLanguage: string | undefined): Language {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

export function t(key: StringKey, language: Language, params: Record<string, string | number> = {}): string {
  return fill(strings[key][language], params);
}

export function statusText(status: CheckStatus, language: Language): string {
  return STATUS_LABELS[status][language];
}

/** Every key, for the test that both languages are complete. */
export const STRING_KEYS = Object.keys(strings) as StringKey[];
export const STRINGS = strings;
