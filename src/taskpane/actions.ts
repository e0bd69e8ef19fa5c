// What the task pane can ask of the workbook; components get these as props, never Office.js.
import { Language } from "../core/messages";
import { Plan } from "../core/plan";
import { FormulaDialect } from "../core/template-formulas";
import { CheckResult, CheckScope, checkWorkbook, selectCell, writeReport } from "../excel/check";
import { Conversion, ConversionResult, convertCells } from "../excel/convert";
import { insertFormula } from "../excel/formula";
import type { InsertResult } from "../excel/insert";
import { ExcelRun, Supports } from "../excel/run";
import { Miss } from "../core/check";
import { SheetWatch, sheetWatcher } from "../excel/watch";
import type { ConceptSuggestion } from "../catalog/concepts";
import type { LatestValue } from "../core/crossplan";
import type { SheetLayout } from "../core/layout";
import type { ConceptLinkStore, WrittenSheet } from "../excel/crossplan";

export interface EduPlanActions {
  insertPlan(plan: Plan, dialect?: FormulaDialect): Promise<InsertResult>;
  check(scope: CheckScope): Promise<CheckResult>;
  select(sheet: string, address: string): Promise<void>;
  writeReport(misses: readonly Miss[], language: Language): Promise<string>;
  insertFormula(formula: string): Promise<string>;
  convert(conversions: readonly Conversion[]): Promise<ConversionResult>;
  /** The plan's template as a file: opened as a new workbook inside Excel, downloaded in a browser. */
  downloadPlan(plan: Plan): Promise<{ name: string; opened: boolean }>;
  /** Calls back when one of the sheets changes (a check result of them is then out of date). */
  watchSheets: SheetWatch;
  /** 规划对标: the filled templates' latest values by indicator id; a layout as a new sheet; confirmed concept links. */
  readLatest(): Promise<Map<string, LatestValue>>;
  writeSheet(build: (existingSheets: string[]) => SheetLayout): Promise<WrittenSheet>;
  loadConceptLinks(): Promise<ConceptSuggestion[]>;
  saveConceptLinks(links: ConceptSuggestion[]): Promise<void>;
}

/** Hands a file to the browser as a download. */
function saveFile(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

export function createActions(run: ExcelRun, supports: Supports, inExcel = false): EduPlanActions {
  // The cross-plan code loads with the 规划对标 panel, never with the first page.
  const crossPlan = () => import(/* webpackChunkName: "align" */ "../excel/crossplan");
  let links: Promise<ConceptLinkStore> | null = null;
  const linkStore = () => (links ??= crossPlan().then((m) => (inExcel ? m.officeConceptLinkStore() : m.memoryConceptLinkStore())));
  return {
    // The template builder and writer load on the first insert, keeping the pane's first page small.
    insertPlan: async (plan, dialect) => (await import("../excel/insert")).insertTemplate(plan, run, supports, dialect),
    check: (scope) => checkWorkbook(run, scope),
    select: (sheet, address) => selectCell(run, sheet, address),
    writeReport: (misses, language) => writeReport(run, misses, language),
    insertFormula: (formula) => insertFormula(run, formula),
    convert: (conversions) => convertCells(run, conversions),
    watchSheets: sheetWatcher(run, supports),
    downloadPlan: async (plan) => {
      const { templateFile } = await import(/* webpackChunkName: "template-file" */ "../export/template-file");
      const file = await templateFile(plan);
      if (inExcel && supports("ExcelApi", "1.8")) {
        const { openAsNewWorkbook } = await import("../excel/open-file");
        await openAsNewWorkbook(file.bytes);
        return { name: file.name, opened: true };
      }
      saveFile(file.name, file.bytes);
      return { name: file.name, opened: false };
    },
    readLatest: async () => (await crossPlan()).readLatestValues(run),
    writeSheet: async (build) => (await crossPlan()).writeNewSheet(run, build, supports),
    loadConceptLinks: async () => (await linkStore()).load(),
    saveConceptLinks: async (next) => (await linkStore()).save(next),
  };
}
