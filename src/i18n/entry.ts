// Strings of the 自定义规划 tab (the entry sheet and reading plans back), zh-CN first and en-US
// second; loaded with that tab's chunk.
import { translator } from "./translate";

const strings = {
  intro: {
    "zh-CN": "没有 JSON 文件也能建立本地规划：新建录入表，填写或粘贴指标，再点“生成规划”。已插入或下载的模板也可读回为规划。",
    "en-US": "Make your own plan without JSON: insert an entry sheet, type or paste its indicators, then click Generate plan. An inserted or downloaded template reads back as a plan too.",
  },
  newEntry: { "zh-CN": "新建录入表", "en-US": "New entry sheet" },
  entryInserted: {
    "zh-CN": "已新建工作表“{sheet}”。请填写规划名称等各项，在表中改写示例行并添加指标。",
    "en-US": "Created sheet \"{sheet}\". Fill in the plan's title and the other fields, overwrite the example row and add the indicators.",
  },
  generate: { "zh-CN": "生成规划", "en-US": "Generate plan" },
  generateHint: {
    "zh-CN": "读取当前录入表，逐行检查；没有错误时保存规划并插入其模板。",
    "en-US": "Reads the active entry sheet and checks every row; without errors it saves the plan and inserts its template.",
  },
  fromTemplate: { "zh-CN": "从模板生成规划", "en-US": "Plan from template" },
  fromTemplateHint: {
    "zh-CN": "读取当前的模板工作表，保存为规划（模板不变）。",
    "en-US": "Reads the active template sheet and saves it as a plan (the sheet stays as it is).",
  },
  fromFile: { "zh-CN": "从模板文件生成规划（.xlsx）", "en-US": "Plan from a template file (.xlsx)" },
  working: { "zh-CN": "正在读取…", "en-US": "Reading…" },
  problemsFound: {
    "zh-CN": "发现 {errors} 个错误、{warnings} 个提醒，规划未保存。点击条目转到单元格：",
    "en-US": "{errors} errors and {warnings} warnings; the plan was not saved. Click an item to go to its cell:",
  },
  warningsOnly: { "zh-CN": "提醒（不影响保存）：", "en-US": "Warnings (the plan was saved):" },
  error: { "zh-CN": "错误", "en-US": "Error" },
  warning: { "zh-CN": "提醒", "en-US": "Warning" },
  atCell: { "zh-CN": "{address}：{message}", "en-US": "{address}: {message}" },
  wholeSheet: { "zh-CN": "本表：{message}", "en-US": "Sheet: {message}" },
  replaceAsk: {
    "zh-CN": "已有编号为 {id} 的规划“{title}”。替换为刚读取的规划（{count} 项指标）吗？",
    "en-US": "A plan with id {id} exists: \"{title}\". Replace it with the plan just read ({count} indicators)?",
  },
  replace: { "zh-CN": "替换", "en-US": "Replace" },
  cancel: { "zh-CN": "取消", "en-US": "Cancel" },
  cancelled: { "zh-CN": "未作改动。", "en-US": "Nothing was changed." },
  saved: {
    "zh-CN": "已保存规划“{title}”（{id}），共 {count} 项指标，可在“规划模板”的地区列表中选择。",
    "en-US": "Saved the plan \"{title}\" ({id}) with {count} indicators; pick it in the Plan template tab's region list.",
  },
  savedReplaced: {
    "zh-CN": "已替换规划“{title}”（{id}），共 {count} 项指标。",
    "en-US": "Replaced the plan \"{title}\" ({id}); {count} indicators.",
  },
  templateInserted: { "zh-CN": "已插入模板工作表“{sheet}”。", "en-US": "Inserted the template sheet \"{sheet}\"." },
  noSheetInFile: { "zh-CN": "文件中没有可读回的模板或录入表。", "en-US": "The file holds no template or entry sheet to read." },
  failed: { "zh-CN": "操作失败：{reason}", "en-US": "Failed: {reason}" },
} as const;

export type EntryStringKey = keyof typeof strings;

export const te = translator(strings);

export const ENTRY_STRING_KEYS = Object.keys(strings) as EntryStringKey[];
export const ENTRY_STRINGS = strings;
