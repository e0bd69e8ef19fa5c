// How the Excel layer reaches a workbook: Excel.run in Office, the in-memory workbook elsewhere.

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Requirement-set check; true outside Office, where the in-memory workbook supports everything. */
export type Supports = (set: string, version: string) => boolean;

export const officeRun: ExcelRun = (batch) => Excel.run(batch);

export const officeSupports: Supports = (set, version) =>
  typeof Office === "undefined" || !Office.context?.requirements
    ? true
    : Office.context.requirements.isSetSupported(set, version);
