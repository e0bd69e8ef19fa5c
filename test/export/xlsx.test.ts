// The two writers write one workbook: what the Office.js writer sends to the in-memory Excel and what
// ExcelJS puts in a file agree cell by cell (values, formulas, number formats, flags, validation,
// helper columns, freeze). And the file is one every spreadsheet reads: stored structured references,
// cached results, full recalculation on load, one priority per flag, line breaks kept, Excel's limits.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { catalog } from "../../src/catalog";
import { NATIVE_FUNCTIONS, functionsIn, nestingDepth } from "../../src/core/formula";
import { fitScale, parseA1, storedFormula } from "../../src/core/layout";
import { Plan } from "../../src/core/plan";
import { FormulaDialect, HEADERS, buildTemplate, templateSheet } from "../../src/core/template";
import { layoutToXlsx, workbookToXlsx } from "../../src/export/xlsx";
import { insertTemplate } from "../../src/excel/insert";
import { createFakeExcel } from "../fakes/excel";

const plans = catalog().listPlans();

test("structured references are spelled in full, as files store them", () => {
  expect(storedFormula('IF([@[最新值]]="","",[@[目标值]])', "T")).toBe('IF(T[[#This Row],[最新值]]="","",T[[#This Row],[目标值]])');
  expect(storedFormula('IF([@[2021年]:[2025年]]="",1,2)', "T")).toBe('IF(T[[#This Row],[2021年]:[2025年]]="",1,2)');
});

async function load(buffer: Uint8Array): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(buffer) as never);
  return book.worksheets[0];
}

/** What the file says of one cell, in the in-memory Excel's terms. */
function fileCell(cell: ExcelJS.Cell, table: string) {
  const value = cell.value as unknown;
  if (value && typeof value === "object" && "formula" in (value as object)) {
    // the in-memory Excel keeps the [@[列]] form Office.js writes; the file the stored form
    return { content: `=${(value as { formula: string }).formula}`.split(`${table}[[#This Row],`).join("[@"), format: cell.numFmt ?? "General" };
  }
  return { content: value === null || value === undefined ? "" : value, format: cell.numFmt ?? "General" };
}

async function compareWriters(plan: Plan, dialect: FormulaDialect): Promise<number> {
  const excel = createFakeExcel();
  const { sheetName } = await insertTemplate(plan, excel.run, () => true, dialect);
  const layout = buildTemplate(plan, { dialect });
  const sheet = await load(await layoutToXlsx(layout));
  const model = excel.model.sheet(sheetName);
  const lastRow = layout.headerRow + layout.values.length;
  let compared = 0;
  for (let r = 0; r <= lastRow; r++) {
    for (let c = 0; c < layout.columns.length; c++) {
      const inMemory = model.cells.get(`${r},${c}`);
      const expected = { content: inMemory?.formula ?? inMemory?.input ?? "", format: inMemory?.numberFormat ?? "General" };
      const written = fileCell(sheet.getCell(r + 1, c + 1), layout.tableName);
      expect({ cell: `${r},${c}`, content: String(written.content), format: written.format }).toEqual({
        cell: `${r},${c}`,
        content: String(expected.content),
        format: expected.format,
      });
      compared++;
    }
  }
  // Flags: same ranges, formulas, formats and priorities, in the same order.
  const inMemoryFlags = excel.model.conditionalFormats.filter((f) => f.sheet === sheetName).sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  const fileFlags = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { priority: number; formulae: string[] }[] }[] }).conditionalFormattings;
  expect(fileFlags.map((f) => f.rules[0].priority)).toEqual(inMemoryFlags.map((f) => (f.priority ?? 0) + 1));
  expect(fileFlags.map((f) => [f.ref, `=${f.rules[0].formulae[0]}`])).toEqual(
    inMemoryFlags.map((f) => [excel.model.address(sheetName, f.range).split("!")[1], f.formula])
  );
  // Validation: each row's year cells, same rule and messages (line breaks included).
  for (const validation of excel.model.validations.filter((v) => v.sheet === sheetName)) {
    const rule = (validation.rule as { decimal: { operator: string; formula1: number; formula2?: number } }).decimal;
    for (let c = validation.range.column; c <= validation.range.endColumn; c++) {
      const written = sheet.getCell(validation.range.row + 1, c + 1).dataValidation;
      expect(written).toMatchObject({
        type: "decimal",
        operator: rule.operator === "Between" ? "between" : "greaterThanOrEqual",
        formulae: rule.formula2 === undefined ? [rule.formula1] : [rule.formula1, rule.formula2],
        promptTitle: validation.prompt!.title,
        prompt: validation.prompt!.message,
        error: validation.errorAlert!.message,
      });
    }
  }
  // Helper columns hidden and grouped in both; freeze panes alike.
  const hidden = layout.columns.flatMap((col, i) => (col.role === "helper" ? [i] : []));
  expect([...model.hiddenColumns].sort((a, b) => a - b)).toEqual(hidden);
  expect(hidden.every((i) => sheet.getColumn(i + 1).hidden && sheet.getColumn(i + 1).outlineLevel === 1)).toBe(true);
  expect(model.freeze).toEqual(layout.freeze);
  // Page setup: A4 landscape, one page wide, header row on every page, title above, page numbers below.
  const page = templateSheet(layout).page!;
  expect(model.page).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printArea: page.printArea,
    titleRows: page.titleRows.replace(/(\d+)/g, "$$$1"),
    headers: { centerHeader: page.header, centerFooter: "第 &P 页 共 &N 页" },
  });
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: page.titleRows });
  expect(String(sheet.pageSetup.printArea).replace(/\$/g, "")).toBe(page.printArea);
  expect(sheet.headerFooter).toMatchObject({ oddHeader: `&C${page.header}`, oddFooter: "&C第 &P 页 共 &N 页" });
  expect(model.page!.margins!.left).toBeCloseTo(page.margins.left * 72, 6);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: layout.freeze.columns, ySplit: layout.freeze.rows });
  return compared;
}

