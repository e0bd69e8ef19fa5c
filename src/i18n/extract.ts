// Strings of 从文本导入 (proposals from a plan's text and their review), zh-CN first and en-US second; loaded with that chunk.
import { Language } from "../core/messages";
import type { ExtractProblemKey } from "../core/extract/extract";
import { translator } from "./translate";

/** Why nothing was proposed: shown in the pane and by the CLI. */
export const EXTRACT_MESSAGES: Record<Language, Record<ExtractProblemKey, string>> = {
  "zh-CN": {
    empty: "没有文本：请粘贴规划全文，或打开 .txt / .docx 文件。",
    tooLong: "文本太长（超过 300 万字），不像一份规划。请只粘贴规划正文。",
    notPlan: "这段文本不像教育规划：没有找到规划用语，也没有带数字的目标。",
    noFigures: "没有找到带数字的目标。请确认粘贴的是规划的目标和任务部分，或在录入表中手工填写。",
  },
  "en-US": {
    empty: "No text: paste the plan's full text, or open a .txt / .docx file.",
    tooLong: "The text is too long (over 3 million characters) to be a plan. Paste only the plan's body.",
    notPlan: "This text does not look like an education plan: no plan wording and no targets with figures.",
    noFigures:
      "No targets with figures were found. Check that the pasted text holds the plan's goals and tasks, or type them into an entry sheet.",
  },
};

const strings = {
  title: { "zh-CN": "从文本导入", "en-US": "Import from text" },
  intro: {
    "zh-CN":
      "粘贴规划全文，或打开 .txt / .docx 文件。EduPlan 找出带数字的目标，逐条请您确认；确认的指标填入新的录入表。",
    "en-US":
      "Paste the plan's full text, or open a .txt / .docx file. EduPlan finds the targets with figures and asks you to confirm each; confirmed ones fill a new entry sheet.",
  },
  paste: { "zh-CN": "规划文本", "en-US": "Plan text" },
  openFile: { "zh-CN": "打开文件（.txt / .docx）", "en-US": "Open a file (.txt / .docx)" },
  find: { "zh-CN": "查找指标", "en-US": "Find indicators" },
  finding: { "zh-CN": "正在查找…", "en-US": "Finding…" },
  found: {
    "zh-CN": "找到 {count} 条建议，另有 {milestones} 个没有数字的时间节点。",
    "en-US": "{count} proposals found, plus {milestones} milestones without figures.",
  },
  converted: { "zh-CN": "已将繁体字转换为简体字。", "en-US": "Traditional characters were converted to simplified." },
  accept: { "zh-CN": "采纳", "en-US": "Accept" },
  reject: { "zh-CN": "不要", "en-US": "Reject" },
  edit: { "zh-CN": "修改", "en-US": "Edit" },
  done: { "zh-CN": "完成", "en-US": "Done" },
  accepted: { "zh-CN": "已采纳", "en-US": "Accepted" },
  rejected: { "zh-CN": "已舍弃", "en-US": "Rejected" },
  acceptAll: { "zh-CN": "全部采纳", "en-US": "Accept all" },
  quote: { "zh-CN": "原文", "en-US": "Source text" },
  where: { "zh-CN": "位置", "en-US": "Where" },
  name: { "zh-CN": "指标名称", "en-US": "Indicator" },
  target: { "zh-CN": "目标值", "en-US": "Target" },
  targetYear: { "zh-CN": "目标年", "en-US": "Target year" },
  unit: { "zh-CN": "单位", "en-US": "Unit" },
  fill: { "zh-CN": "用采纳的 {count} 条新建录入表", "en-US": "New entry sheet with the {count} accepted" },
  filled: {
    "zh-CN": "已新建工作表“{sheet}”，填入 {count} 条指标。请核对规划名称等各项，再点“生成规划”。",
    "en-US":
      'Created sheet "{sheet}" with {count} indicators. Check the plan\'s title and other fields, then click Generate plan.',
  },
  noneAccepted: { "zh-CN": "请至少采纳一条建议。", "en-US": "Accept at least one proposal." },
  milestones: { "zh-CN": "时间节点（没有数字，不作指标）", "en-US": "Milestones (no figure, not indicators)" },
  fileError: { "zh-CN": "无法读取这个文件：{reason}", "en-US": "Cannot read this file: {reason}" },
  oldDoc: {
    "zh-CN": "旧版 .doc 文件无法读取，请在 Word 或 WPS 中另存为 .docx。",
    "en-US": "Old .doc files cannot be read; save the file as .docx in Word or WPS.",
  },
  notText: { "zh-CN": "这个文件不是文本或 Word 文件。", "en-US": "This file is neither text nor a Word document." },
} as const;

export type ExtractStringKey = keyof typeof strings;

export const extractText = translator(strings);
