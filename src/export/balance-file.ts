// The 义务教育优质均衡 assessment workbook as an .xlsx in memory: what the pane downloads and the CLI writes.
import { SchoolRow } from "../core/balance-schools";
import { buildBalanceWorkbook } from "../core/balance-workbook";
import { workbookToXlsx } from "./xlsx";

export interface BalanceFile {
  name: string;
  bytes: Uint8Array;
  schoolCount: number;
}

export async function balanceFile(schools: readonly SchoolRow[]): Promise<BalanceFile> {
  const workbook = buildBalanceWorkbook(schools);
  return {
    name: "义务教育优质均衡测算表.xlsx",
    bytes: await workbookToXlsx(workbook.layout),
    schoolCount: workbook.schoolCount,
  };
}