describe.each(plans.map((plan) => [plan.id, plan] as const))("%s", (_id, plan) => {
  test("prints 类别 through 状态, 今后每年需, 实际/所需 and 责任单位 on A4 landscape, one page wide, at 55 % or more", () => {
    const layout = buildTemplate(plan);
    const sheet = templateSheet(layout);
    const area = parseA1(sheet.page!.printArea);
    const printed = layout.columns.slice(area.column, area.endColumn + 1).map((c) => c.key);
    expect(printed[0]).toBe("category");
    expect(printed.slice(-4)).toEqual(["status", "perYear", "pace", "responsible"]);
    expect(printed).not.toContain("id");
    expect(printed).not.toContain("note");
    expect(area.row).toBe(0); // the title block prints once, on page 1
    expect(sheet.blocks[0]).toMatchObject({ row: 0, column: area.column });
    expect(fitScale(sheet)).toBeGreaterThanOrEqual(0.55);
  });

  test("Office.js writer and ExcelJS writer write the same cells, flags, validation and columns", async () => {
    expect(await compareWriters(plan, "native")).toBeGreaterThan(plan.indicators.length * 30);
  });

  test("every written formula uses Excel 2007 functions only, within Excel's length and nesting limits", () => {
    const layout = buildTemplate(plan);
    const sheet = templateSheet(layout);
    const formulas = [
      ...sheet.blocks.flatMap((b) => (b.formulas ?? []).flat().filter((f): f is string => !!f).map((f) => storedFormula(f, layout.tableName))),
      ...sheet.flags.map((f) => f.formula),
    ];
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of new Set(formulas)) {
      for (const name of functionsIn(formula)) expect(NATIVE_FUNCTIONS).toContain(name);
      expect(formula).not.toMatch(/\[@|EDU\.|_xlfn/);
      expect(formula.length).toBeLessThanOrEqual(8192);
      expect(nestingDepth(formula)).toBeLessThanOrEqual(64);
    }
  });
});

test("the EDU dialect goes through both writers alike too", async () => {
  expect(await compareWriters(plans[0], "edu")).toBeGreaterThan(0);
});

test("the file recalculates on load, caches the core's results, keeps line breaks and gives each flag its priority", async () => {
  const plan = catalog().getPlan("慈溪市")[0];
  const layout = buildTemplate(plan);
  const buffer = await workbookToXlsx({ sheets: [templateSheet(layout)] });
  const zip = await JSZip.loadAsync(buffer);
  expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const prompts = [...xml.matchAll(/<dataValidation\b[^>]*>/g)].map((m) => m[0]);
  expect(prompts.length).toBeGreaterThan(0);
  expect(prompts.every((tag) => !tag.includes("\n"))).toBe(true);
  expect(prompts.some((tag) => tag.includes("&#10;"))).toBe(true);
  const priorities = [...xml.matchAll(/<cfRule[^>]*priority="(\d+)"/g)].map((m) => Number(m[1]));
  expect(new Set(priorities).size).toBe(priorities.length);
  expect(priorities).toHaveLength(layout.flags.length);
  // A status cell holds its formula and the core's result: 无数据 before anything is typed.
  const status = layout.columns.findIndex((c) => c.key === "status");
  const sheet = await load(buffer);
  const cell = sheet.getCell(layout.headerRow + 2, status + 1).value as { formula: string; result: unknown };
  expect(cell.formula).toContain(`${layout.tableName}[[#This Row],[${HEADERS.inputErrors}]]`);
  expect(cell.result).toBe("无数据");
  expect(parseA1(`A${layout.headerRow + 1}`).row).toBe(layout.headerRow);
});
