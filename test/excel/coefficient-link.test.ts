// A plan's 差异系数 year cell linked to the 测算表 in the same workbook (北仑区 and 越城区): found by name,
// written as a plain cross-sheet formula with a 备注 note, followed by the template's 最新值 and 状态 and
// by every recalculation when a school changes; a cell holding anything is written only once confirmed.
import { catalog } from "../../src/catalog";
import { evaluateSchools, readSchoolCsv } from "../../src/core/balance-schools";
import { coefficientCell } from "../../src/core/coefficient-link";
import { HEADERS } from "../../src/core/template";
import { checkWorkbook } from "../../src/excel/check";
import { findCoefficientLinks, linkCoefficient } from "../../src/excel/coefficient-link";
import { insertBalanceWorkbook } from "../../src/excel/insert-balance";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";
import { cellOf, layoutOf, read, type } from "./helpers";
import * as fs from "fs";
import * as path from "path";

jest.setTimeout(60000);
const schools = readSchoolCsv(fs.readFileSync(path.join(__dirname, "../../docs/balance-example.csv"), "utf8"));

async function activate(excel: ReturnType<typeof createFakeExcel>, sheet: string) {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}

test.each([["北仑区"], ["越城区"]])(
  "%s: the coefficient rows link to the 测算表 and follow its recalculation",
  async (region) => {
    const plan = catalog().getPlan(region)[0];
    const excel = createFakeExcel();
    const { sheetName } = await insertTemplate(plan, excel.run, () => true);
    await insertBalanceWorkbook(schools, excel.run, () => true);
    await activate(excel, sheetName);
    const found = await findCoefficientLinks(excel.run);
    expect(found.coefficientSheets).toEqual(["差异系数"]);
    expect(found.rows.map((r) => r.stage)).toEqual(["小学", "初中"]);
    const layout = layoutOf(plan);
    const expected = evaluateSchools(schools).stages;
    for (const row of found.rows) {
      const year = row.years[row.years.length - 1].year;
      const result = await linkCoefficient(
        { sheet: sheetName, id: row.id, year, coefficientSheet: "差异系数", source: "composite" },
        excel.run
      );
      expect(result).toMatchObject({ written: true, current: "", noteWritten: true });
      const cell = cellOf(layout, row.id, `${year}年`);
      expect(result.address).toBe(cell.address);
      expect(await read(excel, sheetName, cell.address)).toBeCloseTo(expected[row.stage].composite as number, 9);
      // The template reads it like a typed value: 最新值 and 状态 follow.
      expect(await read(excel, sheetName, cellOf(layout, row.id, HEADERS.latest).address)).toBeCloseTo(
        expected[row.stage].composite as number,
        9
      );
      expect(await read(excel, sheetName, cellOf(layout, row.id, HEADERS.status).address)).not.toBe("");
      expect(await read(excel, sheetName, cellOf(layout, row.id, HEADERS.remark).address)).toBe(
        `${year}年实际值${coefficientCell("差异系数", row.stage, "composite").label}`
      );
      // No other row of the year column was touched.
      const others = layout.values.filter((_v, i) => layout.headerRow + 1 + i !== cell.row).length;
      let empty = 0;
      for (let i = 0; i < layout.values.length; i++) {
        const r = layout.headerRow + 1 + i;
        if (r !== cell.row && (await read(excel, sheetName, `${cell.address.replace(/\d+$/, "")}${r + 1}`)) === "")
          empty++;
      }
      expect(empty).toBeGreaterThanOrEqual(others - found.rows.length);
    }
    // The check follows the link: 北仑区's 小学 0.2 is missed by the county's 0.212.
  if (region === "北仑区") {
    const check = await checkWorkbook(excel.run, "activeSheet");
    const miss = check.misses.find((m) => m.indicatorId === "beilun-24");
    expect(miss).toBeDefined();
    expect(miss!.year).toBe(2025);
    expect(miss!.value).toBeCloseTo(expected.小学.composite as number, 9);
  }
  // A school's data changes: the plan's year cell follows.
    const changed = schools.map((s, i) => (i === 1 ? { ...s, students: 1200 } : s));
    await type(excel, "学校数据", "E6", 1200);
    const primary = found.rows.find((r) => r.stage === "小学")!;
    const year = primary.years[primary.years.length - 1].year;
    const now = await read(excel, sheetName, cellOf(layout, primary.id, `${year}年`).address);
    expect(now).toBeCloseTo(evaluateSchools(changed).stages.小学.composite as number, 9);
    expect(Math.abs((now as number) - (expected.小学.composite as number))).toBeGreaterThan(1e-6);
  }
);

test("a cell holding a value is not replaced until the clerk confirms; a chosen indicator links its own row", async () => {
  const plan = catalog().getPlan("北仑区")[0];
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(plan, excel.run, () => true);
  await insertBalanceWorkbook(schools, excel.run, () => true);
  await activate(excel, sheetName);
  const [row] = (await findCoefficientLinks(excel.run)).rows;
  const layout = layoutOf(plan);
  const year = row.years[0].year;
  const cell = cellOf(layout, row.id, `${year}年`);
  await type(excel, sheetName, cell.address, "0.31");
  await type(excel, sheetName, cellOf(layout, row.id, HEADERS.remark).address, "区统计科提供");
  const request = { sheet: sheetName, id: row.id, year, coefficientSheet: "差异系数", source: "equipment" as const };
  const asked = await linkCoefficient(request, excel.run);
  expect(asked).toMatchObject({ written: false, current: "0.31" });
  expect(await read(excel, sheetName, cell.address)).toBe(0.31);
  const confirmed = await linkCoefficient({ ...request, replace: true }, excel.run);
  expect(confirmed).toMatchObject({ written: true, noteWritten: false });
  expect(await read(excel, sheetName, cell.address)).toBeCloseTo(
    evaluateSchools(schools).stages.小学.indicators.equipment.cv as number,
    9
  );
  expect(await read(excel, sheetName, cellOf(layout, row.id, HEADERS.remark).address)).toBe("区统计科提供");
});
