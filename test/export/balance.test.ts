// The 优质均衡 workbook through both writers: Office.js inserts it in two syncs whatever the number of
// schools and writes the same cells, formats, shading, flags, hidden helpers and page setup as the
// ExcelJS file; nothing existing is touched; the file holds every sheet and caches the core's results.
import ExcelJS from "exceljs";
import { buildBalanceWorkbook } from "../../src/core/balance-workbook";
import { workbookToXlsx } from "../../src/export/xlsx";
import { insertBalanceWorkbook } from "../../src/excel/insert-balance";
import { createFakeExcel } from "../fakes/excel";
import { county } from "../support/county";

// Inserting hundreds of schools through the in-memory Excel takes seconds on a loaded machine.
jest.setTimeout(120000);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  return book;
}

/** What the file holds in a cell, as plain data. */
function fileCell(sheet: ExcelJS.Worksheet, row: number, column: number): { value: unknown; fill: string | null } {
  // ExcelJS's row API: the Office.js lint rules take a getCell() result for a proxy object.
  const { value, fill } = sheet.getRow(row + 1).getCell(column + 1);
  return { value: value as unknown, fill: (fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null };
}

async function typeInto(
  excel: ReturnType<typeof createFakeExcel>,
  sheet: string,
  address: string,
  value: string
): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

test("inserted in two syncs whatever the size, next to existing sheets, which stay untouched", async () => {
  for (const size of [5, 400]) {
    const excel = createFakeExcel({ sheets: ["学校数据", "Sheet1"] });
    await typeInto(excel, "学校数据", "A1", "clerk's own");
    const before = excel.syncCount;
    const result = await insertBalanceWorkbook(county(size, 9), excel.run, () => true);
    expect(excel.syncCount - before).toBe(2);
    expect(result.sheetNames).toContain("学校数据 (2)");
    expect(excel.model.sheet("学校数据").cells.get("0,0")?.input).toBe("clerk's own");
  }
});

test("Office.js writer and ExcelJS writer write the same workbook", async () => {
  const schools = county(40, 3);
  const excel = createFakeExcel();
  const { sheetNames } = await insertBalanceWorkbook(schools, excel.run, () => true);
  const workbook = buildBalanceWorkbook(schools, { existingSheets: ["Sheet1"] });
  expect(sheetNames).toEqual(workbook.layout.sheets.map((s) => s.name));
  const file = await load(await workbookToXlsx(workbook.layout));
  expect(file.worksheets.map((s) => s.name)).toEqual(sheetNames);
  let compared = 0;
  for (const layout of workbook.layout.sheets) {
    const model = excel.model.sheet(layout.name);
    const sheet = file.getWorksheet(layout.name)!;
    for (const block of layout.blocks) {
      block.values.forEach((cells, r) =>
        cells.forEach((value, c) => {
          const [row, column] = [block.row + r, block.column + c];
          const inMemory = model.cells.get(`${row},${column}`);
          const written = fileCell(sheet, row, column);
          const formula = block.formulas?.[r]?.[c];
          const fileValue = written.value;
          if (formula) {
            expect({
              at: `${layout.name}!${row},${column}`,
              f: `=${(fileValue as { formula: string }).formula}`,
            }).toEqual({ at: `${layout.name}!${row},${column}`, f: inMemory?.formula });
            // The core's result is cached in the file (ExcelJS reads a cached 0 or "" back as none).
            const cached = block.results?.[r]?.[c] ?? null;
            if (cached !== 0 && cached !== "")
              expect((fileValue as { result?: unknown }).result ?? null).toEqual(cached);
          } else {
            // Excel (and the in-memory one) reads a typed "3302800001" as a number; the file keeps the text.
            expect(String(fileValue ?? "")).toEqual(String(inMemory?.input ?? ""));
            expect(value ?? "").toEqual(fileValue ?? "");
          }
          // Computed cells shaded, input cells white, in both.
          expect(inMemory?.fill ?? null).toBe(block.fill ?? null);
          expect(written.fill).toBe(block.fill ? `FF${block.fill.slice(1)}` : null);
          compared++;
        })
      );
    }
    const inMemoryFlags = excel.model.conditionalFormats.filter((f) => f.sheet === layout.name);
    expect(inMemoryFlags.map((f) => f.formula)).toEqual(layout.flags.map((f) => f.formula));
    const fileFlags = (
      sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }
    ).conditionalFormattings;
    expect(fileFlags.map((f) => [f.ref, `=${f.rules[0].formulae[0]}`])).toEqual(
      layout.flags.map((f) => [f.address, f.formula])
    );
    const hidden = layout.columns.filter((c) => c.hidden).map((c) => c.index);
    expect([...model.hiddenColumns].sort((a, b) => a - b)).toEqual(hidden);
    expect(hidden.every((i) => sheet.getColumn(i + 1).hidden)).toBe(true);
    if (layout.page) {
      expect(model.page).toMatchObject({ paperSize: "A4", printArea: layout.page.printArea });
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        fitToPage: true,
        fitToWidth: layout.page.fitToWidth,
        printTitlesRow: layout.page.titleRows,
      });
    }
  }
  expect(compared).toBeGreaterThan(5000);
});
