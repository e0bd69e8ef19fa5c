// The review's actions (中期评估 report, its download, 汇总), loaded with the review chunk on first use
// so the pane's first page carries none of them.
import { catalog } from "../catalog";
import { Language } from "../core/messages";
import { IndicatorAttribute } from "../core/plan";
import { ReportOptions, addSummary as addSummarySheet, midtermReportLayout, writeMidtermReport } from "../excel/report";
import { ExcelRun, Supports } from "../excel/run";

const ATTRIBUTE_WORDS: Record<IndicatorAttribute, Record<Language, string>> = {
  binding: { "zh-CN": "约束性", "en-US": "Binding" },
  expected: { "zh-CN": "预期性", "en-US": "Expected" },
};

/** 约束性 / 预期性 by indicator id of the bundled plan a table was inserted from (EduPlan_<id>…). */
const attributesIn = (language: Language) => (table: string): Record<string, string> | undefined => {
  const plan = catalog()
    .listPlans()
    .find((p) => table.toLowerCase().startsWith(`eduplan_${p.id.replace(/[^A-Za-z0-9_]/g, "_")}`.toLowerCase()));
  const marked = plan?.indicators.filter((i) => i.attribute) ?? [];
  return marked.length > 0 ? Object.fromEntries(marked.map((i) => [i.id, ATTRIBUTE_WORDS[i.attribute!][language]])) : undefined;
};

/** Writes the 中期评估 report with the plan's 约束性 / 预期性 marks (the pane's button and the ribbon's fallback). */
export const writeReport = (run: ExcelRun, language: Language, options: Omit<ReportOptions, "attributes"> = {}) =>
  writeMidtermReport(run, language, { ...options, attributes: attributesIn(language) });

/** The report as file bytes, for the pane to open or save like a template. */
export async function reportFile(run: ExcelRun, language: Language): Promise<{ name: string; bytes: Uint8Array }> {
  const layout = await midtermReportLayout(run, language, { attributes: attributesIn(language) });
  // ExcelJS comes with the template download's chunk, not with the review's.
  const { workbookToXlsx } = await import(/* webpackChunkName: "template-file" */ "../export/xlsx");
  return { name: `${layout.name}.xlsx`, bytes: await workbookToXlsx({ sheets: [layout] }) };
}

export const addSummary = (run: ExcelRun, supports: Supports) => addSummarySheet(run, supports);
