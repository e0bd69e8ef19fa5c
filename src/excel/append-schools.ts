// Appends confirmed, imported schools to the workbook's own 学校数据 sheet (core/school-import.ts
// planAppend): two or three syncs whatever the number of schools; only empty input cells are written.
import { SchoolRow } from "../core/balance-schools";
import { BALANCE_SHEETS } from "../core/balance-workbook";
import { parseA1 } from "../core/layout";
import { SchoolImportError, planAppend } from "../core/school-import";
import { ExcelRun } from "./run";

export interface AppendResult {
  sheet: string;
  written: number;
  /** Schools already on the sheet, left as they are. */
  present: string[];
  firstRow: number;
  lastRow: number;
}

/** The sheet is the active one when it is a 学校数据 sheet, else the first sheet of that name. */
export async function appendSchools(schools: readonly SchoolRow[], run: ExcelRun): Promise<AppendResult> {
  return run(async (context) => {
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load("name");
    const named = context.workbook.worksheets.getItemOrNullObject(BALANCE_SHEETS.schools);
    named.load("name");
    const activeUsed = active.getUsedRange(true);
    activeUsed.load("address, values, formulas");
    await context.sync();
    const useActive = active.name.startsWith(BALANCE_SHEETS.schools);
    if (!useActive && named.isNullObject)
      throw new SchoolImportError(
        "工作簿中没有“学校数据”表：请先插入测算工作簿，或切换到“学校数据”表",
        "the workbook has no 学校数据 sheet: insert the workbook first, or switch to that sheet"
      );
    const sheet = useActive ? active : named;
    let used = activeUsed;
    if (!useActive) {
      used = named.getUsedRange(true);
      used.load("address, values, formulas");
      await context.sync();
    }
    // The used range may start below or right of A1: the plan counts rows and columns from A1.
    const origin = parseA1(used.address.split("!").pop() ?? "A1");
    const pad = (rows: unknown[][]) => [
      ...Array.from({ length: origin.row }, () => [] as unknown[]),
      ...rows.map((row) => [...Array.from({ length: origin.column }, () => null), ...row]),
    ];
    const plan = planAppend(pad(used.values as unknown[][]), pad(used.formulas as unknown[][]), schools);
    for (const write of plan.writes)
      sheet.getRangeByIndexes(write.row, write.column, write.values.length, write.values[0].length).values =
        write.values as (string | number)[][];
    await context.sync();
    const name = useActive ? active.name : named.name;
    return {
      sheet: name,
      written: plan.schools.length,
      present: plan.present,
      firstRow: plan.firstRow,
      lastRow: plan.lastRow,
    };
  });
}
