// Preview figures for npm run bench: the time to select a cell and to commit a typed value in the
// in-browser demo workbook with a plan's template inserted (drawing the sheet's cells included).
import { insertTemplate } from "../src/excel/insert";
import { Plan } from "../src/core/plan";
import { createPreviewWorkbook } from "../src/preview/workbook";

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function elapsed(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median ms of select-then-draw and of type-then-draw over year cells of the plan's sheet. */
export async function measure(plan: Plan, samples = 9): Promise<Record<string, number>> {
  const workbook = createPreviewWorkbook();
  const inserted = await insertTemplate(plan, workbook.run, () => true);
  const sheet = inserted.sheetName;
  const first = workbook.sheets().find((s) => s.name === sheet)!;
  // The first year column is the first header that is a year ("2021年").
  const headerRow = first.rows.findIndex((row) => row.some((cell) => /^20\d\d年$/.test(cell.display)));
  const yearColumn = first.rows[headerRow].findIndex((cell) => /^20\d\d年$/.test(cell.display));
  const selects: number[] = [];
  const commits: number[] = [];
  for (let i = 0; i < samples; i++) {
    const row = headerRow + 1 + ((i * 7) % inserted.indicatorCount);
    selects.push(
      elapsed(() => {
        workbook.select(sheet, row, yearColumn);
        workbook.sheets();
      })
    );
    commits.push(
      elapsed(() => {
        workbook.type(sheet, row, yearColumn, String(50 + i));
        workbook.sheets();
      })
    );
  }
  return { preview_rows: inserted.indicatorCount, preview_select_ms: median(selects), preview_commit_ms: median(commits) };
}
