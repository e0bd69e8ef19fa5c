// Tells the pane when a checked sheet's values change (Worksheet.onChanged, ExcelApi 1.7), so a check
// result that no longer matches the sheet is marked out of date instead of shown as current.
import { ExcelRun, Supports } from "./run";

export type SheetWatch = (sheets: readonly string[], listener: () => void) => Promise<() => void>;

/**
 * One handler per sheet, registered the first time the sheet is watched and kept for the pane's
 * life (removing Office.js handlers needs their own request context); the latest listener is called.
 * Without ExcelApi 1.7 nothing is watched and the pane simply never marks a result out of date.
 */
export function sheetWatcher(run: ExcelRun, supports: Supports): SheetWatch {
  const watched = new Set<string>();
  const listeners = new Set<{ sheets: ReadonlySet<string>; call: () => void }>();
  const changed = (sheet: string) => listeners.forEach((l) => l.sheets.has(sheet) && l.call());
  return async (sheets, call) => {
    const entry = { sheets: new Set(sheets), call };
    listeners.add(entry);
    const fresh = sheets.filter((name) => !watched.has(name));
    if (fresh.length > 0 && supports("ExcelApi", "1.7")) {
      fresh.forEach((name) => watched.add(name));
      await run(async (context) => {
        const found = fresh.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
        await context.sync();
        for (const { name, sheet } of found) {
          if (sheet.isNullObject) watched.delete(name);
          else sheet.onChanged.add(async () => changed(name));
        }
        await context.sync();
      });
    }
    return () => {
      listeners.delete(entry);
    };
  };
}
