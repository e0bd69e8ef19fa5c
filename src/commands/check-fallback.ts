// The check the ribbon runs without the pane: the same 中期评估 report the pane writes (of the active,
// else the first plan sheet, dated in Beijing time), with a line saying so when there is nothing to list.
import { Language } from "../core/messages";
import { ExcelRun } from "../excel/run";
import { t } from "../i18n";
import { writeReport } from "../taskpane/review-actions";

export async function checkAndReport(run: ExcelRun, language: Language, date: Date = new Date()): Promise<string> {
  return writeReport(run, language, {
    date,
    notes: { noTables: t("noTables", language), allWell: t("allWell", language, { tables: 1 }) },
  });
}
