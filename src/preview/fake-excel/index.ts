// The in-memory Excel: `run` behaves like Excel.run over a workbook model evaluated by HyperFormula.
// Used by the Excel-layer tests and, in the browser, by the task pane's preview.
import { functions as eduFunctions } from "../../functions";
import { TableFunction } from "../formula-engine";
import { RequestContext } from "./api";
import { WorkbookModel } from "./model";

export { FakeExcelError, WorkbookModel, coerceInput } from "./model";
export type { CellData, ConditionalFormatModel, TableModel, ValidationModel } from "./model";
export { RequestContext, Range, Worksheet, Table } from "./api";
export { translateStructuredReferences } from "./structured";
export { shiftFormula, parseRange, formatRange, columnName, columnIndex } from "./addresses";

export interface FakeExcelOptions {
  functions?: Record<string, TableFunction>;
  /** 0 like Excel on the desktop (default), null like Excel on the web. */
  emptyArgAs?: 0 | null;
  /** Empty cells inside ranges: null as documented (default), or 0 as some desktop builds pass them. */
  emptyInRangeAs?: 0 | null;
  /** Sheets to start with; the first is active. */
  sheets?: string[];
}

export interface FakeExcel {
  model: WorkbookModel;
  /** Like Excel.run: a fresh request context per batch. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Every sync of every batch so far. */
  readonly syncCount: number;
  /** Excel.run with its options (delayForCellEdit), as the add-in calls it in Office. */
  host: {
    run<T>(optionsOrBatch: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>), batch?: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  };
}

/** The enums the add-in refers to, as the strings Office.js accepts in their place. */
export const ExcelEnums = {
  ConditionalFormatType: { custom: "Custom" },
  DataValidationOperator: { between: "Between", greaterThanOrEqualTo: "GreaterThanOrEqualTo" },
  ErrorCodes: { propertyNotLoaded: "PropertyNotLoaded", itemNotFound: "ItemNotFound", invalidArgument: "InvalidArgument" },
};

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const model = new WorkbookModel({ functions: options.functions ?? eduFunctions, emptyArgAs: options.emptyArgAs, emptyInRangeAs: options.emptyInRangeAs });
  for (const name of options.sheets ?? ["Sheet1"]) model.addSheet(name);
  return {
    model,
    run: async (batch) => {
      await model.editable(false);
      return batch(new RequestContext(model) as unknown as Excel.RequestContext);
    },
    host: {
      async run(optionsOrBatch, batch) {
        const options = typeof optionsOrBatch === "function" ? {} : optionsOrBatch;
        const body = typeof optionsOrBatch === "function" ? optionsOrBatch : batch!;
        await model.editable(options.delayForCellEdit === true);
        return body(new RequestContext(model) as unknown as Excel.RequestContext);
      },
    },
    get syncCount() {
      return model.syncCount;
    },
  };
}
