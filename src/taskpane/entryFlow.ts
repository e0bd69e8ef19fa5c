// The 生成规划 flow without React, so tests can drive it: read, check, ask before replacing a plan
// with the same id, save it in the workbook, and insert its template when it came from an entry sheet.
import { Plan } from "../core/plan";
import { EntryProblem, PlanFromSheet, SheetCells, planFromSheet } from "../core/plan-from-sheet";
import type { InsertResult } from "../excel/insert";

export type GenerateOutcome =
  /** Errors at cells: nothing saved. */
  | { step: "problems"; problems: EntryProblem[] }
  /** A plan with this id exists: nothing saved until the clerk confirms. */
  | { step: "confirmReplace"; plan: Plan; existing: Plan; problems: EntryProblem[]; kind: PlanFromSheet["kind"]; sheet: string }
  | { step: "saved"; plan: Plan; replaced: boolean; template: InsertResult | null; problems: EntryProblem[] };

export interface GenerateDeps {
  plans: readonly Plan[];
  /** Validates and stores the plan (the JSON import's path), resolves with the kept plan. */
  save: (plan: Plan, file: string) => Promise<Plan>;
  insertTemplate: (plan: Plan) => Promise<InsertResult>;
}

/** First step: read the cells; stops at problems or at an id already taken. */
export async function generatePlan(cells: SheetCells, deps: GenerateDeps): Promise<GenerateOutcome> {
  const read = planFromSheet(cells);
  if (!read.plan) return { step: "problems", problems: read.problems };
  const existing = deps.plans.find((p) => p.id === read.plan!.id);
  if (existing) return { step: "confirmReplace", plan: read.plan, existing, problems: read.problems, kind: read.kind, sheet: cells.sheet };
  return savePlan(read.plan, read.kind, cells.sheet, read.problems, false, deps);
}

/** Second step (directly, or once the clerk said 替换): save, then the template for an entry sheet. */
export async function savePlan(
  plan: Plan,
  kind: PlanFromSheet["kind"],
  sheet: string,
  problems: EntryProblem[],
  replaced: boolean,
  deps: GenerateDeps
): Promise<GenerateOutcome> {
  const saved = await deps.save(plan, sheet);
  // A template sheet is already the plan's template; an entry sheet gets one.
  const template = kind === "entry" ? await deps.insertTemplate(saved) : null;
  return { step: "saved", plan: saved, replaced, template, problems };
}
