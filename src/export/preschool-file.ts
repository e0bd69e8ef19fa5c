// The 学前教育普及普惠 sheet as an .xlsx in memory: what the pane downloads and the CLI writes.
import { buildPreschoolSheet } from "../core/preschool";
import { workbookToXlsx } from "./xlsx";

export async function preschoolFile(): Promise<{ name: string; bytes: Uint8Array }> {
  const sheet = buildPreschoolSheet();
  return { name: `${sheet.name}测算表.xlsx`, bytes: await workbookToXlsx({ sheets: [sheet] }) };
}
