// What the task pane can ask of the workbook; components get these as props, never Office.js.
import { Language } from "../core/messages";
import { Plan } from "../core/plan";
import { FormulaDialect } from "../core/template-formulas";
import { CheckResult, CheckScope, checkWorkbook, selectCell } from "../excel/check";
import { Conversion, ConversionResult, convertCells } from "../excel/convert";
import { insertFormula } from "../excel/formula";
import type { InsertResult } from "../excel/insert";
import { ExcelRun, Supports } from "../excel/run";
import { SheetWatch, sheetWatcher } from "../excel/watch";
import type { EntryActions } from "./entryActions";
import type { SchoolRow } from "../core/balance-schools";
import type { BalanceInsertResult } from "../excel/insert-balance";
import type { BalanceTools } from "./balanceActions";
import type { ConceptSuggestion } from "../catalog/concepts";
import type { LatestValue } from "../core/crossplan";
import type { SheetLayout } from "../core/layout";
import type { ConceptLinkStore, WrittenSheet } from "../excel/crossplan";

export interface EduPlanActions {
  insertPlan(plan: Plan, dialect?: FormulaDialect, summary?: boolean): Promise<InsertResult>;
  check(scope: CheckScope): Promise<CheckResult>;
  select(sheet: string, address: string): Promise<void>;
  /** The 中期评估 report of the active (or first) plan sheet, on a new sheet; its name. */
  writeReport(language: Language): Promise<string>;
  /** The same report as an .xlsx: a new workbook inside Excel, a download in a browser. */
  downloadReport(language: Language): Promise<{ name: string; opened: boolean }>;
  /** A 汇总 sheet for the active (or first) plan sheet. */
  addSummary(): Promise<{ sheetName: string; skipped: string[] }>;
  insertFormula(formula: string): Promise<string>;
  convert(conversions: readonly Conversion[]): Promise<ConversionResult>;
  /** The plan's template as a file: opened as a new workbook inside Excel, downloaded in a browser. */
  downloadPlan(plan: Plan): Promise<{ name: string; opened: boolean }>;
  /** Calls back when one of the sheets changes (a check result of them is then out of date). */
  watchSheets: SheetWatch;
  /** The 自定义规划 tab's actions (entry sheet, reading plans back), loaded on first use. */
  entry(): Promise<EntryActions>;
  /** 两县创建: the 优质均衡 assessment workbook, inserted as new sheets or as a file (both load on first use). */
  insertBalance(schools: readonly SchoolRow[]): Promise<BalanceInsertResult>;
  downloadBalance(schools: readonly SchoolRow[]): Promise<{ name: string; opened: boolean }>;
  /** 两县创建's other actions (school files, appending schools, 学前 sheet, plan links), loaded on first use. */
  balanceTools(): Promise<BalanceTools>;
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
  const deliver = async (file: { name: string; bytes: Uint8Array }) => {
    if (inExcel && supports("ExcelApi", "1.8")) {
      const { openAsNewWorkbook } = await import("../excel/open-file");
      await openAsNewWorkbook(file.bytes);
      return { name: file.name, opened: true };
    }
    saveFile(file.name, file.bytes);
    return { name: file.name, opened: false };
  };
  // The cross-plan code loads with the 规划对标 panel, never with the first page.
  const crossPlan = () => import(/* webpackChunkName: "align" */ "../excel/crossplan");
  let links: Promise<ConceptLinkStore> | null = null;
  const linkStore = () => (links ??= crossPlan().then((m) => (inExcel ? m.officeConceptLinkStore() : m.memoryConceptLinkStore())));
  return {
    // The template builder and writer load on the first insert, keeping the pane's first page small.
    insertPlan: async (plan, dialect, summary) => (await import("../excel/insert")).insertTemplate(plan, run, supports, dialect, { summary }),
    check: (scope) => checkWorkbook(run, scope),
    select: (sheet, address) => selectCell(run, sheet, address),
    // The report and the 汇总 load on first use, with the review panel.
    writeReport: async (language) => (await import(/* webpackChunkName: "review" */ "./review-actions")).writeReport(run, language, { supports }),
    downloadReport: async (language) => {
      const file = await (await import(/* webpackChunkName: "review" */ "./review-actions")).reportFile(run, language);
      if (inExcel && supports("ExcelApi", "1.8")) {
        await (await import("../excel/open-file")).openAsNewWorkbook(file.bytes);
        return { name: file.name, opened: true };
      }
      saveFile(file.name, file.bytes);
      return { name: file.name, opened: false };
    },
    addSummary: async () => (await import(/* webpackChunkName: "review" */ "./review-actions")).addSummary(run, supports),
    insertFormula: (formula) => insertFormula(run, formula),
    convert: (conversions) => convertCells(run, conversions),
    watchSheets: sheetWatcher(run, supports),
    downloadPlan: async (plan) => {
      const { templateFile } = await import(/* webpackChunkName: "template-file" */ "../export/template-file");
      return deliver(await templateFile(plan));
    },
    entry: async () => (await import(/* webpackChunkName: "entry" */ "./entryActions")).createEntryActions(run, supports, (sheet, address) => selectCell(run, sheet, address)),
    insertBalance: async (schools) => (await import(/* webpackChunkName: "balance" */ "../excel/insert-balance")).insertBalanceWorkbook(schools, run, supports),
    downloadBalance: async (schools) => deliver(await (await import(/* webpackChunkName: "balance-file" */ "../export/balance-file")).balanceFile(schools)),
    balanceTools: async () => (await import(/* webpackChunkName: "balance" */ "./balanceActions")).createBalanceTools(run, supports, deliver),
    readLatest: async () => (await crossPlan()).readLatestValues(run),
    writeSheet: async (build) => (await crossPlan()).writeNewSheet(run, build, supports),
    loadConceptLinks: async () => (await linkStore()).load(),
    saveConceptLinks: async (next) => (await linkStore()).save(next),
  };
}
