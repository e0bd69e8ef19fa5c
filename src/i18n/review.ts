// Strings of the review panel (counts by category, 中期评估 report, 汇总 sheet), zh-CN first and
// en-US second; loaded with the panel's lazy chunk.
import { translator } from "./translate";

export const REVIEW_STRINGS = {
  byCategory: { "zh-CN": "按类别统计（每项指标的最新状态）", "en-US": "By category (each indicator's latest status)" },
  indicators: { "zh-CN": "{count} 项", "en-US": "{count} indicators" },
  addSummary: { "zh-CN": "插入汇总表", "en-US": "Insert the summary sheet" },
  summaryAdded: {
    "zh-CN": "已新建汇总表“{sheet}”，随规划表实时更新。",
    "en-US": 'Added the summary sheet "{sheet}"; it follows the plan sheet live.',
  },
  reportWritten: {
    "zh-CN": "已写入中期评估报告“{sheet}”（数据快照，可直接打印）。",
    "en-US": 'Wrote the mid-term review "{sheet}" (a snapshot, ready to print).',
  },
  downloadReport: { "zh-CN": "下载报告（Excel 文件）", "en-US": "Download the review (Excel file)" },
  reportDownloaded: { "zh-CN": "已下载“{name}”。", "en-US": 'Downloaded "{name}".' },
  reportOpened: { "zh-CN": "已在新工作簿中打开“{name}”。", "en-US": 'Opened "{name}" as a new workbook.' },
  noPlanSheet: {
    "zh-CN": "工作簿中没有规划表。请先在“规划模板”中插入模板。",
    "en-US": "The workbook has no plan sheet. Insert a template under Plan template first.",
  },
} as const;

export type ReviewKey = keyof typeof REVIEW_STRINGS;

export const rt = translator(REVIEW_STRINGS);
