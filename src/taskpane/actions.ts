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

export interface EduPlanActions {
  insertPlan(plan: Plan, dialect?: FormulaDialect): Promise<InsertResult>;
  check(scope: CheckScope): Promise<CheckResult>;
  select(sheet: string, address: string): Promise<void>;
  writeReport(misses: readonly Miss[], language: Language): Promise<string>;
  insertFormula(formula: string): Promise<string>;
  convert(conversions: readonly Conversion[]): Promise<ConversionResult>;
}

export function createActions(run: ExcelRun, supports: Supports): EduPlanActions {
  return {
    // The template builder and writer load on the first insert, keeping the pane's first page small.
    insertPlan: async (plan, dialect) => (await import("../excel/insert")).insertTemplate(plan, run, supports, dialect),
    check: (scope) => checkWorkbook(run, scope),
    select: (sheet, address) => selectCell(run, sheet, address),
    writeReport: (misses, language) => writeReport(run, misses, language),
    insertFormula: (formula) => insertFormula(run, formula),
    convert: (conversions) => convertCells(run, conversions),
  };
}
