// Excel-layer figures for npm run bench: syncs and time to insert and check a 5,000-row plan in the
// in-memory Excel (its formula engine makes the times an upper bound of the add-in's own work).
import { checkWorkbook } from "../src/excel/check";
import { insertTemplate } from "../src/excel/insert";
import { Plan } from "../src/core/plan";
import { createFakeExcel } from "../src/preview/fake-excel";

export async function measure(plan: Plan): Promise<Record<string, number>> {
  const excel = createFakeExcel();
  let start = Date.now();
  const before = excel.syncCount;
  await insertTemplate(plan, excel.run, () => true);
  const insertSyncs = excel.syncCount - before;
  const insertMs = Date.now() - start;
  start = Date.now();
  const middle = excel.syncCount;
  const result = await checkWorkbook(excel.run);
  return {
    insert_5000_rows_syncs: insertSyncs,
    insert_5000_rows_fake_ms: insertMs,
    check_5000_rows_syncs: excel.syncCount - middle,
    check_5000_rows_fake_ms: Date.now() - start,
    check_5000_rows_cells: result.cells,
  };
}
