// Excel's API errors in words a clerk understands, zh-CN and en-US; unknown ones keep their text.
import { Language } from "../core/messages";

const FRIENDLY: Record<string, { "zh-CN": string; "en-US": string }> = {
  InvalidOperationInCellEditMode: {
    "zh-CN": "Excel 正在编辑单元格。请先按 Enter 或 Esc 退出编辑，再试一次。",
    "en-US": "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  },
  // A batch sent while the clerk edits a cell fails with InvalidOperation on hosts without
  // ExcelApi 1.11's delayForCellEdit; the code is also used for other refusals, hence "if".
  InvalidOperation: {
    "zh-CN": "Excel 暂时无法执行此操作。如果正在编辑单元格，请先按 Enter 或 Esc 退出编辑，再试一次。",
    "en-US": "Excel cannot do this right now. If you are editing a cell, press Enter or Esc to finish editing, then try again.",
  },
  AccessDenied: {
    "zh-CN": "工作簿或工作表受保护，无法写入。请取消保护后再试。",
    "en-US": "The workbook or sheet is protected. Unprotect it and try again.",
  },
  ApiNotFound: {
    "zh-CN": "此版本的 Excel 不支持所需功能，请使用 Microsoft 365 或 Excel 网页版。",
    "en-US": "This Excel does not support a feature EduPlan needs; use Microsoft 365 or Excel on the web.",
  },
  ItemAlreadyExists: {
    "zh-CN": "同名的工作表或表格已存在，请重试（EduPlan 会另起名称）。",
    "en-US": "A sheet or table with that name exists; try again (EduPlan picks another name).",
  },
  ItemNotFound: {
    "zh-CN": "找不到该工作表或单元格，可能已被删除或改名。请重新检查。",
    "en-US": "The sheet or cell no longer exists (deleted or renamed?). Run the check again.",
  },
  RequestPayloadSizeLimitExceeded: {
    "zh-CN": "一次写入的数据过多，Excel 网页版拒绝了请求。",
    "en-US": "Too much data in one request for Excel on the web.",
  },
  GeneralException: {
    "zh-CN": "Excel 内部出错，请稍后重试。",
    "en-US": "Excel reported an internal error; please try again.",
  },
};

/** A sentence for a clerk; the technical code stays at the end for support. */
export function friendlyError(error: unknown, language: Language): string {
  const code = typeof error === "object" && error !== null ? String((error as { code?: unknown }).code ?? "") : "";
  const message = error instanceof Error ? error.message : String(error);
  // Errors of our own carry their message in both languages; the pane shows one, never both.
  const localized = typeof error === "object" && error !== null ? (error as { localized?: Record<Language, string> }).localized : undefined;
  if (localized) return localized[language];
  const friendly = FRIENDLY[code];
  return friendly ? `${friendly[language]}${language === "zh-CN" ? `（错误代码 ${code}）` : ` (error code ${code})`}` : message;
}
