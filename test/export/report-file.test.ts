// The 中期评估 report as a downloaded file: the same layout through ExcelJS, numbers kept numeric in
// the plan's formats, no formula, A4 landscape one page wide with page numbers; and the 汇总 in a
// file: native formulas, data bars, no chart (ExcelJS writes none).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { catalog } from "../../src/catalog";
import { buildTemplate } from "../../src/core/template";
import { insertTemplate } from "../../src/excel/insert";
import { midtermReportLayout } from "../../src/excel/report";
import { layoutToXlsx, workbookToXlsx } from "../../src/export/xlsx";
import { createFakeExcel } from "../fakes/excel";
import { cellOf } from "../excel/helpers";

const plan = catalog().getPlan("慈溪市")[0];
/** A file cell's value and number format. */
const shown = (cell: ExcelJS.Cell): [unknown, string] => [cell.value, cell.numFmt];

test("the report file: numeric cells in the plan's formats, no formulas, print setup", async () => {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(plan, excel.run, () => true);
  const layout = buildTemplate(plan);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).getRange(cellOf(layout, "cixi-01", "2023年").address).values = [
      [0.882],
    ];
    await context.sync();
  });
  const before = excel.syncCount;
  const report = await midtermReportLayout(excel.run, "zh-CN", { date: new Date("2025-03-09T23:30:00Z") });
  expect(excel.syncCount - before).toBe(2);
  expect(excel.model.sheets.map((s) => s.name)).toEqual(["Sheet1", sheetName]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await workbookToXlsx({ sheets: [report] })) as never);
  const sheet = book.getWorksheet("中期评估 2025-03-10")!;
  let formulas = 0;
  let found = false;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) formulas++;
      if (cell.value === "普惠性幼儿园比例" && !found) {
        found = true;
        expect(shown(row.getCell(5))).toEqual([0.864, "0.0%"]);
        const [gap, format] = shown(row.getCell(11));
        expect(gap).toBeCloseTo(1.8, 9);
        expect(format).toBe('0.0"个百分点"');
      }
    })
  );
  expect(found).toBe(true);
  expect(formulas).toBe(0);
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
  expect(sheet.headerFooter.oddFooter).toBe("&C第 &P 页 共 &N 页");
}, 60000);

test("the 汇总 in a file: COUNTIFS formulas with cached counts, data bars, no chart part", async () => {
  const bytes = await layoutToXlsx(buildTemplate(plan), { summary: true });
  const zip = await JSZip.loadAsync(bytes);
  expect(Object.keys(zip.files).some((name) => name.startsWith("xl/charts/"))).toBe(false);
  const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
  expect(xml.replace(/&apos;/g, "'")).toContain(
    "COUNTIFS('慈溪市 2021-2025'!$B$7:$B$77,$A5,'慈溪市 2021-2025'!$V$7:$V$77,C$4)"
  );
  expect((xml.match(/<dataBar>/g) ?? []).length).toBe(7);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  const summary = book.getWorksheet("慈溪市 2021-2025 汇总")!;
  expect(summary.getCell("A4").value).toBe("类别");
  expect((summary.getCell("B5").value as { result: number }).result).toBe(8);
  expect(summary.pageSetup).toMatchObject({ fitToWidth: 1, fitToHeight: 1, orientation: "portrait" });
});
