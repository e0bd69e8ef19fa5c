// A plan's template as an .xlsx file in memory: what the pane downloads or opens as a new workbook.
// Loaded only when asked for, with ExcelJS's browser build, so the pane's first page stays small.
import { Plan } from "../core/plan";
import { buildTemplate } from "../core/template";
import { layoutToXlsx } from "./xlsx";

export interface TemplateFile {
  name: string;
  bytes: Uint8Array;
}

export async function templateFile(plan: Plan): Promise<TemplateFile> {
  const layout = buildTemplate(plan);
  // A file name Windows and macOS accept: the sheet name is already free of \ / : * ? [ ].
  return { name: `${layout.sheetName.replace(/["<>|]/g, " ")}.xlsx`, bytes: await layoutToXlsx(layout, { summary: true }) };
}
