// Strings of the preview's demo workbook grid, zh-CN first and en-US second; loaded with the preview chunk.
import { translator } from "./translate";

const strings = {
  previewKeepsNothing: {
    "zh-CN": "演示工作簿只存在于本页面：刷新或关闭页面后，输入的内容都不会保留。",
    "en-US": "The demo workbook lives only in this page: reloading or closing it discards everything typed.",
  },
  formulaCell: {
    "zh-CN": "{address} 是公式单元格，由其他单元格自动算出，不能直接输入。请在年份列填写实际值。",
    "en-US": "{address} holds a formula computed from other cells and cannot be typed into. Type actual values in the year columns.",
  },
  undone: { "zh-CN": "已撤销 {address} 的输入。", "en-US": "Undid the entry in {address}." },
  nothingToUndo: { "zh-CN": "没有可撤销的输入。", "en-US": "Nothing to undo." },
  gridKeys: {
    "zh-CN": "直接输入即开始编辑；Enter 确认并下移，Tab 右移，Esc 取消，Delete 清除，Ctrl+Z 撤销。",
    "en-US": "Type to edit; Enter commits and moves down, Tab moves right, Esc cancels, Delete clears, Ctrl+Z undoes.",
  },
} as const;

export type PreviewStringKey = keyof typeof strings;

export const tp = translator(strings);

/** Every key, for the test that both languages are complete. */
export const PREVIEW_STRINGS = strings;
