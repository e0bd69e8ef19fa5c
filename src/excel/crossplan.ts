// The cross-plan view's workbook actions: read the filled templates' latest values (two syncs), write the
// view as a new sheet (two syncs), keep the clerk's confirmed concept links in the workbook's settings.
import { isPlanTable } from "../core/check";
import { LatestValue, latestFromTable } from "../core/crossplan";
import type { ConceptSuggestion } from "../catalog/concepts";
import { ExcelRun } from "./run";

/** Latest value, year and status of every indicator in the workbook's EduPlan tables, by id. */
export async function readLatestValues(run: ExcelRun): Promise<Map<string, LatestValue>> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name, items/worksheet/name");
    await context.sync();
    const ranges = tables.items.map((table) => {
      const range = table.getRange();
      range.load("values");
      return { sheet: table.worksheet.name, range };
    });
    await context.sync();
    const latest = new Map<string, LatestValue>();
    for (const { sheet, range } of ranges) {
      const [headers, ...rows] = range.values as unknown[][];
      const names = headers.map(String);
      if (isPlanTable(names)) latestFromTable(sheet, names, rows, latest);
    }
    return latest;
  });
}

// Writing a built layout as a new sheet is insert.ts's; kept here under its old name for the callers.
export { writeNewSheet } from "./insert";
export type { WrittenSheet } from "./insert";

/** Where a clerk's confirmed concept links live: the workbook's add-in settings, or memory in the preview. */
export interface ConceptLinkStore {
  load(): ConceptSuggestion[];
  save(links: ConceptSuggestion[]): Promise<void>;
}

const LINKS_KEY = "eduplan.conceptLinks";

function isLink(value: unknown): value is ConceptSuggestion {
  const link = value as ConceptSuggestion;
  return !!link && typeof link.concept === "string" && typeof link.indicator === "string" && typeof link.score === "number";
}

export function officeConceptLinkStore(): ConceptLinkStore {
  const settings = () => Office.context.document.settings;
  return {
    load() {
      const stored = settings().get(LINKS_KEY);
      return Array.isArray(stored) ? stored.filter(isLink) : [];
    },
    save(links) {
      settings().set(LINKS_KEY, links);
      return new Promise((resolve, reject) =>
        settings().saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error)))
      );
    },
  };
}

export function memoryConceptLinkStore(): ConceptLinkStore {
  let links: ConceptSuggestion[] = [];
  return {
    load: () => [...links],
    save: async (next) => {
      links = [...next];
    },
  };
}
