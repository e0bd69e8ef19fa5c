// The check the ribbon runs without the pane: the active sheet's misses written to a report sheet,
// with a line saying so when there is nothing to list.
import { Language } from "../core/messages";
import { checkWorkbook, writeReport } from "../excel/check";
import { ExcelRun } from "../excel/run";
import { t } from "../i18n";

export async function checkAndReport(run: ExcelRun, language: Language, date: Date = new Date()): Promise<string> {
  const result = await checkWorkbook(run, "activeSheet");
  const note =
    result.tables === 0
      ? t("noTables", language)
      : result.misses.length === 0
        ? t("allWell", language, { tables: result.tables })
        : undefined;
  return writeReport(run, result.misses, language, date, note);
}
