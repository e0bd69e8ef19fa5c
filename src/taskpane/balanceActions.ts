// What the 两县创建 tab asks beyond inserting the 测算表: reading school data files, appending imported
// schools to the workbook's 学校数据 sheet, the 学前教育普及普惠 sheet, a plan's 差异系数 linked to the 测算表. Loaded with that tab's chunk, never on the first page.
import { SchoolRow } from "../core/balance-schools";
import { buildPreschoolSheet } from "../core/preschool";
import { WrittenSheet, writeNewSheet } from "../excel/insert";
import { AppendResult, appendSchools } from "../excel/append-schools";
import {
  CoefficientLinks,
  LinkRequest,
  LinkResult,
  findCoefficientLinks,
  linkCoefficient,
} from "../excel/coefficient-link";
import { ExcelRun, Supports } from "../excel/run";
import type { SchoolFileBlock } from "../export/school-files";

export interface BalanceTools {
  /** The blocks of a school data file (.xlsx through ExcelJS, .csv as text). */
  readSchoolFile(name: string, bytes: Uint8Array): Promise<SchoolFileBlock[]>;
  appendSchools(schools: readonly SchoolRow[]): Promise<AppendResult>;
  /** The 学前教育普及普惠 sheet, as a new sheet or as a file. */
  insertPreschool(): Promise<WrittenSheet>;
  downloadPreschool(): Promise<{ name: string; opened: boolean }>;
  /** The active plan sheet's 差异系数 rows and the workbook's 差异系数 sheets; linking one year cell. */
  findCoefficientLinks(): Promise<CoefficientLinks>;
  linkCoefficient(request: LinkRequest): Promise<LinkResult>;
}

/** Hands a file over: a new workbook inside Excel, a download in a browser. */
export type Deliver = (file: { name: string; bytes: Uint8Array }) => Promise<{ name: string; opened: boolean }>;

export function createBalanceTools(run: ExcelRun, supports: Supports, deliver: Deliver): BalanceTools {
  return {
    // The download's chunk: ExcelJS comes once, for writing and reading files alike.
    readSchoolFile: async (name, bytes) =>
      (await import(/* webpackChunkName: "balance-file" */ "../export/school-files")).schoolFileBlocks(name, bytes),
    appendSchools: (schools) => appendSchools(schools, run),
    findCoefficientLinks: () => findCoefficientLinks(run),
    linkCoefficient: (request) => linkCoefficient(request, run),
    insertPreschool: () => writeNewSheet(run, (existingSheets) => buildPreschoolSheet({ existingSheets }), supports),
    downloadPreschool: async () =>
      deliver(await (await import(/* webpackChunkName: "balance-file" */ "../export/preschool-file")).preschoolFile()),
  };
}
