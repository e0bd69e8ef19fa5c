// Appending imported schools to an inserted 学校数据 sheet through Office.js (the in-memory Excel): the
// clerk's rows stay as typed, the new ones land in the empty rows, and a full sheet is refused untouched.
import { readSchoolCsv } from "../../src/core/balance-schools";
import { appendSchools } from "../../src/excel/append-schools";
import { insertBalanceWorkbook } from "../../src/excel/insert-balance";
import { createFakeExcel } from "../fakes/excel";
import * as fs from "fs";
import * as path from "path";

jest.setTimeout(60000);
const all = readSchoolCsv(fs.readFileSync(path.join(__dirname, "../../docs/balance-example.csv"), "utf8"));

async function cellInput(excel: ReturnType<typeof createFakeExcel>, sheet: string, address: string) {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await context.sync();
    return range.values;
  });
}

test("writes after the clerk's last school in a constant number of syncs, touching nothing typed", async () => {
  const excel = createFakeExcel();
  await insertBalanceWorkbook(all.slice(0, 5), excel.run, () => true);
  // The clerk typed a sixth school by hand.
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("学校数据").getRange("B10:D10").values = [["手填小学", "小学", "普通"]];
    await context.sync();
  });
  const before = excel.syncCount;
  const result = await appendSchools(all.slice(4, 9), excel.run);
  expect(excel.syncCount - before).toBeLessThanOrEqual(3);
  expect(result).toMatchObject({ sheet: "学校数据", written: 4, present: [all[4].name], firstRow: 11, lastRow: 14 });
  expect(await cellInput(excel, "学校数据", "B9:B14")).toEqual([
    [all[4].name],
    ["手填小学"],
    ...all.slice(5, 9).map((s) => [s.name]),
  ]);
});

test("refuses when the sheet lacks room, or is missing, and writes nothing", async () => {
  const excel = createFakeExcel();
  await expect(appendSchools(all, excel.run)).rejects.toThrow(/没有“学校数据”表/);
  await insertBalanceWorkbook(all.slice(0, 2), excel.run, () => true);
  const before = await cellInput(excel, "学校数据", "A5:V30");
  await expect(appendSchools([...all, ...all.map((s) => ({ ...s, name: `${s.name}2` }))], excel.run)).rejects.toThrow(
    /空行/
  );
  expect(await cellInput(excel, "学校数据", "A5:V30")).toEqual(before);
});
