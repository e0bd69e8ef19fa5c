// The writer works on the new sheet explicitly: the table is made from a Range of that sheet, and the
// sheet is activated before its panes are frozen, since freezing acts on the active view (office-js
// #3148), which the in-memory Excel reproduces.
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";
import { samplePlan } from "../fixtures/plan";
import { read, type } from "./helpers";

test("the in-memory Excel freezes the active view and reads a bare table address on the active sheet", async () => {
  const excel = createFakeExcel({ sheets: ["Active", "Other"] });
  await excel.run(async (context) => {
    const other = context.workbook.worksheets.getItem("Other");
    other.getRange("A1:B1").values = [["a", "b"]];
    context.workbook.worksheets.getItem("Active").getRange("A1:B1").values = [["c", "d"]];
    other.freezePanes.freezeRows(1);
    other.tables.add("A1:B2", true);
    await context.sync();
  });
  expect(excel.model.sheet("Active").freeze).toEqual({ rows: 1, columns: 0 });
  expect(excel.model.sheet("Other").freeze).toBeNull();
  expect(excel.model.tables[0].sheet).toBe("Active");
});

test("inserting beside the clerk's active sheet freezes and tables only the new sheet", async () => {
  const excel = createFakeExcel({ sheets: ["我的数据"] });
  await type(excel, "我的数据", "A1", "别动我");
  const { sheetName, tableName } = await insertTemplate(samplePlan, excel.run, () => true);
  expect(excel.model.sheet("我的数据").freeze).toBeNull();
  expect(excel.model.sheet(sheetName).freeze).toEqual({ rows: 6, columns: 3 });
  expect(excel.model.tables.map((t) => [t.name, t.sheet])).toEqual([[tableName, sheetName]]);
  expect(await read(excel, "我的数据", "A1")).toBe("别动我");
  expect(excel.model.activeSheet).toBe(sheetName);
});
