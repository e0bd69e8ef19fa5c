// How the Excel layer reaches a workbook: Excel.run in Office, the in-memory workbook elsewhere.

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Requirement-set check; true outside Office, where the in-memory workbook supports everything. */
export type Supports = (set: string, version: string) => boolean;

export const officeSupports: Supports = (set, version) =>
  typeof Office === "undefined" || !Office.context?.requirements
    ? true
    : Office.context.requirements.isSetSupported(set, version);

/** The part of the Excel namespace a run needs; Office.js's own in the add-in. */
export interface ExcelHost {
  run(batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<unknown>;
  run(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<unknown>;
}

/**
 * Excel.run that waits while the clerk is typing in a cell instead of failing: without
 * `delayForCellEdit` a batch sent during cell-edit mode "automatically fails" (Excel.RunOptions
 * reference). The option came with ExcelApi 1.11; older hosts run as before and a failure there is
 * turned into the cell-edit message (errors.ts).
 */
export function officeRunFor(host: () => ExcelHost, supports: Supports): ExcelRun {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    (supports("ExcelApi", "1.11") ? host().run({ delayForCellEdit: true }, batch) : host().run(batch)) as Promise<T>;
}

export const officeRun: ExcelRun = officeRunFor(() => Excel as unknown as ExcelHost, officeSupports);
